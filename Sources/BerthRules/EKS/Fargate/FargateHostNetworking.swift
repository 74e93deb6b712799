import BerthLint
import BerthSpecs
import BerthYAML

/// A Fargate pod has its own network interface and no host to share.
struct FargateHostNetworking: Rule {
    static let kinds = ResourceKind.workloads

    static let description = RuleDescription(
        id: "EKS303", name: "fargate-host-networking",
        summary: "Host networking (hostNetwork or hostPort) in a pod that a Fargate profile selects",
        rationale: """
        Each Fargate pod gets its own elastic network interface in a private subnet; there is no node network to \
        join, so EKS does not schedule pods with hostNetwork: true or containers with hostPort onto Fargate. Expose \
        the pod through a Service (load balancers reach Fargate pods with IP targets).
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/fargate.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - {name: web, selectors: [{namespace: storefront}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: storefront, namespace: storefront}
            spec:
              selector: {matchLabels: {app: storefront}}
              template:
                metadata: {labels: {app: storefront}}
                spec:
                  hostNetwork: ↓true
                  containers:
                    - name: web
                      image: "nginx:1.27"
                      ports: [{containerPort: 80, hostPort: ↓80}]
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - {name: web, selectors: [{namespace: storefront}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: storefront, namespace: storefront}
            spec:
              selector: {matchLabels: {app: storefront}}
              template:
                metadata: {labels: {app: storefront}}
                spec:
                  containers:
                    - {name: web, image: "nginx:1.27", ports: [{containerPort: 80}]}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let (pod, fargate) = FargateScheduling.match(resource, in: project) else { return }
        if let host = pod.spec?["hostNetwork"], host.bool == true {
            findings.add("\(resource.label) uses hostNetwork, which Fargate pods cannot: each has its own network interface; expose it through a Service",
                         at: host, notes: [fargate])
        }
        for container in pod.containers {
            for port in container["ports"]?.elements ?? .empty {
                guard let hostPort = port["hostPort"], !hostPort.isNull else { continue }
                findings.add("container '\(container["name"]?.text ?? "")' of \(resource.label) asks for hostPort \(hostPort.text ?? ""), which Fargate pods cannot have; expose it through a Service",
                             at: hostPort, notes: [fargate])
            }
        }
    }
}
