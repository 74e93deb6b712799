import BerthSpecs
import BerthYAML

/// A file's secrets, found by document: a message quotes values of the resources it and its notes point at,
/// so those are the secrets to mask in it. Masking every message with every secret of the file was quadratic
/// (30,000 task definitions with a password each: five minutes).
struct FileSecrets: Sendable {
    /// In source order.
    let secrets: [SourceSecret]
    /// Where each document's root begins, in order.
    private let documentStarts: [Int]

    init(_ file: YAMLFile) {
        secrets = file.secrets
        documentStarts = file.documents.compactMap { $0.root?.startOffset }
    }

    /// The secrets of the document holding `offset`.
    func inDocument(at offset: Int) -> ArraySlice<SourceSecret> {
        let next = documentStarts.partitioningIndex { $0 > offset }
        let start = next > 0 ? documentStarts[next - 1] : 0
        let end = next < documentStarts.count ? documentStarts[next] : Int.max
        let first = secrets.partitioningIndex { $0.range.lowerBound >= start }
        return secrets[first..<secrets[first...].partitioningIndex { $0.range.lowerBound >= end }]
    }
}

extension Diagnostic {
    /// The message and notes with every secret of the documents they point into, as a whole word, replaced by
    /// the mask, so no output format repeats a secret a rule happened to quote. Secrets under 4 bytes are left:
    /// masking them would garble ordinary words.
    mutating func mask(_ files: [String: FileSecrets]) {
        let secrets = ([location] + notes.map(\.location)).flatMap { location in
            files[location.path]?.inDocument(at: location.range.start.offset).map(\.text) ?? []
        }
        guard !secrets.isEmpty else { return }
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
