import BerthLint
import BerthSpecs
import BerthYAML

/// ECR repository names are lowercase path components joined by `.`, `_`, `__` or dashes.
struct RepositoryNameSyntax: Rule {
    static let kinds: Set<ResourceKind> = [.repository]

    static let description = RuleDescription(
        id: "ECR103", name: "repository-name-syntax",
        summary: "A repository name ECR rejects",
        rationale: """
        A repository name is 2 to 256 characters of lowercase letters and digits, in components separated by `/`, \
        each a run of letters and digits joined by `.`, `_`, `__` or dashes. Uppercase letters, spaces, a leading \
        or trailing separator and `//` are rejected by CreateRepository, and image URIs could not name them anyway.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Repository
            repositoryName: ↓Team/Web
            """,
            """
            kind: Repository
            repositoryName: ↓team//web-
            """,
        ],
        nonTriggering: [
            """
            kind: Repository
            repositoryName: team/web.api__v2--beta
            """,
        ],
        supersedes: ["SPEC007", "SPEC006"])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let node = resource.body["repositoryName"], let name = node.knownString else { return }
        guard !Self.isValid(name) else { return }
        let suggestion = Self.repaired(name)
        let hint = Self.isValid(suggestion) && suggestion != name ? "; did you mean '\(suggestion)'?" : ""
        findings.add("'\(name)' is not a valid ECR repository name: use 2 to 256 lowercase letters and digits in components separated by '/', joined by '.', '_', '__' or '-'\(hint)",
                     at: node)
    }

    static func isValid(_ name: String) -> Bool {
        (2...256).contains(name.count) && name.wholeMatch(of: #/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*/#) != nil
    }

    /// Lowercased, other characters turned to dashes, empty components and stray separators dropped.
    private static func repaired(_ name: String) -> String {
        let mapped = String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-/".contains($0)) ? $0 : "-" })
        let separators: Set<Character> = ["-", ".", "_"]
        return mapped.split(separator: "/")
            .map { String($0.drop(while: separators.contains).reversed().drop(while: separators.contains).reversed()) }
            .filter { !$0.isEmpty }.joined(separator: "/")
    }
}
