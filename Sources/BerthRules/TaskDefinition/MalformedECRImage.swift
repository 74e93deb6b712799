import BerthLint
import BerthSpecs
import BerthYAML

/// An image on an ECR host that breaks the ECR URI grammar can never be pulled.
struct MalformedECRImage: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    /// ECS's limit on the image field, counted before any `@digest`.
    static let maximumLength = 255

    static let description = RuleDescription(
        id: "ECS125", name: "malformed-ecr-image",
        summary: "An Amazon ECR image URI that breaks the ECR grammar, or an image longer than ECS allows",
        rationale: """
        A private ECR image is <12-digit account>.dkr.ecr.<region>.amazonaws.com (also dkr.ecr-fips, .amazonaws.com.cn \
        and the dual-stack <account>.dkr-ecr.<region>.on.aws), then a repository of lowercase letters and digits \
        separated by '.', '_', '__', '-' or '/', then an optional tag ([A-Za-z0-9_][A-Za-z0-9._-]*) and an optional \
        digest (sha256: and 64 lowercase hex digits). An image on an ECR host that breaks this grammar never resolves: \
        the task stops with CannotPullContainerError. Independently of the registry, ECS accepts at most 255 \
        characters in image (before '@' for a digest).
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-requests.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: ↓12345678901.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2, memory: 256}
              - {name: api, image: ↓123456789012.dkr.ecr.us-east-1.amazonaws.com/Team/API:2.0, memory: 256}
              - {name: jobs, image: ↓123456789012.dkr.ecr.useast1.amazonaws.com/jobs:1.0, memory: 256}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: ↓"123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:0123abcd", memory: 256}
              - {name: api, image: ↓"123456789012.dkr-ecr.eu-west-1.on.aws/api:.hidden", memory: 256}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: ↓registry.example.com/\(String(repeating: "team/", count: 50))web:1.0, memory: 256}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/team/web__v2:1.4.2", memory: 256}
              - {name: cn, image: "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", memory: 256}
              - {name: fips, image: "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/web:2.0", memory: 256}
              - {name: dualstack, image: "123456789012.dkr-ecr.eu-west-1.on.aws/web:2.0", memory: 256}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: "${ACCOUNT_ID}.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2", memory: 256}
              - {name: mirror, image: "registry.example.com/Team/Web:1.0", memory: 256}
              - {name: public, image: "public.ecr.aws/nginx/nginx:1.27", memory: 256}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for container in TaskDefinitionView(resource).containers {
            guard let node = container["image"], let text = node.knownString else { continue }
            // The limit counts characters before the digest; UTF-8 bytes are never fewer, so most images skip the count.
            let length = text.utf8.count > Self.maximumLength ? text.unicodeScalars.prefix { $0 != "@" }.count : 0
            if length > Self.maximumLength {
                findings.add("image in \(resource.label) is \(length) characters long; ECS allows at most \(Self.maximumLength) (before any '@digest')", at: node)
            } else if let problem = ImageReference(text).ecrProblem {
                findings.add("image '\(text)' in \(resource.label) is not a valid Amazon ECR image URI: \(Self.explain(problem))", at: node)
            }
        }
    }

    private static func explain(_ problem: ImageReference.ECRProblem) -> String {
        switch problem {
        case .account(let account):
            "the registry account '\(account)' must be a 12-digit AWS account ID"
        case .region(let region):
            "'\(region)' is not a Region name such as 'us-east-1'"
        case .repository(let repository):
            "the repository '\(repository)' must be lowercase letters and digits separated by '.', '_', '__', '-' or '/'"
        case .tag(let tag):
            "the tag '\(tag)' must start with a letter, digit or '_' and contain only letters, digits, '.', '_' and '-' (at most 300)"
        case .digest(let digest):
            "the digest '\(digest)' must be 'sha256:' followed by 64 lowercase hex digits"
        }
    }
}
