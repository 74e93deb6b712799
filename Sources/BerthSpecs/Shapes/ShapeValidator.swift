import BerthYAML
import Synchronization

/// Checks a YAML node against an API model shape: unknown fields (with a did-you-mean), types, enum
/// values, required fields, numeric and length bounds, patterns and deprecations. It reports every
/// problem in one pass and never stops at the first.
public final class ShapeValidator: Sendable {
    public let catalog: ShapeCatalog
    private let patterns = Mutex<[Int: Regex<AnyRegexOutput>?]>([:])

    public init(catalog: ShapeCatalog) {
        self.catalog = catalog
    }

    /// Validates a document body. `ignoring` names keys that are not part of the shape (berth's `kind`);
    /// `optional` names required top-level fields that a tool supplies elsewhere (ecspresso's service name).
    /// `label` names the shape in messages (`TaskDefinition`).
    /// `anchor` is where a finding about the whole document points (its name, say).
    public func validate(_ node: YAMLNode, shape: Int, label: String, anchor: YAMLNode? = nil, ignoring: Set<String> = [],
                         optional: Set<String> = [], into problems: inout [SpecProblem]) {
        var walk = Walk(validator: self)
        walk.structure(node, catalog[shape], label: label, holder: anchor, ignoring: ignoring, optional: optional)
        problems += walk.found.finished { first, count in
            SpecProblem(first.code, "\(first.message); \(Capped<SpecProblem.Code, SpecProblem>.omission(count))", at: first.range)
        }
    }

    fileprivate func matches(_ text: String, shape index: Int) -> Bool {
        guard let pattern = catalog[index].pattern else { return true }
        let regex = patterns.withLock { cache -> Regex<AnyRegexOutput>? in
            if let compiled = cache[index] { return compiled }
            let compiled = try? Regex(pattern)
            cache[index] = compiled
            return compiled
        }
        guard let regex else { return true }
        return (try? regex.wholeMatch(in: text)) != nil
    }
}

private struct Walk {
    let validator: ShapeValidator
    var found = Capped<SpecProblem.Code, SpecProblem>()

    private var catalog: ShapeCatalog { validator.catalog }

    private mutating func report(_ problem: SpecProblem) {
        found.append(problem, kind: problem.code)
    }

    /// `holder` is the key whose value this node is, for messages and for findings about the whole node.
    mutating func value(_ node: YAMLNode, _ index: Int, field: String, holder: YAMLNode?) {
        if node.isOpaque || node.isNull { return }
        let shape = catalog[index]
        switch shape.kind {
        case .document:
            return
        case .structure:
            guard node.isMapping else { return wrongType(node, expected: "a mapping", field: field) }
            structure(node, shape, label: shape.name, holder: holder, ignoring: [])
        case .list:
            guard node.isSequence else {
                let hint = node.scalar.map { "; write [\($0.text)]" } ?? ""
                return wrongType(node, expected: "a list", field: field, hint: hint)
            }
            count(node, node.elements.count, shape, field: field, noun: "items")
            for item in node.elements {
                value(item, shape.element ?? index, field: field, holder: holder)
            }
        case .map:
            guard node.isMapping else { return wrongType(node, expected: "a mapping", field: field) }
            count(node, node.pairs.count, shape, field: field, noun: "entries")
            for pair in node.pairs {
                if let key = shape.key { value(pair.key, key, field: "\(field) key", holder: pair.key) }
                if let element = shape.element {
                    value(pair.value, element, field: pair.key.text ?? field, holder: pair.key)
                }
            }
        case .string, .blob:
            string(node, index, field: field)
        case .integer, .long:
            guard case .int(let number)? = node.scalar?.value else {
                // Digits past 64 bits resolve to a float: a whole number, but none an API (or berth) can read.
                let isWhole = if case .float? = node.scalar?.value { Self.isWholeNumber(node.text ?? "") } else { false }
                return wrongType(node, expected: isWhole ? "an integer that fits in 64 bits" : "an integer", field: field)
            }
            bounds(node, Double(number), shape, field: field)
        case .double, .float:
            switch node.scalar?.value {
            case .int(let number)?: bounds(node, Double(number), shape, field: field)
            // JSON, and so the API, has no NaN or infinity; no bound would catch them.
            case .float(let number)? where !number.isFinite:
                report(SpecProblem(.outOfRange, "'\(field)' must be a finite number, not \(node.text ?? "")", at: node.range))
            case .float(let number)?: bounds(node, number, shape, field: field)
            default: wrongType(node, expected: "a number", field: field)
            }
        case .boolean:
            guard case .bool? = node.scalar?.value else {
                return wrongType(node, expected: "true or false", field: field)
            }
        case .timestamp:
            switch node.scalar?.value {
            case .string?, .int?, .float?: break
            default: wrongType(node, expected: "a timestamp", field: field)
            }
        }
    }

