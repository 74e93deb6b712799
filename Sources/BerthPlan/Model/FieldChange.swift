import BerthSpecs

/// One changed field: absent `before` is an addition, absent `after` a removal.
public struct FieldChange: Sendable {
    public var path: FieldPath
    public var before: PlanValue?
    public var after: PlanValue?
    /// Its path names a secret (`environment[DB_PASSWORD]`, `dockerLabels.api-token`), or a value holds one (an
    /// access key, a URL with a password, `--password=…` in a command).
    public let isSensitive: Bool

    public init(path: FieldPath, before: PlanValue?, after: PlanValue?) {
        self.path = path
        self.before = before
        self.after = after
        let name = path.valueName
        isSensitive = path.namesSecret
            || [before, after].contains { $0.map { $0.redactingSecrets(name: name) != nil } ?? false }
    }

    /// What plans show in place of a secret value.
    public static let hidden = PlanValue.string("(sensitive)")

    /// The value as plans show it without `--show-sensitive`: `hidden` when the path names a secret, otherwise
    /// the value with each secret inside it hidden (see `PlanValue.redactingSecrets`).
    public func redacted(_ value: PlanValue) -> PlanValue {
        path.namesSecret ? Self.hidden : value.redactingSecrets(name: path.valueName) ?? value
    }
}

extension FieldPath {
    /// `containerDefinitions[web].environment[DB_PASSWORD]` and what lies below it, or a secret-named key
    /// anywhere on the way (`dockerLabels.db-password`, `logConfiguration.options.splunk-token`).
    var namesSecret: Bool {
        for (index, component) in components.enumerated() {
            switch component {
            case .key(let key) where SecretDetector.isSecretName(key):
                return true
            case .entry(let name) where index > 0 && components[index - 1] == .key("environment") && SecretDetector.isSecretName(name):
                return true
            default:
                continue
            }
        }
        return false
    }

    /// The name the value at this path goes by: its key, or the variable's name for `environment[NAME].value`.
    var valueName: String? {
        switch components.last {
        case .key("value")?:
            if components.count >= 2, case .entry(let name) = components[components.count - 2] { return name }
            return "value"
        case .key(let key)?: return key
        default: return nil
        }
    }
}
