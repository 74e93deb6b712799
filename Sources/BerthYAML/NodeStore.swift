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
        /// Collections: entries in `children` (a mapping's are key, value, key, value…). Scalars: the text's
        /// length in UTF-8 bytes, so a key lookup can skip most keys without reading their text.
        var count: Int32
        /// Int, Double bits or Bool of a scalar's core-schema value.
        var number: UInt64
        var size: Int32
        /// Byte offsets; lines and columns come from the line table when a range is asked for.
        var start: UInt32
        var end: UInt32
    }

    enum ValueKind: UInt8 { case null, bool, int, float, string }

    let records: [Record]
    let children: [Int32]
    let texts: [String]
    let tags: [String]
    let source: SourceText

    init(records: [Record], children: [Int32], texts: [String], tags: [String], source: SourceText) {
        self.records = records
        self.children = children
        self.texts = texts
        self.tags = tags
        self.source = source
    }

    func range(of record: Record) -> SourceRange {
        SourceRange(start: source.position(atOffset: Int(record.start)), end: source.position(atOffset: Int(record.end)))
    }
}
