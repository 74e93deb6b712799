import BerthSpecs

extension PlanValue {
    /// The value with its secrets hidden, found as lint finds them (by the name each value goes by and by its
    /// shape): a string that is a secret whole becomes `(sensitive)`, one that holds a secret (a URL's
    /// password, a flag's value) keeps the rest with the secret masked. Nil when it holds no secret.
    func redactingSecrets(name: String?) -> PlanValue? {
        switch self {
        case .string(let text):
            let secrets = SecretDetector.secrets(in: text, name: name)
            guard let first = secrets.first else { return nil }
            return secrets.count == 1 && first.range == 0..<text.utf8.count ? FieldChange.hidden : .string(SecretDetector.masking(text, secrets))
        case .map(let members):
            var redacted = members
            for (key, member) in members {
                redacted[key] = member.redactingSecrets(name: SecretDetector.memberName(key) { members[$0]?.text }) ?? member
            }
            return redacted == members ? nil : .map(redacted)
        case .list(let elements):
            var previous: String?
            let redacted = elements.map { element in
                defer { if case .string(let text) = element { previous = text } else { previous = nil } }
                return element.redactingSecrets(name: SecretDetector.flagName(before: previous) ?? name) ?? element
            }
            return redacted == elements ? nil : .list(redacted)
        case .null, .bool, .number:
            return nil
        }
    }
}
