import BerthYAML

/// Template placeholders (`${VAR}`, `{{ must_env "X" }}`) are filled in by a deploy tool later, so berth
/// treats any string holding one as an opaque value: never a type, enum or format error.
public enum Placeholder {
    public static func contains(_ text: String) -> Bool {
        if let open = text.firstRange(of: "${"), text[open.upperBound...].contains("}") { return true }
        if let open = text.firstRange(of: "{{"), text[open.upperBound...].contains("}}") { return true }
        return false
    }
}

extension YAMLNode {
    /// A value berth cannot know before deploy time: a string holding a placeholder, or a node with a
    /// custom tag (`!Ref`, `!Sub`) that another tool resolves.
    public var isOpaque: Bool {
        if tag != nil { return true }
        guard let scalar, scalar.value == .string else { return false }
        return Placeholder.contains(scalar.text)
    }

    /// The string value when it is known: nil for placeholders and non-strings.
    public var knownString: String? {
        isOpaque ? nil : string
    }
}
