internal import CYAML

/// Drives libyaml's event parser and fills a `NodeStore`. Open collections live on an explicit stack, so
/// nesting depth costs heap, never call stack; their children wait on one shared index stack, so an open
/// collection allocates nothing of its own.
struct TreeBuilder {
    private let text: SourceText
    private let limits: YAMLLimits
    private let checkYAML11: Bool

    private var found = Capped<YAMLProblem.Code, YAMLProblem>()
    /// What went wrong, each kind of problem listed at most `Capped.limit` times.
    var problems: [YAMLProblem] {
        found.finished { first, count in
            YAMLProblem(first.code, "\(first.message); \(Capped<YAMLProblem.Code, YAMLProblem>.omission(count))", at: first.range)
        }
    }
    /// Each document's root, nil for an empty document.
    private(set) var documentRoots: [Int32?] = []

    private var records: [NodeStore.Record] = []
    private var children: [Int32] = []
    private var texts: [String] = []
    private var tags: [String] = []

    private struct Frame {
        var isMapping: Bool
        var start: SourcePosition
        var style: YAMLNode.Style
        var tag: Int32
        var anchor: String?
        /// Where this collection's children begin on `pending`.
        var pendingStart: Int
        /// The last key was `<<`: the next node is merged, not stored.
        var awaitingMergeValue = false
        var merges: [Int32] = []
        /// Key identity → entry offset, built once a mapping grows past a linear scan's worth.
        var keyIndex: [String: Int]?
    }

    private var frames: [Frame] = []
    private var pending: [Int32] = []
    private var anchors: [String: Int32] = [:]
    private var root: Int32?
    /// Where the last scalar, alias or collection read so far ends: a block collection ends there. (Its last
    /// child's record would not do: an alias's record is the anchored node's, elsewhere in the file.)
    private var lastEnd: UInt32 = 0
    private var expanded = 0

    init(text: SourceText, limits: YAMLLimits, checkYAML11: Bool) {
        self.text = text
        self.limits = limits
        self.checkYAML11 = checkYAML11
    }

    /// The nodes read so far; call after `run()`.
    func makeStore() -> NodeStore {
        NodeStore(records: records, children: children, texts: texts, tags: tags, source: text)
    }

