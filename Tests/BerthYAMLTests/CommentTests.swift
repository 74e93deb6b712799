import BerthYAML
import Testing

@Suite("comments")
struct CommentTests {
    @Test("comments are found outside quoted and block scalars, with their positions")
    func comments() {
        let text = "# head\nkey: value # trailing\nquoted: \"a # b\"\nsingle: 'c # d'\nplain: e#f\nblock: |\n  # content\n  more\n# after\nflow: [1, 2] #flow\n"
        let found = YAMLFile.read(bytes: Array(text.utf8)).comments()
        #expect(found.map(\.text) == ["head", "trailing", "after", "flow"])
        #expect(found.map { "\($0.range.start.line):\($0.range.start.column)" } == ["1:1", "2:12", "9:1", "10:14"])
        #expect(found.map(\.isWholeLine) == [true, false, true, false])
    }

    @Test("a marker that the file lacks skips the scan")
    func marker() {
        let file = YAMLFile.read(bytes: Array("a: 1 # plain comment\n".utf8))
        #expect(file.comments(containing: "berth:").isEmpty)
        #expect(file.comments().count == 1)
    }
}
