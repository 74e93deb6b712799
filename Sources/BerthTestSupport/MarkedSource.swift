/// Example text with `↓` markers where findings must start, as rule examples and tests write it.
public struct MarkedSource: Sendable {
    public static let marker: Character = "↓"

    /// The text without markers.
    public let text: String
    /// 1-based (line, column) of each marker in the clean text, columns in Unicode scalars.
    public let markers: [Location]

    public struct Location: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let line: Int
        public let column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        public static func < (lhs: Location, rhs: Location) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
        public var description: String { "\(line):\(column)" }
    }

    public init(_ marked: String) {
        var clean = String.UnicodeScalarView()
        var markers: [Location] = []
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if Character(scalar) == Self.marker {
                markers.append(Location(line: line, column: column))
                continue
            }
            clean.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = String(clean)
        self.markers = markers
    }
}
