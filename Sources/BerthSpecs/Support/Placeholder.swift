import BerthYAML

/// Template placeholders (`${VAR}`, `{{ must_env "X" }}`) are filled in by a deploy tool later, so berth
/// treats any string holding one as an opaque value: never a type, enum or format error.
public enum Placeholder {
    /// One pass over the bytes: this runs on every scalar of every file.
    public static func contains(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            var dollarOpen = false
            var braceOpen = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "{"):
                    if previous == UInt8(ascii: "$") { dollarOpen = true }
                    if previous == UInt8(ascii: "{") { braceOpen = true }
                case UInt8(ascii: "}"):
                    if dollarOpen { return true }
                    if braceOpen, previous == UInt8(ascii: "}") { return true }
                default: break
                }
                // "{{}" must not count as the start of "}}": clear the pair once used.
                previous = previous == UInt8(ascii: "{") && byte == UInt8(ascii: "{") ? 0 : byte
            }
            return false
        }
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
