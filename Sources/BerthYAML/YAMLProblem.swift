/// A problem the YAML front end found. BerthLint turns each code into a diagnostic with a rule id.
public struct YAMLProblem: Sendable {
    public enum Code: Sendable, Hashable, CaseIterable {
        /// libyaml rejected the text.
        case syntax
        /// A mapping repeats a key.
        case duplicateKey
        /// A plain scalar that YAML 1.1 readers read differently.
        case yaml11Ambiguity
        /// The file is larger, deeper or expands more aliases than the limits allow.
        case limitExceeded
        /// The bytes are not UTF-8 text.
        case notText
        /// An alias names no anchor, or a merge key's value is not mergeable.
        case invalidReference
    }

    public struct Note: Sendable {
        public var message: String
        public var range: SourceRange
    }

    public var code: Code
    public var message: String
    public var range: SourceRange
    public var notes: [Note]

    public init(_ code: Code, _ message: String, at range: SourceRange, notes: [Note] = []) {
        self.code = code
        self.message = message
        self.range = range
        self.notes = notes
    }
}

/// Bounds that keep hostile documents from exhausting time, memory or the stack.
public struct YAMLLimits: Sendable, Equatable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of collections; deeper documents are rejected rather than walked recursively.
    public var maxDepth: Int
    /// Most nodes that aliases (and merge keys) may copy in one file: the billion-laughs guard.
    public var maxAliasExpansion: Int

    public init(maxFileBytes: Int = 4 << 20, maxDepth: Int = 256, maxAliasExpansion: Int = 100_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }
}
