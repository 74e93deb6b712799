/// Wildcard patterns: `*` stands for any run of characters, including none, and (where the service allows it)
/// `?` for any one character; everything else for itself. ECR's WILDCARD filters (tag mutability exclusions,
/// lifecycle tag patterns) know only `*`; EKS Fargate profile selectors know both.
public enum Wildcard {
    public static func matches(_ text: String, pattern: String, anyCharacter: Character? = nil) -> Bool {
        let text = Array(text), pattern = Array(pattern)
        var t = 0, p = 0
        // The last `*` seen and the text position it was tried at, to widen it on a mismatch.
        var star: (pattern: Int, text: Int)?
        while t < text.count {
            if p < pattern.count, pattern[p] != "*", pattern[p] == text[t] || pattern[p] == anyCharacter {
                t += 1
                p += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = (p, t)
                p += 1
            } else if let last = star {
                star = (last.pattern, last.text + 1)
                p = last.pattern + 1
                t = last.text + 1
            } else {
                return false
            }
        }
        return pattern[p...].allSatisfy { $0 == "*" }
    }
}
