/// Why bytes cannot be read as YAML text, found before libyaml sees them.
public enum TextProblem: Sendable, Equatable {
    /// UTF-16 or UTF-32, told by its byte order mark.
    case wideEncoding(name: String, bigEndian: Bool)
    case nulByte(offset: Int)
    case invalidUTF8(offset: Int)
}

/// Checks that bytes are UTF-8 text without NUL bytes. libyaml would reject some of these with a less
/// helpful message and accept others (UTF-16) that berth cannot map to columns.
public enum TextCheck {
    public static func problem(in bytes: [UInt8]) -> TextProblem? {
        bytes.withUnsafeBufferPointer(problem)
    }

    private static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> TextProblem? {
        // UTF-32's little-endian mark begins with UTF-16's, so it is checked first.
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .wideEncoding(name: "UTF-32", bigEndian: true) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .wideEncoding(name: "UTF-32", bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .wideEncoding(name: "UTF-16", bigEndian: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .wideEncoding(name: "UTF-16", bigEndian: false) }
        // A NUL anywhere means binary, whatever byte happens to come first.
        if let nul = bytes.firstIndex(of: 0) { return .nulByte(offset: nul) }
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
            default: return .invalidUTF8(offset: index)
            }
            guard index + length <= count else { return .invalidUTF8(offset: index) }
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else { return .invalidUTF8(offset: index) }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return .invalidUTF8(offset: index)
            }
            index += length
        }
        return nil
    }
}
