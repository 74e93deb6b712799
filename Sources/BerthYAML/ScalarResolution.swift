/// Resolves plain scalars per the YAML 1.2 core schema, and tells where a YAML 1.1 reader (PyYAML,
/// most of the ecosystem) reads the same text as something else.
public enum ScalarResolution {
    public static func resolve(plain text: String) -> YAMLScalar.Value {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        // Cheap dispatch on the first byte: most scalars are words, which resolve to string at once.
        switch first {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
            if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            if text == "true" || text == "True" || text == "TRUE" { return .bool(true) }
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            if text == "false" || text == "False" || text == "FALSE" { return .bool(false) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return number(text) ?? .string
        default:
            break
        }
        return .string
    }

    private static func number(_ text: String) -> YAMLScalar.Value? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        var utf8 = text
        return utf8.withUTF8 { bytes in number(bytes, text: text) }
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> YAMLScalar.Value? {
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let digits = UnsafeBufferPointer(rebasing: bytes[2...])
            if bytes[1] == UInt8(ascii: "o"), digits.allSatisfy({ (48...55).contains($0) }) {
                let octal = String(decoding: digits, as: UTF8.self)
                return Int(octal, radix: 8).map(YAMLScalar.Value.int) ?? Double(octal).map(YAMLScalar.Value.float)
            }
            if bytes[1] == UInt8(ascii: "x"), digits.allSatisfy(\.isHexDigit) {
                return Int(String(decoding: digits, as: UTF8.self), radix: 16).map(YAMLScalar.Value.int)
            }
        }
        let sign = bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") ? 1 : 0
        let body = bytes[sign...]
        if !body.isEmpty, body.allSatisfy(\.isDigit) {
            if let value = Int(text) { return .int(value) }
            return Double(text).map(YAMLScalar.Value.float)
        }
        // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        var index = sign
        var mantissaDigits = 0
        while index < bytes.count, bytes[index].isDigit { index += 1; mantissaDigits += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, bytes[index].isDigit { index += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            var exponent = 0
            while index < bytes.count, bytes[index].isDigit { index += 1; exponent += 1 }
            guard exponent > 0 else { return nil }
        }
        guard index == bytes.count else { return nil }
        return Double(text).map(YAMLScalar.Value.float)
    }

    /// What a YAML 1.1 reader makes of a plain scalar, when that differs from YAML 1.2; nil when both agree.
    public static func yaml11Reading(of text: String, core: YAMLScalar.Value) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, utf8.count <= 40 else { return nil }
        // Only words starting y/n/o and numbers can differ; most scalars stop here.
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "o"), UInt8(ascii: "O"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"):
            break
        default:
            return nil
        }
        switch text {
        case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON": return "the boolean true"
        case "n", "N", "no", "No", "NO", "off", "Off", "OFF": return "the boolean false"
        default: break
        }
        let isNumberStart = first.isDigit || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        guard isNumberStart else { return nil }
        let bytes = Array(utf8)
        let unsigned = first.isDigit ? bytes[...] : bytes[1...]
        // Octal with a leading zero: 1.1 reads 0755 as 493, 1.2 as 755.
        if unsigned.count > 1, unsigned.first == UInt8(ascii: "0"), unsigned.allSatisfy(\.isDigit) {
            if unsigned.allSatisfy({ (48...55).contains($0) }) {
                guard let octal = Int(String(decoding: unsigned, as: UTF8.self), radix: 8) else {
                    return "an octal number too large for a 64-bit integer"
                }
                return "the octal number \(first == UInt8(ascii: "-") ? -octal : octal)"
            }
            return "a string"
        }
        if case .string = core {
            // Digits with underscores, binary and sexagesimal numbers are numbers in 1.1 only.
            let digitsAndUnderscores = unsigned.allSatisfy { $0.isDigit || $0 == UInt8(ascii: "_") }
            if digitsAndUnderscores, unsigned.contains(UInt8(ascii: "_")), unsigned.first?.isDigit == true {
                return "the number \(String(decoding: unsigned.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self))"
            }
            if unsigned.starts(with: Array("0b".utf8)), unsigned.count > 2,
               unsigned.dropFirst(2).allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") || $0 == UInt8(ascii: "_") }) {
                return "a binary number"
            }
            if let sexagesimal = sexagesimalReading(unsigned) { return sexagesimal }
            return nil
        }
        if case .int = core, unsigned.starts(with: Array("0o".utf8)) { return "a string" }
        if case .float = core, !unsigned.contains(UInt8(ascii: ".")),
           unsigned.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            return "a string"
        }
        return nil
    }

    /// How 1.1 reads a base-60 integer such as `1:30` (90) or `190:20:30`. The value can exceed any machine
    /// integer (`153722867280912931:0`), so it is computed with overflow checks and, past `Int`, not named.
    private static func sexagesimalReading(_ bytes: ArraySlice<UInt8>) -> String? {
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, !head.isEmpty, head.first != UInt8(ascii: "0"),
              head.allSatisfy(\.isDigit) else { return nil }
        var value = Int(String(decoding: head, as: UTF8.self))
        for part in parts.dropFirst() {
            guard (1...2).contains(part.count), part.allSatisfy(\.isDigit),
                  let digits = Int(String(decoding: part, as: UTF8.self)), digits < 60 else { return nil }
            value = value.flatMap { current in
                let (shifted, overflowShift) = current.multipliedReportingOverflow(by: 60)
                let (sum, overflowSum) = shifted.addingReportingOverflow(digits)
                return overflowShift || overflowSum ? nil : sum
            }
        }
        return value.map { "the number \($0)" } ?? "a base-60 number too large for a 64-bit integer"
    }
}

extension UInt8 {
    var isDigit: Bool { self >= 48 && self <= 57 }
    var isHexDigit: Bool { isDigit || (self >= 65 && self <= 70) || (self >= 97 && self <= 102) }
}
