import BerthSpecs
import Testing

@Suite("image references")
struct ImageReferenceTests {
    @Test("private ECR registries", arguments: [
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
        "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/web",
        "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1",
        "123456789012.dkr-ecr.eu-west-1.on.aws/web:2",
    ])
    func privateECR(image: String) {
        #expect(ImageReference(image).isPrivateECR)
    }

    @Test("other registries and bare names", arguments: [
        "nginx", "nginx:1.27", "library/nginx", "public.ecr.aws/nginx/nginx:1.27", "ghcr.io/acme/web:1",
        "12345678901.dkr.ecr.us-east-1.amazonaws.com/web", "123456789012.dkr.ecr.us-east-1.example.com/web",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com",
    ])
    func notPrivateECR(image: String) {
        #expect(!ImageReference(image).isPrivateECR)
    }
}

@Suite("image reference parts")
struct ImageReferencePartsTests {
    /// aws-facts.md §11, verbatim.
    static let documented = #"^(?P<account>\d{12})\.(?:dkr\.ecr(?:-fips)?\.(?P<region>[a-z]{2,4}(?:-[a-z]+)+-\d{1,2})\.amazonaws\.com(?:\.cn)?|dkr-ecr\.(?P<region6>[a-z]{2,4}(?:-[a-z]+)+-\d{1,2})\.on\.aws)/(?P<repo>[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*)(?::(?P<tag>[A-Za-z0-9_][A-Za-z0-9._-]{0,299}))?(?:@(?P<digest>sha256:[a-f0-9]{64}))?$"#
    static let digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

    @Test("registry, repository, tag and digest as Docker reads them", arguments: [
        ("nginx", nil, "nginx", nil, nil),
        ("nginx:1.27", nil, "nginx", "1.27", nil),
        ("library/nginx:latest", nil, "library/nginx", "latest", nil),
        ("registry:5000/app", "registry:5000", "app", nil, nil),
        ("registry:5000/team/app:2.1", "registry:5000", "team/app", "2.1", nil),
        ("localhost/app", "localhost", "app", nil, nil),
        ("ghcr.io/acme/web:1@\(digest)", "ghcr.io", "acme/web", "1", digest),
        ("busybox@\(digest)", nil, "busybox", nil, digest),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "web", "1.4.2", nil),
    ] as [(String, String?, String, String?, String?)])
    func parts(image: String, registry: String?, repository: String, tag: String?, digest: String?) {
        let reference = ImageReference(image)
        #expect(reference.registry == registry)
        #expect(reference.repository == repository)
        #expect(reference.tag == tag)
        #expect(reference.digest == digest)
    }

    @Test("ECR-shaped hosts, well formed or not", arguments: [
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/web", "123456789012", "us-east-1"),
        ("12345.dkr.ecr-fips.us-gov-west-1.amazonaws.com/web", "12345", "us-gov-west-1"),
        ("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web", "123456789012", "cn-north-1"),
        ("acct.dkr-ecr.eu-west-1.on.aws/web", "acct", "eu-west-1"),
        ("123456789012.dkr.ecr.useast1.amazonaws.com/web", "123456789012", "useast1"),
    ])
    func ecrHost(image: String, account: String, region: String) {
        let host = ImageReference(image).ecrHost
        #expect(host?.account == account)
        #expect(host?.region == region)
    }

    @Test("registries that are not ECR-shaped", arguments: [
        "nginx", "public.ecr.aws/nginx/nginx:1.27", "123456789012.dkr.ecr.us-east-1.example.com/web",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com:443/web", "123456789012.dkr-ecr.eu-west-1.amazonaws.com/web",
    ])
    func notECRHost(image: String) {
        #expect(ImageReference(image).ecrHost == nil)
        #expect(ImageReference(image).ecrProblem == nil)
    }

    @Test("the part of an ECR image that breaks the grammar", arguments: [
        ("12345678901.dkr.ecr.us-east-1.amazonaws.com/web", ImageReference.ECRProblem.account("12345678901")),
        ("123456789012.dkr.ecr.useast1.amazonaws.com/web", .region("useast1")),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/Web", .repository("Web")),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/team//web", .repository("team//web")),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:-rc", .tag("-rc")),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:", .tag("")),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:abc", .digest("sha256:abc")),
    ])
    func ecrProblem(image: String, problem: ImageReference.ECRProblem) {
        #expect(ImageReference(image).ecrProblem == problem)
    }

    /// The exact regex of aws-facts.md §11: an ECR-shaped image has no problem exactly when it matches.
    @Test("ECR grammar agrees with the documented regex", arguments: [
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.2.3",
        "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/team/app@\(digest)",
        "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app",
        "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/app:v1",
        "123456789012.dkr-ecr.eu-west-1.on.aws/app:v1@\(digest)",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/my--app/a__b.c_d:_x",
        "12345678901.dkr.ecr.us-east-1.amazonaws.com/app",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/App",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:0123",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app___b",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app/",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:" + String(repeating: "t", count: 301),
        "123456789012.dkr.ecr.us-east-1a.amazonaws.com/app",
        "123456789012.dkr.ecr.u-east-1.amazonaws.com/app",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1@sha256:" + String(repeating: "A", count: 64),
    ])
    func documentedRegex(image: String) throws {
        let documented = try Regex(Self.documented)
        let reference = ImageReference(image)
        #expect(reference.ecrHost != nil)
        #expect((reference.ecrProblem == nil) == (image.wholeMatch(of: documented) != nil))
    }

    /// Every short string over the characters that matter, as repository, Region and tag: the hand-written
    /// grammar and the documented regex agree on each.
    @Test("ECR grammar agrees with the documented regex on every short string")
    func exhaustive() throws {
        let documented = try Regex(Self.documented)
        func strings(_ alphabet: [String], upTo length: Int) -> [String] {
            (1...length).reduce(into: [[""]]) { levels, _ in levels.append(levels.last!.flatMap { prefix in alphabet.map { prefix + $0 } }) }
                .flatMap { $0 }
        }
        let host = "123456789012.dkr.ecr.us-east-1.amazonaws.com/"
        let images = strings(["a", "1", ".", "_", "-", "/", "A"], upTo: 5).map { host + $0 }
            + strings(["a", "-", "1"], upTo: 7).map { "123456789012.dkr.ecr.\($0).amazonaws.com/app" }
            + strings(["a", "Z", "0", ".", "_", "-", "@", ":"], upTo: 4).map { host + "app:" + $0 }
        for image in images {
            let reference = ImageReference(image)
            let agrees = reference.ecrHost != nil && (reference.ecrProblem == nil) == (image.wholeMatch(of: documented) != nil)
            #expect(agrees, "\(image)")
            if !agrees { return }
        }
    }
}
