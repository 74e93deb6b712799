import BerthYAML

/// A problem the spec layer found: a document that is not a known kind, or a field that does not fit its
/// AWS API shape. BerthLint gives each code a rule id.
public struct SpecProblem: Sendable {
    public enum Code: Sendable, Hashable, CaseIterable {
        case unknownKind, unknownField, wrongType, invalidEnumValue, missingRequiredField
        case outOfRange, patternMismatch, deprecatedField, notASpec
    }

    public var code: Code
    public var message: String
    public var range: SourceRange
    public var notes: [YAMLProblem.Note]

    public init(_ code: Code, _ message: String, at range: SourceRange, notes: [YAMLProblem.Note] = []) {
        self.code = code
        self.message = message
        self.range = range
        self.notes = notes
    }
}
