/// The nodes of one file, flat: one plain record per node, children as index ranges, scalar texts in a
/// table. Building it allocates no object per node, and an alias is the index of the anchored record, so
/// shared subtrees are never copied.
final class NodeStore: Sendable {
    enum Kind: UInt8 { case scalar, sequence, mapping }

    /// Plain data: appending one is a copy of bytes, with no reference counting.
    struct Record {
        var kind: Kind
        var style: YAMLNode.Style
        var valueKind: ValueKind
        /// Index into `tags`, or -1.
        var tag: Int32
        /// Scalars: index into `texts`. Collections: first index into `children`.
        var first: Int32
        /// Collections: entries in `children` (a mapping's are key, value, key, value…).
        var count: Int32
        /// Int, Double bits or Bool of a scalar's core-schema value.
        var number: UInt64
        var size: Int32
        var start: PackedPosition
        var end: PackedPosition
    }

    enum ValueKind: UInt8 { case null, bool, int, float, string }

    struct PackedPosition {
        var line: UInt32
        var column: UInt32
        var offset: UInt32

        init(_ position: SourcePosition) {
            line = UInt32(truncatingIfNeeded: position.line)
            column = UInt32(truncatingIfNeeded: position.column)
            offset = UInt32(truncatingIfNeeded: position.offset)
        }

        var position: SourcePosition { SourcePosition(line: Int(line), column: Int(column), offset: Int(offset)) }
    }

    let records: [Record]
    let children: [Int32]
    let texts: [String]
    let tags: [String]

    init(records: [Record], children: [Int32], texts: [String], tags: [String]) {
        self.records = records
        self.children = children
        self.texts = texts
        self.tags = tags
    }
}
