/// The bytes of one file with a line table, so libyaml's (line, column) marks can be turned into byte
/// offsets and reporters can show source lines. Built only from text that passed `TextCheck`.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset where each line starts (index 0 is line 1). Line breaks follow libyaml: LF, CRLF, CR,
    /// NEL, LS and PS.
    private let lineStarts: [Int]
    /// Lines made only of ASCII bytes, where a column maps to a byte offset by addition.
    private let asciiLines: [Bool]
    /// Known (offset, column) pairs every `checkpointSpacing` bytes along long non-ASCII lines, so a column
    /// is never counted from the start of a megabyte-long line (minified JSON) for each position.
    private let checkpoints: [Checkpoint]

    private struct Checkpoint {
        let offset: Int
        /// 0-based, in characters from the start of its line.
        let column: Int
    }

    private static let checkpointSpacing = 1_024

    /// Where the text begins: after a UTF-8 byte order mark, which is not a character of the first line.
    public var contentStart: Int { lineStarts[0] }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts: [Int] = []
        var ascii: [Bool] = []
        var marks: [Checkpoint] = []
        bytes.withUnsafeBufferPointer { buffer in
            // A UTF-8 byte order mark (Windows editors write one) is not a column of the first line.
            var index = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            starts.append(index)
            var lineIsASCII = true
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                var breakLength = 0
                if byte == 0x0A {
                    breakLength = 1
                } else if byte == 0x0D {
                    breakLength = index + 1 < count && buffer[index + 1] == 0x0A ? 2 : 1
                } else if byte >= 0x80 {
                    lineIsASCII = false
                    if byte == 0xC2, index + 1 < count, buffer[index + 1] == 0x85 {
                        breakLength = 2
                    } else if byte == 0xE2, index + 2 < count, buffer[index + 1] == 0x80,
                              buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9 {
                        breakLength = 3
                    }
                }
                if breakLength > 0 {
                    if !lineIsASCII { Self.addCheckpoints(buffer, from: starts[starts.count - 1], to: index, into: &marks) }
                    index += breakLength
                    ascii.append(lineIsASCII)
                    starts.append(index)
                    lineIsASCII = true
                } else {
                    index += 1
                }
            }
            if !lineIsASCII { Self.addCheckpoints(buffer, from: starts[starts.count - 1], to: count, into: &marks) }
            ascii.append(lineIsASCII)
        }
        lineStarts = starts
        asciiLines = ascii
        checkpoints = marks
    }

    private static func addCheckpoints(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                       into marks: inout [Checkpoint]) {
        guard end - start > checkpointSpacing else { return }
        var column = 0
        var next = start + checkpointSpacing
        for offset in start..<end where buffer[offset] & 0xC0 != 0x80 {
            if offset >= next {
                marks.append(Checkpoint(offset: offset, column: column))
                next = offset + checkpointSpacing
            }
            column += 1
        }
    }

    /// The nearest checkpoint on the line starting at `lineStart` that `isBefore` accepts, else the line start.
    private func checkpoint(onLineAt lineStart: Int, lineEnd: Int, _ isBefore: (Checkpoint) -> Bool) -> Checkpoint {
        let low = checkpoints.partitioningIndex { !($0.offset < lineStart || $0.offset < lineEnd && isBefore($0)) }
        guard low > 0, checkpoints[low - 1].offset >= lineStart else { return Checkpoint(offset: lineStart, column: 0) }
        return checkpoints[low - 1]
    }

    private func lineEnd(_ line: Int) -> Int {
        line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    }

    /// The position of a libyaml mark (0-based line and column in characters).
    public func position(line0: Int, column0: Int) -> SourcePosition {
        // libyaml puts the end of a stream without a final line break on the line after the last one.
        if line0 >= lineStarts.count { return position(atOffset: bytes.count) }
        let line = max(line0, 0)
        let lineStart = lineStarts[line]
        var offset: Int
        if asciiLines[line] {
            offset = lineStart + column0
        } else {
            let mark = checkpoint(onLineAt: lineStart, lineEnd: lineEnd(line)) { $0.column <= column0 }
            offset = mark.offset
            var remaining = column0 - mark.column
            while remaining > 0, offset < bytes.count {
                offset += Self.scalarLength(leadingByte: bytes[offset])
                remaining -= 1
            }
        }
        return SourcePosition(line: line + 1, column: column0 + 1, offset: min(offset, bytes.count))
    }

    /// The position of a byte offset (which must start a scalar).
    public func position(atOffset offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        if asciiLines[low] { return SourcePosition(line: low + 1, column: clamped - lineStart + 1, offset: clamped) }
        let mark = checkpoint(onLineAt: lineStart, lineEnd: lineEnd(low)) { $0.offset <= clamped }
        var column = mark.column
        var index = mark.offset
        while index < clamped {
            index += Self.scalarLength(leadingByte: bytes[index])
            column += 1
        }
        return SourcePosition(line: low + 1, column: column + 1, offset: clamped)
    }

    /// The number of lines (a final line break starts an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its line break; empty when out of range.
    public func line(_ number: Int) -> String {
        String(decoding: bytes[lineRange(number)], as: UTF8.self)
    }

    /// The bytes of a 1-based line without its line break; empty when out of range.
    public func lineRange(_ number: Int) -> Range<Int> {
        guard number >= 1, number <= lineStarts.count else { return 0..<0 }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0x85 { end -= 2 }
        if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
           bytes[end - 1] == 0xA8 || bytes[end - 1] == 0xA9 { end -= 3 }
        return start..<end
    }

    public static func scalarLength(leadingByte byte: UInt8) -> Int {
        switch byte {
        case 0..<0xC0: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        default: 4
        }
    }
}
