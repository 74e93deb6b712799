import BerthLint
import BerthSpecs
import BerthYAML

/// App Runner pulls from a private ECR repository with a role the service is given.
struct AppRunnerECRAccessRole: Rule {
    static let kinds: Set<ResourceKind> = [.appRunnerService]

    static let description = RuleDescription(
        id: "APR102", name: "app-runner-ecr-access-role",
        summary: "An App Runner service on a private ECR image without an access role",
        rationale: """
        For an image in Amazon ECR (ImageRepositoryType ECR), SourceConfiguration.AuthenticationConfiguration \
        .AccessRoleArn is required: it is the role App Runner assumes to pull the image (ECR Public images need \
        none). Without it CreateService fails.
        """,
        helpURI: "https://docs.aws.amazon.com/apprunner/latest/api/API_AuthenticationConfiguration.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository:
                ImageIdentifier: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2
                ImageRepositoryType: ↓ECR
            """,
        ],
        nonTriggering: [
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository:
                ImageIdentifier: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2
                ImageRepositoryType: ECR
              AuthenticationConfiguration: {AccessRoleArn: "arn:aws:iam::123456789012:role/apprunner-ecr-access"}
            """,
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let source = resource.body["SourceConfiguration"]
        guard let type = source?["ImageRepository", "ImageRepositoryType"], type.knownString == "ECR",
              source?["AuthenticationConfiguration", "AccessRoleArn"] == nil else { return }
        findings.add("an image in private ECR needs SourceConfiguration.AuthenticationConfiguration.AccessRoleArn, the role App Runner pulls it with",
                     at: type)
    }
}
