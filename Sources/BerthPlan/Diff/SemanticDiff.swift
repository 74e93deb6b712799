import BerthSpecs

/// Compares two normalised resources field by field, entries of keyed lists by key.
struct SemanticDiff {
    let kind: ResourceKind
    private(set) var changes: [FieldChange] = []
    /// Fields the spec fills with a placeholder (`${IMAGE_TAG}`) whose current value differs: known at deploy time only.
    private(set) var placeholders: [FieldPath] = []

    init(kind: ResourceKind, before: PlanValue, after: PlanValue) {
        self.kind = kind
        compare(before, after, at: FieldPath())
        changes.sort { $0.path < $1.path }
    }

    private mutating func compare(_ before: PlanValue?, _ after: PlanValue?, at path: FieldPath) {
        switch (before, after) {
        case (nil, nil):
            return
        case (.map(let old)?, .map(let new)?):
            for key in Set(old.keys).union(new.keys).sorted() {
                compare(old[key], new[key], at: path.appending(.key(key)))
            }
        case (.list(let old)?, .list(let new)?):
            compareLists(old, new, at: path)
        case (let old?, let new?) where old.means(new):
            return
        default:
            if let after, after.isPlaceholder, before != nil {
                placeholders.append(path)
            } else {
                record(path, before, after)
            }
        }
    }

    private mutating func compareLists(_ old: [PlanValue], _ new: [PlanValue], at path: FieldPath) {
        if let fields = ListIdentity.keyFields(of: path, kind: kind),
           let oldEntries = Self.entries(old, fields), let newEntries = Self.entries(new, fields) {
            let newKeys = Set(newEntries.map(\.key))
            for (key, value) in oldEntries where !newKeys.contains(key) {
                record(path.appending(.entry(key)), value, nil)
            }
            let oldByKey = Dictionary(oldEntries, uniquingKeysWith: { first, _ in first })
            for (key, value) in newEntries {
                compare(oldByKey[key], value, at: path.appending(.entry(key)))
            }
        } else if ListIdentity.isSet(path, kind: kind) {
            let sortedOld = old.sorted { $0.rendered < $1.rendered }
            let sortedNew = new.sorted { $0.rendered < $1.rendered }
            if !PlanValue.list(sortedOld).means(.list(sortedNew)) { record(path, .list(old), .list(new)) }
        } else if old.count == new.count, old.allSatisfy({ $0.members != nil }) {
            for index in old.indices { compare(old[index], new[index], at: path.appending(.index(index))) }
        } else if !PlanValue.list(old).means(.list(new)) {
            record(path, .list(old), .list(new))
        }
    }

    /// Entries by key; nil when two entries share a key, so the list is compared in order instead.
    private static func entries(_ list: [PlanValue], _ fields: [String]) -> [(key: String, value: PlanValue)]? {
        let keyed = list.map { (key: ListIdentity.key(of: $0, fields: fields), value: $0) }
        return Set(keyed.map(\.key)).count == keyed.count ? keyed : nil
    }

    private mutating func record(_ path: FieldPath, _ before: PlanValue?, _ after: PlanValue?) {
        changes.append(FieldChange(path: path, before: before, after: after))
    }
}
