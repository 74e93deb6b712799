import BerthLint
import BerthSpecs
import BerthYAML

/// App Runner deploys images from Amazon ECR or ECR Public only, and must be told which.
struct AppRunnerImageSource: Rule {
    static let kinds: Set<ResourceKind> = [.appRunnerService]

    static let description = RuleDescription(
        id: "APR103", name: "app-runner-image-source",
        summary: "An App Runner image that is not in Amazon ECR or ECR Public, or whose repository type disagrees",
        rationale: """
        App Runner's image source is an Amazon ECR image (`<account>.dkr.ecr.<region>.amazonaws.com/<repository>`) \
        with ImageRepositoryType ECR, or an ECR Public image (`public.ecr.aws/<alias>/<repository>`) with \
        ECR_PUBLIC. Docker Hub, GHCR and other registries are not supported: copy the image to ECR, or use an ECR \
        pull-through cache. A type that contradicts the URI fails too.
        """,
        helpURI: "https://docs.aws.amazon.com/apprunner/latest/dg/service-source-image.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: ↓"nginx:1.27", ImageRepositoryType: ECR_PUBLIC}
            """,
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ↓ECR}
              AuthenticationConfiguration: {AccessRoleArn: "arn:aws:iam::123456789012:role/apprunner-ecr-access"}
            """,
        ],
        nonTriggering: [
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
            """,
        ],
        supersedes: ["SPEC007"])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let repository = resource.body["SourceConfiguration", "ImageRepository"],
              let imageNode = repository["ImageIdentifier"], let text = imageNode.knownString else { return }
        let image = ImageReference(text)
        let actual = image.ecrHost != nil ? "ECR" : image.registry == "public.ecr.aws" ? "ECR_PUBLIC" : nil
        guard let actual else {
            return findings.add("App Runner deploys images from Amazon ECR or ECR Public only, not '\(text)'; push the image to ECR (or use an ECR pull-through cache)",
                                at: imageNode)
        }
        if let type = repository["ImageRepositoryType"], let declared = type.knownString, declared != actual {
            findings.add("ImageRepositoryType is \(declared), but '\(text)' is an \(actual == "ECR" ? "Amazon ECR" : "ECR Public") image; use \(actual)",
                         at: type)
        }
    }
}
