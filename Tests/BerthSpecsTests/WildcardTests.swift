import BerthSpecs
import Testing

@Suite("wildcard patterns (ECR filters, Fargate selectors)")
struct WildcardTests {
    @Test("matches", arguments: [
        ("v1.2", "v*"), ("dev-42", "dev-*"), ("release", "release"), ("a-b-c", "a*c"), ("abc", "*"), ("", "*"),
        ("prod-eu-1", "prod-*-1"), ("aa", "a*a"),
    ])
    func matches(text: String, pattern: String) {
        #expect(Wildcard.matches(text, pattern: pattern))
    }

    @Test("does not match", arguments: [
        ("1.2", "v*"), ("release-1", "release"), ("a", "a*a"), ("prod-eu-2", "prod-*-1"), ("abc", "b*"),
    ])
    func mismatches(text: String, pattern: String) {
        #expect(!Wildcard.matches(text, pattern: pattern))
    }

    @Test("`?` stands for one character only where the service says so (Fargate selectors)")
    func anyCharacter() {
        #expect(Wildcard.matches("team-a", pattern: "team-?", anyCharacter: "?"))
        #expect(!Wildcard.matches("team-ab", pattern: "team-?", anyCharacter: "?"))
        #expect(Wildcard.matches("team-ab-x", pattern: "team-*-?", anyCharacter: "?"))
        #expect(!Wildcard.matches("team-a", pattern: "team-?"))
        #expect(Wildcard.matches("team-?", pattern: "team-?"))
    }
}
