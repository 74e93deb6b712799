import BerthLint
import BerthSpecs
import BerthYAML

/// App Runner no longer takes new customers; new services belong on ECS Express Mode.
struct AppRunnerAvailability: Rule {
    static let kinds: Set<ResourceKind> = [.appRunnerService]

    static let description = RuleDescription(
        id: "APR105", name: "app-runner-closed-to-new-customers",
        summary: "App Runner is closed to new customers since 2026-04-30",
        rationale: """
        Since 2026-04-30 AWS App Runner accepts no new customers. Accounts that already use it keep creating and \
        running services, but the service gets no new features, and AWS recommends Amazon ECS Express Mode \
        (AWS::ECS::ExpressGatewayService) for new applications: a container image, a role and a port give a \
        load-balanced Fargate service with autoscaling. Accounts that use App Runner can suppress this note with \
        `# berth:disable-file APR105 -- reason` or in .berth.yaml.
        """,
        helpURI: "https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html",
        severity: .info, category: .reliability,
        triggering: [
            """
            kind: AppRunnerService
            ServiceName: ↓web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
            """,
        ],
        nonTriggering: [
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        findings.add("App Runner has been closed to new customers since 2026-04-30 and gets no new features; existing accounts keep working, and AWS recommends Amazon ECS Express Mode for new services",
                     at: resource.anchor)
    }
}
