/// One file read by the front end: its text, the documents in it and what went wrong.
public struct YAMLFile: Sendable {
    public var text: SourceText
    public var documents: [YAMLDocument]
    public var problems: [YAMLProblem]
    /// The file holds no YAML document at all (no bytes, or only white space and comments).
    public var isEmpty: Bool

    /// Reads bytes as YAML (JSON is read as the YAML it is). Never fails: problems are returned.
    public static func read(bytes: [UInt8], isJSON: Bool = false, limits: YAMLLimits = YAMLLimits()) -> YAMLFile {
        if bytes.count > limits.maxFileBytes { return tooLarge(byteCount: bytes.count, limits: limits) }
        let text = SourceText(bytes: bytes)
        if let problem = TextCheck.problem(in: bytes) {
            // Binary, UTF-16 and UTF-32 bytes make no readable snippet; invalid UTF-8 in text still does.
            let shown = if case .invalidUTF8 = problem { text } else { SourceText(bytes: []) }
            return YAMLFile(text: shown, documents: [], problems: [notText(problem, text)], isEmpty: false)
        }
        var builder = TreeBuilder(text: text, limits: limits, checkYAML11: !isJSON)
        builder.run()
        let store = builder.makeStore()
        let documents = builder.documentRoots.enumerated().map { position, root in
            YAMLDocument(root: root.map { YAMLNode(store: store, index: $0) }, index: position)
        }
        let problems = builder.problems
        return YAMLFile(text: text, documents: documents, problems: problems,
                        isEmpty: documents.allSatisfy { $0.root == nil } && problems.isEmpty)
    }

    /// A file over the size limit, reported without reading it.
    public static func tooLarge(byteCount: Int, limits: YAMLLimits) -> YAMLFile {
        let problem = YAMLProblem(
            .limitExceeded, "file is \(byteCount) bytes, over the limit of \(limits.maxFileBytes) bytes; it is not read",
            at: SourceRange(at: .start))
        return YAMLFile(text: SourceText(bytes: []), documents: [], problems: [problem], isEmpty: false)
    }

    private static func notText(_ problem: TextProblem, _ text: SourceText) -> YAMLProblem {
        switch problem {
        case .wideEncoding(let name, let bigEndian):
            return YAMLProblem(.notText, "file is \(name) (\(bigEndian ? "big" : "little")-endian); berth reads UTF-8",
                               at: SourceRange(at: .start))
        case .nulByte(let offset):
            let position = text.position(atOffset: offset)
            return YAMLProblem(.notText, "file contains a NUL byte: it is binary, not YAML or JSON text",
                               at: SourceRange(start: position, end: position))
        case .invalidUTF8(let offset):
            let position = text.position(atOffset: offset)
            let byte = text.bytes[offset]
            let hex = String(byte, radix: 16, uppercase: true)
            return YAMLProblem(.notText, "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex); YAML and JSON files must be UTF-8",
                               at: SourceRange(start: position, end: position))
        }
    }
}
