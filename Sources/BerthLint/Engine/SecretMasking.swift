import BerthSpecs

extension Diagnostic {
    /// The message and notes with every occurrence of `secrets` as a whole word replaced by the mask, so no
    /// output format repeats a secret a rule happened to quote. Secrets under 4 bytes are left: masking them
    /// would garble ordinary words.
    mutating func mask(_ secrets: [String]) {
        message = Self.masking(message, secrets)
        for index in notes.indices { notes[index].message = Self.masking(notes[index].message, secrets) }
    }

    private static func masking(_ text: String, _ secrets: [String]) -> String {
        var text = text
        for secret in secrets where secret.utf8.count >= 4 && text.contains(secret) {
            var output = ""
            var rest = text[...]
            while let found = rest.firstRange(of: secret) {
                let before = rest[..<found.lowerBound]
                let isWord = !(before.last.map(isAlphanumeric) ?? false) && !(rest[found.upperBound...].first.map(isAlphanumeric) ?? false)
                output += before + (isWord ? SecretDetector.mask : secret)
                rest = rest[found.upperBound...]
            }
            text = output + rest
        }
        return text
    }

    private static func isAlphanumeric(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
