import BerthLint
import BerthSpecs
import BerthYAML

/// A health check path means nothing to a TCP health check.
struct AppRunnerHealthCheckPath: Rule {
    static let kinds: Set<ResourceKind> = [.appRunnerService]

    static let description = RuleDescription(
        id: "APR104", name: "app-runner-health-check-path",
        summary: "An App Runner health check Path with the TCP protocol, which ignores it",
        rationale: """
        HealthCheckConfiguration.Protocol defaults to TCP, which only opens a connection to the port; Path is used \
        only when Protocol is HTTP. A Path without HTTP suggests an HTTP check was meant, and the service is \
        considered healthy as soon as the port accepts connections. (Interval, Timeout and the thresholds must be \
        1 to 20; the shape check reports values outside.)
        """,
        helpURI: "https://docs.aws.amazon.com/apprunner/latest/api/API_HealthCheckConfiguration.html",
        severity: .warning, category: .reliability,
        triggering: [
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
            HealthCheckConfiguration: {↓Path: /healthz, Interval: 10}
            """,
        ],
        nonTriggering: [
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
            HealthCheckConfiguration: {Protocol: HTTP, Path: /healthz, Interval: 10}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let check = resource.body["HealthCheckConfiguration"], let path = check.pair("Path") else { return }
        let protocolNode = check["Protocol"]
        guard protocolNode?.isOpaque != true, (protocolNode?.knownString ?? "TCP") == "TCP" else { return }
        let reason = protocolNode == nil ? "Protocol defaults to TCP" : "Protocol is TCP"
        findings.add("Path is ignored: \(reason), which only checks that the port accepts connections; set Protocol: HTTP to check the path",
                     at: path.key)
    }
}
