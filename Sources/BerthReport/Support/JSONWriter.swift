/// A small JSON writer with a fixed key order, so output is byte-for-byte deterministic and follows the
/// documented contract's order rather than whatever a dictionary or encoder chooses.
public struct JSONWriter {
    public indirect enum Value {
        case string(String)
        case int(Int)
        /// A number as written; one JSON cannot spell (`0x1F`, `.5`, `.inf`) is written as a string.
        case number(String)
        case bool(Bool)
        case null
        case array([Value])
        /// Keys in the order they are written.
        case object([(String, Value)])
    }

    public static func render(_ value: Value) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output += "\n"
        return output
    }

    private static func write(_ value: Value, indent: Int, into output: inout String) {
        switch value {
        case .string(let text): escape(text, into: &output)
        case .int(let number): output += String(number)
        case .number(let text):
            if isJSONNumber(text) { output += text } else { escape(text, into: &output) }
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                write(item, indent: indent + 1, into: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, (key, member)) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                escape(key, into: &output)
                output += ": "
                write(member, indent: indent + 1, into: &output)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, JSON's number grammar.
    private static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { (0x30...0x39).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") {
            bytes = bytes.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// Copies runs of characters that need no escape whole: escaping scalar by scalar cost hundreds of
    /// instructions per byte of a SARIF rule catalogue.
    private static func escape(_ text: String, into output: inout String) {
        output += "\""
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else {
                index = utf8.index(after: index)
                continue
            }
            // Every byte that needs escaping is ASCII, so the run ends on a character boundary.
            output += text[runStart..<index]
            switch byte {
            case UInt8(ascii: "\""): output += "\\\""
            case UInt8(ascii: "\\"): output += "\\\\"
            case UInt8(ascii: "\n"): output += "\\n"
            case UInt8(ascii: "\r"): output += "\\r"
            case UInt8(ascii: "\t"): output += "\\t"
            default:
                let hex = String(byte, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            index = utf8.index(after: index)
            runStart = index
        }
        output += text[runStart..<index]
        output += "\""
    }
}
