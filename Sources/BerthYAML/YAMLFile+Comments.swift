#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A comment: the text after `#` to the end of its line, and where it stands.
public struct YAMLComment: Sendable, Equatable {
    /// Without the `#`, the line break or surrounding white space.
    public var text: String
    /// From the `#` to the end of the line.
    public var range: SourceRange
    /// Byte offset in the file of `text`'s first byte, for positions inside the comment.
    public var textOffset: Int
    /// Nothing but white space precedes it on its line.
    public var isWholeLine: Bool
}

extension YAMLFile {
    /// The comments of the file. libyaml drops them, so they are found in the raw text: a `#` at the start of a
    /// line or after white space, outside quoted and block scalars (whose `#` is content). With `marker`, a file
    /// whose bytes never contain it is not scanned at all: most files hold no comment anyone asks about.
    public func comments(containing marker: String? = nil) -> [YAMLComment] {
        let bytes = text.bytes
        if let marker, !Self.contains(bytes, Array(marker.utf8)) { return [] }
        let spans = contentSpans()
        var comments: [YAMLComment] = []
        var span = 0
        var index = 0
        var lineIsBlank = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lineIsBlank = true
                index += 1
                continue
            }
            while span < spans.count, spans[span].upperBound <= index { span += 1 }
            let inScalar = span < spans.count && spans[span].contains(index)
            let startsComment = byte == UInt8(ascii: "#") && !inScalar
                && (index == 0 || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index - 1]))
            guard startsComment else {
                if byte != 0x20, byte != 0x09 { lineIsBlank = false }
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            var first = index + 1
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            var last = end
            while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
            comments.append(YAMLComment(
                text: String(decoding: bytes[first..<last], as: UTF8.self),
                range: SourceRange(start: text.position(atOffset: index), end: text.position(atOffset: end)),
                textOffset: first, isWholeLine: lineIsBlank))
            index = end
        }
        return comments
    }

    /// Byte ranges of quoted and block scalars, in source order.
    private func contentSpans() -> [Range<Int>] {
        guard let store = documents.lazy.compactMap(\.root).first?.store else { return [] }
        var spans: [Range<Int>] = []
        for record in store.records where record.kind == .scalar {
            switch record.style {
            case .singleQuoted, .doubleQuoted, .literal, .folded:
                if record.end > record.start { spans.append(Int(record.start)..<Int(record.end)) }
            default: continue
            }
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// `memchr` to each candidate first byte, then a comparison: most files never reach the comparison.
    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let head = needle.first, needle.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            let base = haystack.baseAddress!
            var offset = 0
            let last = haystack.count - needle.count
            while offset <= last {
                guard let found = memchr(base + offset, Int32(head), last - offset + 1) else { return false }
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
                offset = index + 1
            }
            return false
        }
    }
}
