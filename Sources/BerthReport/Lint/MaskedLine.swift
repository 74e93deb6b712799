import BerthSpecs
import BerthYAML

/// A source line as a snippet shows it: each secret on it replaced by the mask, and the source's columns
/// mapped onto the masked text so the underline still lands on the same key or value.
struct MaskedLine {
    let text: String
    /// For each 0-based column of the source line, and one past its end, the column in `text`.
    private let columns: [Int]

    init(_ source: SourceText, line: Int, secrets: [Range<Int>]) {
        let lineRange = source.lineRange(line)
        let bytes = source.bytes
        var output: [UInt8] = []
        var columns: [Int] = []
        var column = 0
        var maskedUpTo = lineRange.lowerBound
        var pending = secrets[secrets.partitioningIndex { $0.upperBound > lineRange.lowerBound }...]
        var offset = lineRange.lowerBound
        while offset < lineRange.upperBound {
            let length = min(SourceText.scalarLength(leadingByte: bytes[offset]), lineRange.upperBound - offset)
            while let first = pending.first, first.upperBound <= offset { pending = pending.dropFirst() }
            if offset < maskedUpTo {
                // Inside a mask already written: the column is where the mask starts.
                columns.append(column - SecretDetector.mask.count)
            } else if let first = pending.first, first.contains(offset) {
                columns.append(column)
                output += SecretDetector.mask.utf8
                column += SecretDetector.mask.count
                maskedUpTo = pending.prefix { $0.lowerBound <= first.upperBound }.map(\.upperBound).max() ?? first.upperBound
            } else {
                columns.append(column)
                output += bytes[offset..<(offset + length)]
                column += 1
            }
            offset += length
        }
        columns.append(column)
        self.text = String(decoding: output, as: UTF8.self)
        self.columns = columns
    }

    /// The column in `text` of a 0-based column of the source line (clamped to its end).
    func column(_ sourceColumn: Int) -> Int {
        columns[min(max(sourceColumn, 0), columns.count - 1)]
    }

    /// The number of columns of `text`.
    var width: Int { columns[columns.count - 1] }

    /// The number of columns of the source line.
    var sourceWidth: Int { columns.count - 1 }
}
