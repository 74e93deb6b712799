import BerthYAML
import FuzzSupport

/// The YAML front end: bytes to a located node tree under the default and under tiny limits, every node's
/// accessors, field paths, comments, source lines, and scalar resolution on the raw bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    for limits in [YAMLLimits(), YAMLLimits(maxFileBytes: 4096, maxDepth: 8, maxAliasExpansion: 64)] {
        let file = YAMLFile.read(bytes: bytes, limits: limits)
        inspect(file, inputLength: bytes.count)
    }
    // Short inputs are also one plain scalar, the way the tree builder hands them to the resolver.
    if bytes.count <= 64, let text = String(validating: bytes, as: UTF8.self) {
        let core = ScalarResolution.resolve(plain: text)
        _ = ScalarResolution.yaml11Reading(of: text, core: core)
    }
    return 0
}

/// `inputLength`: problems point into the input even when the file keeps no text (binary bytes show no snippet).
private func inspect(_ file: YAMLFile, inputLength: Int) {
    let length = file.text.bytes.count
    for problem in file.problems {
        check(problem.range, within: inputLength, "problem '\(problem.message)'")
        _ = file.text.line(problem.range.start.line)
    }
    for document in file.documents {
        guard let root = document.root else { continue }
        walk(root, within: length)
        for offset in [0, length / 2, max(length - 1, 0)] { _ = root.fieldPath(toOffset: offset) }
    }
    for comment in file.comments() + file.comments(containing: "berth:") {
        check(comment.range, within: length, "comment")
        require(file.text.bytes[comment.range.start.offset] == UInt8(ascii: "#"), "a comment starts at its '#'")
        require(comment.textOffset <= comment.range.end.offset, "a comment's text lies inside it")
    }
}

/// Every node, once per path to it: an alias is the anchored node itself, so its subtree is walked again. The
/// alias budget bounds that; the cap bounds the walk regardless.
private func walk(_ root: YAMLNode, within length: Int) {
    var stack = [root]
    var visits = 0
    while let node = stack.popLast(), visits < 200_000 {
        visits += 1
        check(node.range, within: length, "node '\(node.text ?? "")'")
        _ = (node.style, node.tag, node.scalar, node.text, node.string, node.int, node.bool, node.isNull)
        if node.isMapping {
            for pair in node.pairs {
                if let key = pair.key.text { require(node[key] != nil && node.pair(key) != nil, "a key finds its pair") }
                stack.append(pair.key)
                stack.append(pair.value)
            }
        } else {
            stack.append(contentsOf: node.elements)
        }
    }
}

private func check(_ range: SourceRange, within length: Int, _ what: @autoclosure () -> String) {
    require(range.start <= range.end && range.end.offset <= length,
            "\(what()): \(range.start.offset)..<\(range.end.offset) is no range in a file of \(length) bytes")
}
