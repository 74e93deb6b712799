import BerthSpecs
import BerthYAML

/// An EventRule's `EventPattern`: a JSON object in a string, parsed once for the rules that read it.
enum EventPatternText {
    enum Reading {
        /// Absent, empty or a placeholder: nothing to check.
        case none
        case pattern(YAMLNode)
        /// Why PutRule rejects it.
        case invalid(String)
    }

    static func read(_ resource: Resource) -> Reading {
        guard let node = resource.body["EventPattern"], let text = node.knownString, !text.isEmpty else { return .none }
        let file = YAMLFile.read(bytes: Array(text.utf8), isJSON: true, limits: YAMLLimits(maxFileBytes: 64 << 10, maxDepth: 64))
        if let problem = jsonProblem(file) { return .invalid("is not valid JSON (\(problem))") }
        guard let pattern = file.documents.first?.root else { return .none }
        if let problem = patternProblem(pattern) { return .invalid("is not a valid pattern: \(problem)") }
        return .pattern(pattern)
    }

    /// Why the text is not one JSON value. The YAML front end reads JSON; what it accepts beyond JSON (plain or
    /// single-quoted strings, block collections, tags) is refused here.
    private static func jsonProblem(_ file: YAMLFile) -> String? {
        // JSON leaves duplicate keys to the reader; only syntax and limits make the text unusable.
        if let problem = file.problems.first(where: { $0.code != .duplicateKey }) {
            return "\(problem.message), line \(problem.range.start.line) column \(problem.range.start.column) of the pattern"
        }
        guard file.documents.count == 1, let root = file.documents[0].root else { return "it is empty" }
        return nonJSON(root)
    }

    private static func nonJSON(_ node: YAMLNode) -> String? {
        let place = "line \(node.range.start.line) column \(node.range.start.column) of the pattern"
        if node.tag != nil { return "a YAML tag at \(place)" }
        if let scalar = node.scalar {
            switch node.style {
            case .doubleQuoted: return nil
            case .plain where scalar.text.wholeMatch(of: #/true|false|null|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/#) != nil:
                return nil
            default: return "'\(scalar.text)' at \(place) is not a JSON value: write strings in double quotes"
            }
        }
        guard node.style == .flow else { return "YAML block syntax at \(place)" }
        for pair in node.pairs {
            if pair.key.style != .doubleQuoted { return "the key '\(pair.key.text ?? "")' at line \(pair.key.range.start.line) column \(pair.key.range.start.column) of the pattern is not in double quotes" }
            if let problem = nonJSON(pair.value) { return problem }
        }
        return node.elements.lazy.compactMap(nonJSON).first
    }

    /// EventBridge takes an object whose values are objects or non-empty arrays.
    private static func patternProblem(_ node: YAMLNode) -> String? {
        guard node.isMapping else { return "it must be a JSON object" }
        for pair in node.pairs {
            let key = pair.key.text ?? ""
            if pair.value.isMapping {
                if let problem = patternProblem(pair.value) { return problem }
            } else if !pair.value.isSequence {
                return "'\(key)' must be an array of values or an object, as in \"\(key)\": [\(pair.value.text.map { "\"\($0)\"" } ?? "…")]"
            } else if pair.value.elements.isEmpty {
                return "'\(key)' is an empty array, which EventBridge does not allow"
            }
        }
        return nil
    }
}
