/// The first `Capped.limit` items of each kind, and how many more there were. A hostile file can hold millions
/// of duplicate keys: a message for each costs gigabytes and tells nothing that the first thousand do not.
/// Inlinable: rules fill one per resource, and unspecialised generic calls across modules showed in profiles.
public struct Capped<Kind: Hashable, Item> {
    public static var limit: Int { 1_000 }

    @usableFromInline var kept: [Item] = []
    public var items: [Item] { kept }
    @usableFromInline var counts: [Kind: Int] = [:]
    /// The first item of each kind past the limit, in the order the kinds got there, for stable summaries.
    @usableFromInline var firstOmitted: [(kind: Kind, item: Item)] = []

    @inlinable public init() {}

    @inlinable public mutating func append(_ item: Item, kind: Kind) {
        let count = counts[kind, default: 0] + 1
        counts[kind] = count
        if count <= Self.limit {
            kept.append(item)
        } else if count == Self.limit + 1 {
            firstOmitted.append((kind, item))
        }
    }

    /// Whether the next item of `kind` is listed: past the limit only the count matters, so costly details
    /// (a did-you-mean) can be skipped.
    @inlinable public func keeps(_ kind: Kind) -> Bool {
        counts[kind, default: 0] < Self.limit
    }

    /// The items kept, then one per kind over the limit: `summary(firstOmitted, omittedCount)`.
    @inlinable public func finished(summary: (Item, Int) -> Item) -> [Item] {
        // Nearly always nothing was omitted: hand back the stored array without building a new one.
        guard !firstOmitted.isEmpty else { return kept }
        return kept + firstOmitted.map { summary($0.item, (counts[$0.kind] ?? 0) - Self.limit) }
    }

    /// The sentence a summary ends with.
    public static func omission(_ count: Int) -> String {
        "and \(count) more like this in the file, not listed (berth lists the first \(limit) of each kind)"
    }
}

extension Capped: Sendable where Kind: Sendable, Item: Sendable {}
