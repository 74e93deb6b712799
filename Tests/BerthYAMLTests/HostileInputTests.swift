import BerthYAML
import Testing

/// Each hostile input gets one clear problem and no crash.
@Suite("hostile input")
struct HostileInputTests {
    @Test("billion laughs stops at the alias budget")
    func billionLaughs() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let file = YAMLFile.read(bytes: Array(text.utf8))
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.code == .limitExceeded)
        #expect(problem.message.contains("aliases expand"))
    }

    @Test("deep nesting is rejected without overflowing the stack", arguments: [
        String(repeating: "[", count: 100_000),
        String(repeating: "- ", count: 5_000),
        (0..<400).map { String(repeating: " ", count: $0) + "k:\n" }.joined(),
    ])
    func deepNesting(text: String) throws {
        let file = YAMLFile.read(bytes: Array(text.utf8))
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.code == .limitExceeded)
        #expect(problem.message.contains("nesting"))
    }

    @Test("a file over the size limit is not parsed")
    func fileSize() throws {
        let file = YAMLFile.read(bytes: Array(repeating: UInt8(ascii: "a"), count: 2_000), limits: YAMLLimits(maxFileBytes: 1_000))
        #expect(file.problems.map(\.code) == [.limitExceeded])
        #expect(file.problems.first?.message.contains("2000 bytes") == true)
    }

    @Test("invalid UTF-8 is reported at the bad byte")
    func invalidUTF8() throws {
        let file = YAMLFile.read(bytes: Array("a: 1\nb: x".utf8) + [0xC3, 0x28])
        let problem = try #require(file.problems.first)
        #expect(problem.code == .notText)
        #expect(problem.range.start.line == 2)
        #expect(problem.range.start.column == 5)
        #expect(problem.message.contains("0xC3"))
    }

    @Test("NUL bytes mark a binary file")
    func nul() throws {
        let file = YAMLFile.read(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        #expect(file.problems.map(\.code) == [.notText])
        #expect(YAMLFile.read(bytes: Array("a: 1\n".utf8) + [0, 0]).problems.first?.message.contains("NUL") == true)
    }

    @Test("UTF-16 and UTF-32 are named as such (UTF-32 little-endian was reported as UTF-16)", arguments: [
        ([0xFF, 0xFE, 0x61, 0x00], "file is UTF-16 (little-endian)"),
        ([0xFE, 0xFF, 0x00, 0x61], "file is UTF-16 (big-endian)"),
        ([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00], "file is UTF-32 (little-endian)"),
        ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x61], "file is UTF-32 (big-endian)"),
    ] as [([UInt8], String)])
    func wideEncodings(bytes: [UInt8], message: String) {
        let file = YAMLFile.read(bytes: bytes)
        #expect(file.problems.map(\.code) == [.notText])
        #expect(file.problems.first?.message.hasPrefix(message) == true, "\(file.problems)")
    }

    @Test("no node ends before it starts (found by fuzzing: an implicit empty mapping, a block mapping ending in an alias)")
    func rangesAreNeverInverted() throws {
        for text in [" ?", "b: &e\no:\n <: *e", "- &a x\n- [*a]\n- {k: *a}\n"] {
            let file = YAMLFile.read(bytes: Array(text.utf8))
            var stack = file.documents.compactMap(\.root)
            while let node = stack.popLast() {
                #expect(node.range.start.offset <= node.range.end.offset, "\(text.debugDescription): \(node.range)")
                stack += node.pairs.flatMap { [$0.key, $0.value] } + node.elements
            }
        }
        let file = YAMLFile.read(bytes: Array("b: &e\no:\n <: *e".utf8))
        let mapping = try #require(file.documents.first?.root?["o"])
        #expect(mapping.range.end.offset == 15, "the mapping ends after the alias, not at the anchored node")
        // Without a final line break libyaml marks the end on the next line; that is the end of the file.
        let truncated = YAMLFile.read(bytes: Array("a: [1,\n  2".utf8))
        #expect(truncated.problems.first?.range.start == SourcePosition(line: 2, column: 4, offset: 10))
    }

    @Test("millions of duplicate keys are not millions of problems: the first 1,000 and a summary")
    func duplicateKeysAreCapped() throws {
        let file = YAMLFile.read(bytes: Array(String(repeating: "a: 1\n", count: 5_000).utf8))
        #expect(file.problems.count == 1_001)
        #expect(file.problems.allSatisfy { $0.code == .duplicateKey })
        let summary = try #require(file.problems.last)
        #expect(summary.message.hasSuffix("and 3999 more like this in the file, not listed (berth lists the first 1000 of each kind)"))
        #expect(summary.range.start.line == 1_002)
    }

    @Test("positions on a long line of wide characters match a count from the line's start")
    func longLineColumns() throws {
        let line = String(repeating: "é: 1, ", count: 3_000)
        let text = SourceText(bytes: Array("x: 1\n{\(line)}\n".utf8))
        for column in [1, 2, 700, 1_500, 9_000, 18_001] {
            let position = text.position(line0: 1, column0: column - 1)
            #expect(position.column == column)
            let prefix = "x: 1\n{" + line
            let expectedOffset = 5 + Array(String(prefix.dropFirst(5).prefix(column - 1)).utf8).count
            #expect(position.offset == expectedOffset, "column \(column)")
            #expect(text.position(atOffset: position.offset) == position)
        }
    }

    @Test("a UTF-8 byte order mark is skipped: block YAML parses and positions count from after it")
    func byteOrderMark() throws {
        let file = YAMLFile.read(bytes: [0xEF, 0xBB, 0xBF] + Array("kind: TaskDefinition\nfamily: web\nx: [\n".utf8))
        let problem = try #require(file.problems.first)
        // Before the fix the mark itself was a syntax error on line 1; now only the real error on line 3 is left.
        #expect(file.problems.count == 1)
        #expect(problem.code == .syntax)
        #expect(problem.range.start.line == 4)
        let clean = YAMLFile.read(bytes: [0xEF, 0xBB, 0xBF] + Array("kind: TaskDefinition\nfamily: web\n".utf8))
        #expect(clean.problems.isEmpty, "\(clean.problems)")
        let root = try #require(clean.documents.first?.root)
        let kind = try #require(root["kind"])
        #expect(kind.string == "TaskDefinition")
        #expect(kind.range.start == SourcePosition(line: 1, column: 7, offset: 9))
    }

    @Test("overlong encodings and surrogates are invalid UTF-8", arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func strictUTF8(bytes: [UInt8]) {
        #expect(TextCheck.problem(in: bytes) != nil)
    }

    @Test("an alias to an undefined anchor is one problem")
    func undefinedAlias() throws {
        let file = YAMLFile.read(bytes: Array("a: *nowhere\n".utf8))
        #expect(file.problems.map(\.code) == [.invalidReference])
    }

    @Test("a self-referencing anchor is an undefined alias, not a loop")
    func selfReference() {
        let file = YAMLFile.read(bytes: Array("a: &x [*x]\n".utf8))
        #expect(file.problems.map(\.code) == [.invalidReference])
    }

    @Test("a merge key with a scalar value is reported")
    func badMerge() {
        let file = YAMLFile.read(bytes: Array("a:\n  <<: 3\n  b: 1\n".utf8))
        #expect(file.problems.map(\.code) == [.invalidReference])
    }
}
