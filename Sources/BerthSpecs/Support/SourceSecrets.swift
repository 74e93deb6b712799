import BerthYAML

/// A secret written in a file: where its bytes are, and its text.
public struct SourceSecret: Sendable, Equatable {
    public var range: Range<Int>
    public var text: String
}

extension YAMLFile {
    /// Every secret in the file's documents, in source order: string values the detector flags by the name
    /// they go by (key, entry name, flag before them) or by their shape.
    public var secrets: [SourceSecret] {
        var found: [SourceSecret] = []
        for document in documents {
            if let root = document.root { Self.collect(root, name: nil, source: text.bytes, into: &found) }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func collect(_ node: YAMLNode, name: String?, source: [UInt8], into found: inout [SourceSecret]) {
        if node.isMapping {
            for pair in node.pairs {
                guard let key = pair.key.text else { continue }
                collect(pair.value, name: SecretDetector.memberName(key) { node[$0]?.text }, source: source, into: &found)
            }
        } else if node.isSequence {
            var previous: String?
            for element in node.elements {
                collect(element, name: SecretDetector.flagName(before: previous) ?? name, source: source, into: &found)
                previous = element.string
            }
        } else if node.tag == nil, let text = node.string {
            let secrets = SecretDetector.secrets(in: text, name: name)
            guard !secrets.isEmpty else { return }
            let utf8 = Array(text.utf8)
            let range = node.range
            var searchFrom = range.start.offset
            for secret in secrets {
                let bytes = utf8[secret.range]
                // Escapes and folded lines make the source differ from the value: then the whole scalar is masked.
                let at = Self.firstIndex(of: bytes, in: source, from: searchFrom, before: range.end.offset)
                let place = at.map { $0..<($0 + bytes.count) } ?? range.start.offset..<range.end.offset
                found.append(SourceSecret(range: place, text: String(decoding: bytes, as: UTF8.self)))
                searchFrom = place.upperBound
            }
        }
    }

    private static func firstIndex(of needle: ArraySlice<UInt8>, in source: [UInt8], from start: Int, before end: Int) -> Int? {
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        for index in start...(end - needle.count) where source[index] == needle.first! && source[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
