import BerthYAML
import Testing

private func read(_ text: String, json: Bool = false, limits: YAMLLimits = YAMLLimits()) -> YAMLFile {
    YAMLFile.read(bytes: Array(text.utf8), isJSON: json, limits: limits)
}

@Suite("YAML tree")
struct TreeTests {
    @Test("nodes carry 1-based lines, columns in Unicode scalars and byte offsets")
    func positions() throws {
        let file = read("name: café\nimage: \"ünï\"\n")
        let root = try #require(file.documents.first?.root)
        let image = try #require(root.pair("image"))
        #expect(image.key.range.start == SourcePosition(line: 2, column: 1, offset: 12))
        #expect(image.value.range.start == SourcePosition(line: 2, column: 8, offset: 19))
        #expect(image.value.range.end == SourcePosition(line: 2, column: 13, offset: 26))
        let name = try #require(root.pair("name"))
        #expect(name.value.range.end.column == 11)
        #expect(name.value.range.end.offset == 11)
        #expect(file.problems.isEmpty)
    }

    @Test("several documents per file, each with its index")
    func documents() {
        let file = read("a: 1\n---\nb: 2\n---\n")
        #expect(file.documents.count == 3)
        #expect(file.documents.map(\.index) == [0, 1, 2])
        #expect(file.documents[1].root?["b"]?.int == 2)
        #expect(file.documents[2].root?.isNull ?? true)
    }

    @Test("anchors, aliases and merge keys, explicit keys winning over merged ones")
    func aliasesAndMerge() throws {
        let file = read("""
        base: &base {cpu: "256", memory: "512"}
        big:
          <<: *base
          memory: "2048"
        copy: *base
        """)
        let root = try #require(file.documents.first?.root)
        #expect(root["big", "cpu"]?.string == "256")
        #expect(root["big", "memory"]?.string == "2048")
        #expect(root["big"]?.pairs.count == 2)
        #expect(root["copy", "memory"]?.string == "512")
        #expect(file.problems.isEmpty)
    }

    @Test("merge of a sequence of mappings: earlier sources win")
    func mergeSequence() throws {
        let file = read("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n")
        let root = try #require(file.documents.first?.root)
        #expect(root["c", "x"]?.int == 1)
        #expect(root["c", "y"]?.int == 2)
    }

    @Test("collection style comes from the start event; block ranges end at their last child")
    func collectionStyle() throws {
        let root = try #require(read("a: [1, 2]\nb:\n  - 1\n  - 2\n\n# trailing\n").documents.first?.root)
        #expect(root["a"]?.style == .flow)
        #expect(root["b"]?.style == .block)
        #expect(root["a"]?.range.end.column == 10)
        #expect(root["b"]?.range.end == SourcePosition(line: 4, column: 6, offset: 24))
    }

    @Test("a duplicate key is reported at the second key with a note at the first")
    func duplicateKeys() throws {
        let file = read("family: web\ncpu: \"256\"\nfamily: api\n")
        let problem = try #require(file.problems.first)
        #expect(problem.code == .duplicateKey)
        #expect(problem.range.start.line == 3)
        #expect(problem.notes.first?.range.start.line == 1)
        #expect(problem.message.contains("'family'"))
    }

    @Test("duplicate detection also works in large mappings")
    func duplicateKeysLargeMapping() {
        let keys = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n")
        let file = read(keys + "\nk7: again\n")
        #expect(file.problems.map(\.code) == [.duplicateKey])
        #expect(file.problems.first?.notes.first?.range.start.line == 8)
    }

    @Test("a string key and a number with the same text are different keys")
    func keyIdentity() {
        #expect(read("1: a\n\"1\": b\n").problems.isEmpty)
    }

    @Test("a syntax error points at libyaml's problem mark with the context as a note")
    func syntaxError() throws {
        let file = read("a: 1\nb: [1, 2\nc: 3\n")
        let problem = try #require(file.problems.first)
        #expect(problem.code == .syntax)
        #expect(problem.range.start.line >= 2)
        #expect(!problem.notes.isEmpty)
        #expect(file.documents.isEmpty)
    }

    @Test("documents before a syntax error are kept")
    func keepsEarlierDocuments() {
        let file = read("a: 1\n---\nb: [\n")
        #expect(file.documents.count == 1)
        #expect(file.problems.map(\.code) == [.syntax])
    }

    @Test("JSON goes through the same front end, tabs included")
    func json() throws {
        let file = read("{\n\t\"family\": \"web\",\n\t\"cpu\": \"256\",\n\t\"count\": 2\n}\n", json: true)
        #expect(file.problems.isEmpty)
        let root = try #require(file.documents.first?.root)
        #expect(root["family"]?.string == "web")
        #expect(root["count"]?.int == 2)
        #expect(root["family"]?.style == .doubleQuoted)
    }

    @Test("custom tags are kept for the spec layer; core tags resolve")
    func tags() throws {
        let root = try #require(read("a: !Ref Thing\nb: !!str 12\nc: !!int \"7\"\n").documents.first?.root)
        #expect(root["a"]?.tag == "!Ref")
        #expect(root["b"]?.string == "12")
        #expect(root["b"]?.tag == nil)
        #expect(root["c"]?.int == 7)
    }

    @Test("an empty file and a comment-only file are empty")
    func empty() {
        #expect(read("").isEmpty)
        #expect(read("# nothing here\n\n").isEmpty)
        #expect(!read("a: 1").isEmpty)
    }
}

@Suite("field paths")
struct FieldPathTests {
    private let text = """
    family: web
    containerDefinitions:
      - name: web
        image: nginx:1.27
        portMappings: [{containerPort: 80}, {containerPort: 443}]
      - {image: busybox}
    """

    @Test("named list entries by name, others by position; a key ends the path", arguments: [
        ("nginx", "containerDefinitions[web].image"), ("443", "containerDefinitions[web].portMappings[1].containerPort"),
        ("busybox", "containerDefinitions[1].image"), ("family", "family"), ("image: n", "containerDefinitions[web].image"),
    ])
    func paths(needle: String, path: String) throws {
        let file = YAMLFile.read(bytes: Array(text.utf8))
        let root = try #require(file.documents.first?.root)
        let offset = try #require(text.utf8.firstRange(of: needle.utf8)).lowerBound
        #expect(root.fieldPath(toOffset: text.utf8.distance(from: text.utf8.startIndex, to: offset)) == path)
    }
}
