extension YAMLNode {
    /// The path from this node to the deepest node at a byte offset, as a user would name the field:
    /// `containerDefinitions[web].image`. List entries that are mappings with a `name` (or `Name`, `Id`) are
    /// named by it, so reordering a list does not change the path; others by their position. Nil when the
    /// offset lies outside this node.
    public func fieldPath(toOffset offset: Int) -> String? {
        guard contains(offset) else { return nil }
        var path = ""
        var node = self
        while true {
            if node.isMapping {
                let pairs = node.pairs
                guard let index = Self.child(containing: offset, count: pairs.count, start: { pairs[$0].key.record.start },
                                             holds: { pairs[$0].key.contains(offset) || pairs[$0].value.contains(offset) })
                else { break }
                let pair = pairs[index]
                let key = pair.key.text ?? "?"
                path += path.isEmpty ? key : ".\(key)"
                if pair.key.contains(offset) { break }
                node = pair.value
            } else if node.isSequence {
                let elements = node.elements
                guard let index = Self.child(containing: offset, count: elements.count, start: { elements[$0].record.start },
                                             holds: { elements[$0].contains(offset) })
                else { break }
                let element = elements[index]
                let name = ["name", "Name", "Id"].lazy.compactMap { element[$0]?.text }.first
                path += "[\(name ?? String(index))]"
                node = element
            } else {
                break
            }
        }
        return path
    }

    /// The child that holds `offset`. Children are in source order, so a binary search on their starts
    /// finds it in a mapping of 100,000 keys at once (a diagnostic per key made this quadratic); merged keys
    /// (`<<`) and aliases live elsewhere in the file and break that order, hence the scan when it misses.
    private static func child(containing offset: Int, count: Int, start: (Int) -> UInt32, holds: (Int) -> Bool) -> Int? {
        let low = (0..<count).partitioningIndex { Int(start($0)) > offset }
        if low > 0, holds(low - 1) { return low - 1 }
        return (0..<count).first(where: holds)
    }

    /// Whether the node's bytes hold the offset (an empty node holds its start).
    private func contains(_ offset: Int) -> Bool {
        let record = self.record
        return Int(record.start) <= offset && offset < max(Int(record.end), Int(record.start) + 1)
    }
}
