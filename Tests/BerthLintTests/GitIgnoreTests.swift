import BerthLint
import Testing

struct GitIgnoreTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let patterns: String
        let path: String
        let isDirectory: Bool
        /// true: ignored, false: re-included by a `!` line, nil: no line matches.
        let expected: Bool?

        init(_ patterns: String, _ path: String, directory: Bool = false, _ expected: Bool?) {
            self.patterns = patterns
            self.path = path
            self.isDirectory = directory
            self.expected = expected
        }

        var testDescription: String {
            let verdict = expected.map(String.init) ?? "nil"
            return "\(patterns.debugDescription) ~ \(path)\(isDirectory ? "/" : "") → \(verdict)"
        }
    }

    // Expectations agree with `git check-ignore --no-index` (git 2.39), which also reports paths below an
    // ignored directory: `match` leaves that to the walk, which does not enter ignored directories.
    static let cases: [Case] = [
        // Blank lines and comments match nothing; `\#` and `\!` are literal.
        Case("\n\n# notes\n", "# notes", nil),
        Case("#notes", "#notes", nil),
        Case("\\#notes", "#notes", true),
        Case("\\!important", "!important", true),
        Case("!important", "important", false),
        // Trailing spaces are dropped unless escaped; leading ones count.
        Case("secret.yaml   ", "secret.yaml", true),
        Case("space\\ ", "space ", true),
        Case("space\\ ", "space", nil),
        Case(" lead", "lead", nil),
        // CRLF line ends and a byte order mark are not part of patterns.
        Case("\u{FEFF}first.yaml\r\nsecond.yaml\r\n", "first.yaml", true),
        Case("first.yaml\r\nsecond.yaml\r\n", "second.yaml", true),
        // The last matching line wins.
        Case("*.yaml\n!keep.yaml", "keep.yaml", false),
        Case("!keep.yaml\n*.yaml", "keep.yaml", true),
        Case("*.yaml\n!keep.yaml", "drop.yaml", true),
        // No slash: any depth, against the last component only.
        Case("build", "build", directory: true, true),
        Case("build", "a/b/build", true),
        Case("build", "builds", nil),
        Case("build", "build/x.yaml", nil), // only through its directory
        // A slash at the start or in the middle anchors to the .gitignore's directory.
        Case("/build", "build", directory: true, true),
        Case("/build", "a/build", directory: true, nil),
        Case("a/build", "a/build", true),
        Case("a/build", "x/a/build", nil),
        // A trailing slash matches directories only.
        Case("out/", "out", directory: true, true),
        Case("out/", "out", nil),
        Case("out/", "deep/out", directory: true, true),
        Case("a/out/", "a/out", directory: true, true),
        // `*`, `?` and classes never match `/`.
        Case("*.yaml", "a/b/c.yaml", true),
        Case("a/*.yaml", "a/c.yaml", true),
        Case("a/*.yaml", "a/b/c.yaml", nil),
        Case("a/?.yaml", "a/b.yaml", true),
        Case("a?b", "a/b", nil),
        Case("x?y/z", "x/y/z", nil),
        Case("a[/]b", "a/b", nil),
        Case("a[!x]b", "a/b", nil),
        // Bracket classes.
        Case("[a-c].yaml", "b.yaml", true),
        Case("[a-c].yaml", "d.yaml", nil),
        Case("[!a-c].yaml", "d.yaml", true),
        Case("[^a-c].yaml", "a.yaml", nil),
        Case("[]x].yaml", "].yaml", true),
        Case("[a-].yaml", "-.yaml", true),
        Case("[[:digit:]]x", "7x", true),
        Case("[[:upper:]]x", "ax", nil),
        Case("[abc", "[abc", nil),
        Case("x\\*", "x*", true),
        Case("x\\*", "xy", nil),
        // `**/` leads: any depth, including none.
        Case("**/deploy", "deploy", true),
        Case("**/deploy", "a/b/deploy", true),
        Case("**/env/prod.yaml", "x/env/prod.yaml", true),
        Case("**/env/prod.yaml", "x/env/y/prod.yaml", nil),
        // `/**` trails: everything inside, not the directory itself.
        Case("gen/**", "gen/a/b.yaml", true),
        Case("gen/**", "gen/b.yaml", true),
        Case("gen/**", "gen", directory: true, nil),
        // `/**/` in the middle: zero or more directories.
        Case("a/**/b", "a/b", true),
        Case("a/**/b", "a/x/b", true),
        Case("a/**/b", "a/x/y/b", true),
        Case("a/**/b", "a/xb", nil),
        Case("a/**/b", "x/a/b", nil),
        // Other runs of asterisks are plain `*`.
        Case("a**b", "axyb", true),
        Case("/a**b", "ax/yb", nil),
        // Matching is case-sensitive.
        Case("*.YAML", "a.yaml", nil),
    ]

    @Test(arguments: cases)
    func matches(_ testCase: Case) {
        let ignore = GitIgnore(testCase.patterns)
        #expect(ignore.match(testCase.path, isDirectory: testCase.isDirectory) == testCase.expected)
    }

    @Test func pathsAreRelativeToTheBase() {
        let ignore = GitIgnore("/top.yaml\nnested/", base: "/repo/sub")
        #expect(ignore.match("/repo/sub/top.yaml", isDirectory: false) == true)
        #expect(ignore.match("/repo/sub/x/top.yaml", isDirectory: false) == nil)
        #expect(ignore.match("/repo/sub/x/nested", isDirectory: true) == true)
        #expect(ignore.match("/repo/top.yaml", isDirectory: false) == nil)
        #expect(ignore.match("/repo/subway/top.yaml", isDirectory: false) == nil)
    }
}
