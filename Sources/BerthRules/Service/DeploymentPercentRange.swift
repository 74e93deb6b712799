import BerthLint
import BerthSpecs
import BerthYAML

/// Deployment percents have ranges that depend on the scheduling strategy and the deployment controller.
struct DeploymentPercentRange: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS214", name: "deployment-percent-range",
        summary: "A deployment percent outside what the service's scheduler and deployment controller accept",
        rationale: """
        minimumHealthyPercent is a share of desiredCount from 0 to 100. REPLICA services use a maximumPercent of 100 or \
        more (default 200); a lower value caps the service below its desired count while it deploys (a warning). \
        DAEMON services reject a maximumPercent above 100 and should keep it at 100, the default. With the CODE_DEPLOY \
        or EXTERNAL deployment controller the percents are fixed to their defaults: a custom value is rejected for \
        tasks on EC2 (an error) and ignored on Fargate (an info); where the launch type is unknown, a warning.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 4
            deploymentConfiguration: {minimumHealthyPercent: ↓150, maximumPercent: ↓50}
            """,
            """
            kind: Service
            serviceName: node-exporter
            taskDefinition: node-exporter
            launchType: EC2
            schedulingStrategy: DAEMON
            deploymentConfiguration: {maximumPercent: ↓200}
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            deploymentController: {type: CODE_DEPLOY}
            deploymentConfiguration: {minimumHealthyPercent: ↓50, maximumPercent: 200}
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-blue/0123456789abcdef", containerName: web, containerPort: 8080}
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 4
            deploymentConfiguration: {minimumHealthyPercent: 0, maximumPercent: 400}
            ---
            kind: Service
            serviceName: node-exporter
            taskDefinition: node-exporter
            launchType: EC2
            schedulingStrategy: DAEMON
            deploymentConfiguration: {minimumHealthyPercent: 50, maximumPercent: 100}
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            deploymentController: {type: CODE_DEPLOY}
            deploymentConfiguration: {minimumHealthyPercent: 100, maximumPercent: 200}
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-blue/0123456789abcdef", containerName: web, containerPort: 8080}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ServiceView(resource)
        let minimum = view.minimumHealthyPercentNode.flatMap { node in node.int.map { (node, $0) } }
        let maximum = view.maximumPercentNode.flatMap { node in node.int.map { (node, $0) } }
        guard minimum != nil || maximum != nil, let scheduling = view.scheduling, let controller = view.controller else { return }
        if controller != .ecs {
            customPercents(view, controller: controller, minimum: minimum, maximum: maximum, in: project, findings: &findings)
            return
        }
        if case let (node, value)? = minimum, !(0...100).contains(value) {
            findings.add("minimumHealthyPercent \(value) of \(resource.label) is outside 0 to 100: it is the share of desiredCount kept healthy during a deployment; use a value from 0 to 100",
                         at: node)
        }
        guard case let (node, value)? = maximum else { return }
        switch scheduling {
        case .replica where value < 100:
            findings.add("maximumPercent \(value) of \(resource.label) is below 100, which caps the service below its desired count while it deploys; use 100 or more (default 200)",
                         at: node, severity: .warning)
        case .daemon where value > 100:
            findings.add("\(resource.label) uses the DAEMON scheduling strategy, which does not accept a maximumPercent above 100; set 100",
                         at: node)
        case .daemon where value < 100:
            findings.add("maximumPercent \(value) of DAEMON \(resource.label) should remain at 100, the default; set 100 or remove it",
                         at: node, severity: .warning)
        default:
            break
        }
    }

    /// CODE_DEPLOY and EXTERNAL deployments keep the default percents.
    private func customPercents(_ view: ServiceView, controller: ServiceView.Controller, minimum: (YAMLNode, Int)?, maximum: (YAMLNode, Int)?,
                                in project: Project, findings: inout Findings) {
        let resource = view.resource
        let launch = project.launch(of: resource)
        let custom = [("minimumHealthyPercent", minimum, view.defaultMinimumHealthyPercent), ("maximumPercent", maximum, view.defaultMaximumPercent)]
        for (field, setting, standard) in custom {
            guard case let (node, value)? = setting, value != standard else { continue }
            let prefix = "\(resource.label) uses the \(controller.rawValue) deployment controller"
            let notes = launch.map { [Note($0)] } ?? []
            switch launch?.kind {
            case .fargate?:
                findings.add("\(prefix) on Fargate, which ignores \(field) \(value); remove it", at: node, severity: .info, notes: notes)
            case .ec2?:
                findings.add("\(prefix) on EC2, which does not accept a custom \(field) (\(value)); remove it to keep the default \(standard)",
                             at: node, notes: notes)
            default:
                findings.add("\(prefix), whose \(field) is fixed at \(standard): EC2 rejects \(value) and Fargate ignores it; remove it",
                             at: node, severity: .warning, notes: notes)
            }
        }
    }
}
