import BerthYAML

/// What a finding means, as DESIGN.md defines it: error = AWS rejects it or it fails at run time;
/// warning = it works but is risky or wasteful; info = advice.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A place in a file, for findings and their notes.
public struct Location: Sendable, Hashable {
    public var path: String
    public var range: SourceRange

    public init(path: String, range: SourceRange) {
        self.path = path
        self.range = range
    }
}

/// A secondary location that explains a finding: where the other half of a conflict lives.
public struct Note: Sendable, Hashable {
    public var message: String
    public var location: Location

    public init(_ message: String, at location: Location) {
        self.message = message
        self.location = location
    }
}

/// One finding, ready for reporters.
public struct Diagnostic: Sendable, Hashable {
    public var ruleID: String
    public var ruleName: String
    public var severity: Severity
    public var message: String
    public var location: Location
    public var notes: [Note]
    public var helpURI: String
    /// The resource and field the finding is about, independent of line numbers:
    /// `TaskDefinition web: containerDefinitions[web].image`. Nil when no resource holds it (a YAML error).
    public var subject: String?

    public init(rule: RuleDescription, severity: Severity? = nil, message: String, location: Location, notes: [Note] = []) {
        self.ruleID = rule.id
        self.ruleName = rule.name
        self.severity = severity ?? rule.severity
        self.message = message
        self.location = location
        self.notes = notes
        self.helpURI = rule.helpURI
    }

    /// A stable identity for CI systems and baselines: rule, file and subject (or message when there is no
    /// subject), so it survives edits that move lines. FNV-1a, 64 bits, as 16 hex digits: an identifier, not
    /// a security measure.
    public var fingerprint: String { fingerprint(path: location.path) }

    /// The fingerprint with the file named as another system knows it (relative to the repository root).
    public func fingerprint(path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(ruleID)\n\(path)\n\(subject ?? message)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Output order: path, line, column, rule id, then message for ties.
    public static func precedes(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location.path != rhs.location.path { return lhs.location.path.utf8.lexicographicallyPrecedes(rhs.location.path.utf8) }
        let left = lhs.location.range.start
        let right = rhs.location.range.start
        if (left.line, left.column) != (right.line, right.column) { return (left.line, left.column) < (right.line, right.column) }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}
