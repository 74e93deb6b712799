internal import CYAML

/// Drives libyaml's event parser and builds the node tree with an explicit stack, so nesting depth costs
/// heap, never call stack.
struct TreeBuilder {
    private let text: SourceText
    private let limits: YAMLLimits
    private let checkYAML11: Bool

    private(set) var documents: [YAMLDocument] = []
    private(set) var problems: [YAMLProblem] = []

    private struct Frame {
        var isMapping: Bool
        var start: SourcePosition
        var style: YAMLNode.Style
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Values of `<<` keys, merged when the mapping closes.
        var merges: [YAMLNode] = []
        /// Key identity → index in `pairs`, built once a mapping grows past a linear scan's worth.
        var keyIndex: [String: Int]?
    }

    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    private var documentStart = SourcePosition.start
    private var expanded = 0

    init(text: SourceText, limits: YAMLLimits, checkYAML11: Bool) {
        self.text = text
        self.limits = limits
        self.checkYAML11 = checkYAML11
    }

    mutating func run() {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            problems.append(YAMLProblem(.syntax, "libyaml could not start (out of memory)", at: SourceRange(at: .start)))
            return
        }
        defer { yaml_parser_delete(&parser) }
        text.bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    problems.append(syntaxProblem(parser))
                    return
                }
                let keepGoing = handle(event)
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if !keepGoing || done { return }
            }
        }
    }

    // MARK: - Events

    /// Returns false when a limit or a broken reference ends the file.
    private mutating func handle(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors.removeAll(keepingCapacity: true)
            root = nil
            documentStart = position(event.start_mark)
        case YAML_DOCUMENT_END_EVENT:
            let range = SourceRange(start: documentStart, end: position(event.end_mark))
            documents.append(YAMLDocument(root: root, index: documents.count, range: range))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let node = scalarNode(scalar, event)
            if let anchor = scalar.anchor { anchors[string(anchor)] = node }
            return attach(node)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            guard stack.count < limits.maxDepth else {
                problems.append(YAMLProblem(
                    .limitExceeded, "nesting is deeper than \(limits.maxDepth) levels",
                    at: SourceRange(start: position(event.start_mark), end: position(event.end_mark))))
                return false
            }
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            let flow = isMapping
                ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
            stack.append(Frame(
                isMapping: isMapping, start: position(event.start_mark), style: flow ? .flow : .block,
                tag: tag.map(string).flatMap(Self.customTag), anchor: anchor.map(string)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard var frame = stack.popLast() else { return true }
            let end: SourcePosition
            if frame.style == .flow {
                end = position(event.end_mark)
            } else {
                end = (frame.isMapping ? frame.pairs.last?.value.range.end : frame.items.last?.range.end) ?? frame.start
            }
            let range = SourceRange(start: frame.start, end: end)
            let node: YAMLNode
            if frame.isMapping {
                guard merge(&frame) else { return false }
                node = YAMLNode(content: .mapping(frame.pairs), range: range, style: frame.style, tag: frame.tag)
            } else {
                node = YAMLNode(content: .sequence(frame.items), range: range, style: frame.style, tag: frame.tag)
            }
            if let anchor = frame.anchor { anchors[anchor] = node }
            return attach(node)
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor)
            let range = SourceRange(start: position(event.start_mark), end: position(event.end_mark))
            guard let target = anchors[name] else {
                problems.append(YAMLProblem(.invalidReference, "alias '*\(name)' refers to no anchor defined before it", at: range))
                return false
            }
            guard spend(target.size, at: range) else { return false }
            return attach(target)
        default:
            break
        }
        return true
    }

    /// Puts a finished node into its parent, or makes it the document's root.
    private mutating func attach(_ node: YAMLNode) -> Bool {
        guard !stack.isEmpty else {
            root = node
            return true
        }
        let top = stack.count - 1
        if !stack[top].isMapping {
            stack[top].items.append(node)
            return true
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return true
        }
        stack[top].pendingKey = nil
        if key.tag == nil, key.style == .plain, key.scalar?.text == "<<" {
            stack[top].merges.append(node)
            return true
        }
        if let identity = Self.identity(of: key), let firstIndex = indexOfKey(identity, inFrame: top) {
            let first = stack[top].pairs[firstIndex].key
            problems.append(YAMLProblem(
                .duplicateKey, "duplicate key '\(identity.dropFirst())'; YAML readers disagree on which value wins",
                at: key.range, notes: [.init(message: "first defined here", range: first.range)]))
        }
        if let identity = Self.identity(of: key), stack[top].keyIndex != nil, stack[top].keyIndex?[identity] == nil {
            let index = stack[top].pairs.count
            stack[top].keyIndex?[identity] = index
        }
        stack[top].pairs.append(YAMLPair(key: key, value: node))
        return true
    }

    private mutating func indexOfKey(_ identity: String, inFrame top: Int) -> Int? {
        if let index = stack[top].keyIndex { return index[identity] }
        let pairs = stack[top].pairs
        if pairs.count < 16 {
            return pairs.firstIndex { Self.identity(of: $0.key) == identity }
        }
        var index: [String: Int] = [:]
        for (position, pair) in pairs.enumerated() {
            if let key = Self.identity(of: pair.key), index[key] == nil { index[key] = position }
        }
        stack[top].keyIndex = index
        return index[identity]
    }

    /// Applies `<<` merge keys: keys of the mapping itself win, then earlier merge sources.
    private mutating func merge(_ frame: inout Frame) -> Bool {
        guard !frame.merges.isEmpty else { return true }
        var present = Set(frame.pairs.compactMap { Self.identity(of: $0.key) })
        for source in frame.merges {
            let sources: [YAMLNode] = source.isSequence ? source.elements : [source]
            for mapping in sources {
                guard mapping.isMapping else {
                    problems.append(YAMLProblem(
                        .invalidReference, "a merge key '<<' takes a mapping or a sequence of mappings",
                        at: mapping.range))
                    continue
                }
                for pair in mapping.pairs {
                    guard let identity = Self.identity(of: pair.key), !present.contains(identity) else { continue }
                    guard spend(pair.key.size + pair.value.size, at: source.range) else { return false }
                    present.insert(identity)
                    frame.pairs.append(pair)
                }
            }
        }
        return true
    }

    /// Charges copied nodes to the alias budget; false (with a problem) once it is spent.
    private mutating func spend(_ nodes: Int, at range: SourceRange) -> Bool {
        expanded += nodes
        guard expanded > limits.maxAliasExpansion else { return true }
        problems.append(YAMLProblem(
            .limitExceeded,
            "aliases expand to more than \(limits.maxAliasExpansion) nodes (a 'billion laughs' document?); the rest of the file is not read",
            at: range))
        return false
    }

    /// Key identity for duplicate detection: a string key and the number with the same text differ.
    private static func identity(of key: YAMLNode) -> String? {
        guard let scalar = key.scalar else { return nil }
        return (scalar.value == .string ? "s" : "v") + scalar.text
    }

    // MARK: - Scalars

    private mutating func scalarNode(_ scalar: yaml_event_t.__Unnamed_union_data.__Unnamed_struct_scalar,
                                     _ event: yaml_event_t) -> YAMLNode {
        let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        let range = SourceRange(start: position(event.start_mark), end: position(event.end_mark))
        let style: YAMLNode.Style
        switch scalar.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let tag = scalar.tag.map(string)
        let value: YAMLScalar.Value
        switch tag {
        case nil:
            value = style == .plain ? ScalarResolution.resolve(plain: text) : .string
            if style == .plain, checkYAML11, let reading = ScalarResolution.yaml11Reading(of: text, core: value) {
                problems.append(YAMLProblem(
                    .yaml11Ambiguity,
                    "'\(text)' is \(Self.describe(value, text)) in YAML 1.2 but \(reading) to YAML 1.1 readers such as PyYAML; quote it",
                    at: range))
            }
        case "tag:yaml.org,2002:str", "!": value = .string
        case "tag:yaml.org,2002:null": value = .null
        case "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float":
            let resolved = ScalarResolution.resolve(plain: text)
            value = resolved == .null ? .string : resolved
        default: value = .string
        }
        return YAMLNode(content: .scalar(YAMLScalar(text: text, value: value)), range: range, style: style,
                        tag: tag.flatMap(Self.customTag))
    }

    private static func describe(_ value: YAMLScalar.Value, _ text: String) -> String {
        switch value {
        case .string: "a string"
        case .int(let number): "the number \(number)"
        case .float: "a number"
        case .bool(let flag): "the boolean \(flag)"
        case .null: "null"
        }
    }

    /// Core-schema tags are resolved away; any other tag is kept for the spec layer to judge.
    private static func customTag(_ tag: String) -> String? {
        tag.hasPrefix("tag:yaml.org,2002:") || tag == "!" ? nil : tag
    }

    // MARK: - Marks and errors

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        text.position(line0: Int(mark.line), column0: Int(mark.column))
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    private func syntaxProblem(_ parser: yaml_parser_t) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            let position = text.position(atOffset: parser.problem_offset)
            return YAMLProblem(.syntax, problem, at: SourceRange(at: position))
        }
        let at = position(parser.problem_mark)
        var notes: [YAMLProblem.Note] = []
        if let context = parser.context {
            notes.append(.init(message: String(cString: context), range: SourceRange(at: position(parser.context_mark))))
        }
        return YAMLProblem(.syntax, problem, at: SourceRange(at: at), notes: notes)
    }
}