    mutating func run() {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            report(YAMLProblem(.syntax, "libyaml could not start (out of memory)", at: SourceRange(at: .start)))
            return
        }
        defer { yaml_parser_delete(&parser) }
        text.bytes.withUnsafeBufferPointer { whole in
            // libyaml, told the encoding, reads a byte order mark as content; SourceText's lines already skip it.
            let buffer = UnsafeBufferPointer(rebasing: whole[text.contentStart...])
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    report(syntaxProblem(parser))
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
        case YAML_DOCUMENT_END_EVENT:
            documentRoots.append(root)
        case YAML_SCALAR_EVENT:
            let index = appendScalar(event)
            if let anchor = event.data.scalar.anchor { anchors[string(anchor)] = index }
            return attach(index)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            return open(event)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return close(event)
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor)
            let range = SourceRange(start: position(event.start_mark), end: position(event.end_mark))
            guard let target = anchors[name] else {
                report(YAMLProblem(.invalidReference, "alias '*\(name)' refers to no anchor defined before it", at: range))
                return false
            }
            guard spend(Int(records[Int(target)].size), at: range) else { return false }
            lastEnd = UInt32(truncatingIfNeeded: range.end.offset)
            return attach(target)
        default:
            break
        }
        return true
    }

    private mutating func open(_ event: yaml_event_t) -> Bool {
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        guard frames.count < limits.maxDepth else {
            report(YAMLProblem(
                .limitExceeded, "nesting is deeper than \(limits.maxDepth) levels",
                at: SourceRange(start: position(event.start_mark), end: position(event.end_mark))))
            return false
        }
        let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
        let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
        let flow = isMapping
            ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
            : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        frames.append(Frame(
            isMapping: isMapping, start: position(event.start_mark), style: flow ? .flow : .block,
            tag: tag.map { internTag(string($0)) } ?? -1, anchor: anchor.map(string), pendingStart: pending.count))
        return true
    }

    private mutating func close(_ event: yaml_event_t) -> Bool {
        guard var frame = frames.popLast() else { return true }
        if frame.isMapping, !frame.merges.isEmpty, !merge(&frame) { return false }
        let entries = pending[frame.pendingStart...]
        // A block collection ends with its last child; a flow one at its closing bracket. Never before its start:
        // libyaml marks an implicit empty mapping (` ?`) as ending where it begins.
        let start = UInt32(truncatingIfNeeded: frame.start.offset)
        let end = max(start, frame.style == .flow ? UInt32(truncatingIfNeeded: position(event.end_mark).offset)
                                                   : entries.isEmpty ? start : lastEnd)
        lastEnd = end
        var size: Int32 = 1
        for entry in entries { size &+= records[Int(entry)].size }
        let first = Int32(children.count)
        children.append(contentsOf: entries)
        pending.removeSubrange(frame.pendingStart...)
        let index = Int32(records.count)
        records.append(NodeStore.Record(
            kind: frame.isMapping ? .mapping : .sequence, style: frame.style, valueKind: .null, tag: frame.tag,
            first: first, count: Int32(children.count) - first, number: 0, size: size,
            start: start, end: end))
        if let anchor = frame.anchor { anchors[anchor] = index }
        return attach(index)
    }

    /// Puts a finished node into its parent, or makes it the document's root.
    private mutating func attach(_ index: Int32) -> Bool {
        guard let top = frames.indices.last else {
            root = index
            return true
        }
        guard frames[top].isMapping else {
            pending.append(index)
            return true
        }
        if frames[top].awaitingMergeValue {
            frames[top].awaitingMergeValue = false
            frames[top].merges.append(index)
            return true
        }
        let isKey = (pending.count - frames[top].pendingStart) % 2 == 0
        guard isKey else {
            pending.append(index)
            return true
        }
        let key = records[Int(index)]
        if key.kind == .scalar {
            let keyText = texts[Int(key.first)]
            if key.tag < 0, key.style == .plain, keyText == "<<" {
                frames[top].awaitingMergeValue = true
                return true
            }
            if let earlier = earlierKey(keyText, isString: key.valueKind == .string, inFrame: top) {
                report(YAMLProblem(
                    .duplicateKey, "duplicate key '\(keyText)'; YAML readers disagree on which value wins",
                    at: range(of: index), notes: [.init(message: "first defined here", range: range(of: earlier))]))
            } else if frames[top].keyIndex != nil {
                let offset = pending.count - frames[top].pendingStart
                frames[top].keyIndex?[Self.identity(keyText, isString: key.valueKind == .string)] = offset
            }
        }
        pending.append(index)
        return true
    }

    /// An earlier key of the open mapping with the same text and kind: a linear scan for the small
    /// mappings of specs, a dictionary once a mapping grows (a hostile one may have 100,000 keys).
    private mutating func earlierKey(_ keyText: String, isString: Bool, inFrame top: Int) -> Int32? {
        let start = frames[top].pendingStart
        let identity = { Self.identity(keyText, isString: isString) }
        if let index = frames[top].keyIndex {
            return index[identity()].map { pending[start + $0] }
        }
        let keyCount = (pending.count - start) / 2
        if keyCount < 16 {
            var entry = start
            while entry < pending.count {
                let other = records[Int(pending[entry])]
                if other.kind == .scalar, (other.valueKind == .string) == isString, texts[Int(other.first)] == keyText {
                    return pending[entry]
                }
                entry += 2
            }
            return nil
        }
        var index: [String: Int] = [:]
        var entry = start
        while entry < pending.count {
            let other = records[Int(pending[entry])]
            if other.kind == .scalar {
                let otherIdentity = Self.identity(texts[Int(other.first)], isString: other.valueKind == .string)
                if index[otherIdentity] == nil { index[otherIdentity] = entry - start }
            }
            entry += 2
        }
        frames[top].keyIndex = index
        return index[identity()].map { pending[start + $0] }
    }

    /// Applies `<<` merge keys: keys of the mapping itself win, then earlier merge sources.
    private mutating func merge(_ frame: inout Frame) -> Bool {
        var present = Set<String>()
        var entry = frame.pendingStart
        while entry < pending.count {
            if let identity = identity(ofNode: pending[entry]) { present.insert(identity) }
            entry += 2
        }
        for source in frame.merges {
            let record = records[Int(source)]
            let mappings: [Int32] = record.kind == .sequence
                ? Array(children[Int(record.first)..<Int(record.first + record.count)])
                : [source]
            for mapping in mappings {
                let mappingRecord = records[Int(mapping)]
                guard mappingRecord.kind == .mapping else {
                    report(YAMLProblem(
                        .invalidReference, "a merge key '<<' takes a mapping or a sequence of mappings", at: range(of: mapping)))
                    continue
                }
                var pair = Int(mappingRecord.first)
                while pair < Int(mappingRecord.first + mappingRecord.count) {
                    let key = children[pair]
                    let value = children[pair + 1]
                    pair += 2
                    guard let identity = identity(ofNode: key), !present.contains(identity) else { continue }
                    guard spend(Int(records[Int(key)].size + records[Int(value)].size), at: range(of: source)) else { return false }
                    present.insert(identity)
                    pending.append(key)
                    pending.append(value)
                }
            }
        }
        return true
    }

    /// Charges copied nodes to the alias budget; false (with a problem) once it is spent.
    private mutating func spend(_ nodes: Int, at range: SourceRange) -> Bool {
        expanded += nodes
        guard expanded > limits.maxAliasExpansion else { return true }
        report(YAMLProblem(
            .limitExceeded,
            "aliases expand to more than \(limits.maxAliasExpansion) nodes (a 'billion laughs' document?); the rest of the file is not read",
            at: range))
        return false
    }

    /// Key identity for duplicate detection: a string key and the number with the same text differ.
    private static func identity(_ text: String, isString: Bool) -> String {
        (isString ? "s" : "v") + text
    }

    private func identity(ofNode index: Int32) -> String? {
        let record = records[Int(index)]
        guard record.kind == .scalar else { return nil }
        return Self.identity(texts[Int(record.first)], isString: record.valueKind == .string)
    }

    private func range(of index: Int32) -> SourceRange {
        let record = records[Int(index)]
        return SourceRange(start: text.position(atOffset: Int(record.start)), end: text.position(atOffset: Int(record.end)))
    }

    // MARK: - Scalars

    private mutating func appendScalar(_ event: yaml_event_t) -> Int32 {
        let scalar = event.data.scalar
        let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        let start = position(event.start_mark)
        let end = position(event.end_mark)
        let style: YAMLNode.Style
        switch scalar.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let tag = scalar.tag.map(string)
        let resolved: YAMLScalar.Value
        switch tag {
        case nil:
            resolved = style == .plain ? ScalarResolution.resolve(plain: value) : .string
            if style == .plain, checkYAML11, let reading = ScalarResolution.yaml11Reading(of: value, core: resolved) {
                report(YAMLProblem(
                    .yaml11Ambiguity,
                    "'\(value)' is \(Self.describe(resolved)) in YAML 1.2 but \(reading) to YAML 1.1 readers such as PyYAML; quote it",
                    at: SourceRange(start: start, end: end)))
            }
        case "tag:yaml.org,2002:str", "!": resolved = .string
        case "tag:yaml.org,2002:null": resolved = .null
        case "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float":
            let core = ScalarResolution.resolve(plain: value)
            resolved = core == .null ? .string : core
        default: resolved = .string
        }
        let (valueKind, number): (NodeStore.ValueKind, UInt64) = switch resolved {
        case .null: (.null, 0)
        case .bool(let flag): (.bool, flag ? 1 : 0)
        case .int(let integer): (.int, UInt64(bitPattern: Int64(integer)))
        case .float(let double): (.float, double.bitPattern)
        case .string: (.string, 0)
        }
        texts.append(value)
        lastEnd = UInt32(truncatingIfNeeded: max(start.offset, end.offset))
        records.append(NodeStore.Record(
            kind: .scalar, style: style, valueKind: valueKind, tag: tag.map { internTag($0) } ?? -1,
            first: Int32(texts.count - 1), count: Int32(clamping: value.utf8.count), number: number, size: 1,
            start: UInt32(truncatingIfNeeded: start.offset), end: lastEnd))
        return Int32(records.count - 1)
    }

    private static func describe(_ value: YAMLScalar.Value) -> String {
        switch value {
        case .string: "a string"
        case .int(let number): "the number \(number)"
        case .float: "a number"
        case .bool(let flag): "the boolean \(flag)"
        case .null: "null"
        }
    }

    /// Core-schema tags are resolved away (-1); any other tag is kept for the spec layer to judge.
    private mutating func internTag(_ tag: String) -> Int32 {
        if tag.hasPrefix("tag:yaml.org,2002:") || tag == "!" { return -1 }
        if let existing = tags.firstIndex(of: tag) { return Int32(existing) }
        tags.append(tag)
        return Int32(tags.count - 1)
    }

    // MARK: - Marks and errors

    private mutating func report(_ problem: YAMLProblem) {
        found.append(problem, kind: problem.code)
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        text.position(line0: Int(mark.line), column0: Int(mark.column))
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    private func syntaxProblem(_ parser: yaml_parser_t) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            let position = text.position(atOffset: text.contentStart + parser.problem_offset)
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