    mutating func structure(_ node: YAMLNode, _ shape: Shape, label: String, holder: YAMLNode?, ignoring: Set<String>,
                            optional: Set<String> = []) {
        guard node.isMapping else { return wrongType(node, expected: "a mapping", field: label) }
        for pair in node.pairs {
            guard let key = pair.key.text else {
                report(SpecProblem(.unknownField, "keys in \(label) must be field names", at: pair.key.range))
                continue
            }
            if ignoring.contains(key) { continue }
            guard let member = shape.member(named: key) else {
                unknownField(pair.key, key, in: shape, label: label)
                continue
            }
            if let deprecation = member.deprecation {
                report(SpecProblem(.deprecatedField, "'\(key)' is deprecated: \(deprecation)", at: pair.key.range))
            }
            value(pair.value, member.shape, field: key, holder: pair.key)
        }
        let missing = shape.members.filter { $0.isRequired && !optional.contains($0.name) && (node[$0.name]?.isNull ?? true) }
        if !missing.isEmpty {
            let anchor = holder ?? node.pairs.first?.key ?? node
            let names = missing.map { "'\($0.name)'" }.joined(separator: ", ")
            let noun = missing.count == 1 ? "field" : "fields"
            report(SpecProblem(.missingRequiredField, "\(label) is missing the required \(noun) \(names)", at: anchor.range))
        }
    }

    private mutating func string(_ node: YAMLNode, _ index: Int, field: String) {
        let shape = catalog[index]
        guard let scalar = node.scalar else { return wrongType(node, expected: "a string", field: field) }
        guard scalar.value == .string else {
            return wrongType(node, expected: "a string", field: field, hint: "; quote it: \"\(scalar.text)\"")
        }
        let text = scalar.text
        if !shape.enumValues.isEmpty, !shape.enumValues.contains(text) {
            let suggestion = Suggestion.closest(to: text, in: shape.enumValues).map { "; did you mean '\($0)'?" } ?? ""
            report(SpecProblem(
                .invalidEnumValue,
                "'\(text)' is not a valid \(field); expected one of \(shape.enumValues.joined(separator: ", "))\(suggestion)",
                at: node.range))
            return
        }
        // Bytes bound scalars from above (and a quarter of them from below): count scalars only near a limit.
        let bytes = text.utf8.count
        let nearLimit = (shape.min.map { Double(bytes / 4) < $0 } ?? false) || (shape.max.map { Double(bytes) > $0 } ?? false)
        let length = nearLimit ? text.unicodeScalars.count : bytes
        if nearLimit, let min = shape.min, Double(length) < min {
            report(SpecProblem(.outOfRange, "'\(field)' must be at least \(Int(min)) characters long", at: node.range))
        } else if nearLimit, let max = shape.max, Double(length) > max {
            report(SpecProblem(.outOfRange, "'\(field)' must be at most \(Int(max)) characters long, not \(length)", at: node.range))
        } else if !validator.matches(text, shape: index) {
            report(SpecProblem(
                .patternMismatch, "'\(text)' is not a valid \(field): it must match \(shape.pattern ?? "")", at: node.range))
        }
    }

    private mutating func bounds(_ node: YAMLNode, _ number: Double, _ shape: Shape, field: String) {
        let tooLow = shape.min.map { number < $0 } ?? false
        let tooHigh = shape.max.map { number > $0 } ?? false
        guard tooLow || tooHigh else { return }
        let range: String = switch (shape.min, shape.max) {
        case let (min?, max?): "between \(min.messageText) and \(max.messageText)"
        case let (min?, nil): "at least \(min.messageText)"
        case let (nil, max?): "at most \(max.messageText)"
        default: ""
        }
        report(SpecProblem(.outOfRange, "'\(field)' must be \(range), not \(node.text ?? "")", at: node.range))
    }

    /// Digits with an optional sign, as a plain integer is written.
    private static func isWholeNumber(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : text[...]
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private mutating func count(_ node: YAMLNode, _ count: Int, _ shape: Shape, field: String, noun: String) {
        if let min = shape.min, Double(count) < min {
            report(SpecProblem(.outOfRange, "'\(field)' must have at least \(Int(min)) \(noun), not \(count)", at: node.range))
        } else if let max = shape.max, Double(count) > max {
            report(SpecProblem(.outOfRange, "'\(field)' must have at most \(Int(max)) \(noun), not \(count)", at: node.range))
        }
    }

    private mutating func unknownField(_ keyNode: YAMLNode, _ key: String, in shape: Shape, label: String) {
        var message = "unknown field '\(key)' in \(label)"
        if found.keeps(.unknownField), let suggestion = Suggestion.closest(to: key, in: shape.members.map(\.name)) {
            message += "; did you mean '\(suggestion)'?"
        }
        report(SpecProblem(.unknownField, message, at: keyNode.range))
    }

    private mutating func wrongType(_ node: YAMLNode, expected: String, field: String, hint: String = "") {
        report(SpecProblem(.wrongType, "'\(field)' must be \(expected), not \(Self.describe(node))\(hint)", at: node.range))
    }

    private static func describe(_ node: YAMLNode) -> String {
        guard let scalar = node.scalar else { return node.isMapping ? "a mapping" : "a list" }
        switch scalar.value {
        case .string: return "the string '\(scalar.text)'"
        case .int, .float: return "the number \(scalar.text)"
        case .bool: return "the boolean \(scalar.text)"
        case .null: return "null"
        }
    }
}
