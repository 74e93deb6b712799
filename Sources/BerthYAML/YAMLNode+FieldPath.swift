extension YAMLNode {
    /// The path from this node to the deepest node at a byte offset, as a user would name the field:
    /// `containerDefinitions[web].image`. List entries that are mappings with a `name` (or `Name`, `Id`) are
    /// named by it, so reordering a list does not change the path; others by their position. Nil when the
    /// offset lies outside this node.
    public func fieldPath(toOffset offset: Int) -> String? {
        guard contains(offset) else { return nil }
        var path = ""
        var node = self
        descent: while true {
            if node.isMapping {
                for pair in node.pairs where pair.key.contains(offset) || pair.value.contains(offset) {
                    let key = pair.key.text ?? "?"
                    path += path.isEmpty ? key : ".\(key)"
                    if pair.key.contains(offset) { break descent }
                    node = pair.value
                    continue descent
                }
            } else if node.isSequence {
                for (index, element) in node.elements.enumerated() where element.contains(offset) {
                    let name = ["name", "Name", "Id"].lazy.compactMap { element[$0]?.text }.first
                    path += "[\(name ?? String(index))]"
                    node = element
                    continue descent
                }
            }
            break
        }
        return path
    }

    /// Whether the node's bytes hold the offset (an empty node holds its start).
    private func contains(_ offset: Int) -> Bool {
        let record = self.record
        return Int(record.start) <= offset && offset < max(Int(record.end), Int(record.start) + 1)
    }
}
