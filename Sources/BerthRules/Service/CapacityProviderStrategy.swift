import BerthLint
import BerthSpecs
import BerthYAML

/// A capacity provider strategy that ECS cannot place tasks with: CreateService, RunTask and CreateCluster
/// reject it.
struct CapacityProviderStrategy: Rule {
    static let kinds: Set<ResourceKind> = [.service, .cluster]

    static let description = RuleDescription(
        id: "ECS206", name: "capacity-provider-strategy",
        summary: "A capacity provider strategy that ECS rejects",
        rationale: """
        A strategy (a service's capacityProviderStrategy, or a cluster's defaultCapacityProviderStrategy) holds at most \
        20 capacity providers. weight defaults to 0, and when several providers are listed at least one needs a weight \
        above 0; a single provider with weight 0 is valid. Only one provider may have a base (describe output writes \
        base 0 on every item, so only bases above 0 count). Fargate providers (FARGATE, FARGATE_SPOT) and Auto Scaling \
        group providers cannot be mixed in one strategy. Every provider must be associated with the cluster \
        (its capacityProviders); when the cluster lists none here it may be associated elsewhere, so that is a warning. \
        Fargate Spot runs Linux tasks only: a service whose task definition is Windows cannot use FARGATE_SPOT.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: iis
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "1024"
            memory: "2048"
            runtimePlatform: {operatingSystemFamily: WINDOWS_SERVER_2022_CORE, cpuArchitecture: X86_64}
            taskRoleArn: arn:aws:iam::123456789012:role/iis
            containerDefinitions: [{name: iis, image: "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}]
            ---
            kind: Service
            serviceName: iis
            taskDefinition: iis
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            capacityProviderStrategy:
              - {capacityProvider: FARGATE, weight: 1, base: 1}
              - {capacityProvider: ↓FARGATE_SPOT, weight: 1}
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            desiredCount: 4
            ↓capacityProviderStrategy:
              - {capacityProvider: FARGATE, weight: 0, base: 2}
              - {capacityProvider: FARGATE_SPOT}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            desiredCount: 4
            capacityProviderStrategy:
              - {capacityProvider: FARGATE, weight: 1, base: 2}
              - {capacityProvider: FARGATE_SPOT, weight: 3, base: ↓1}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider: {autoScalingGroupArn: prod-workers-asg}
            ---
            kind: Cluster
            clusterName: prod
            capacityProviders: [FARGATE, workers]
            defaultCapacityProviderStrategy:
              - {capacityProvider: FARGATE, weight: 1}
              - {capacityProvider: ↓workers, weight: 1}
            """,
            """
            kind: Cluster
            clusterName: prod
            capacityProviders: [FARGATE]
            ---
            kind: Service
            cluster: prod
            serviceName: batch
            taskDefinition: batch
            desiredCount: 2
            capacityProviderStrategy: [{capacityProvider: ↓FARGATE_SPOT, weight: 1}]
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Cluster
            clusterName: staging
            defaultCapacityProviderStrategy: [{capacityProvider: ↓FARGATE, weight: 1}]
            """,
            """
            kind: Service
            serviceName: fleet
            taskDefinition: fleet
            desiredCount: 20
            capacityProviderStrategy:
              - {capacityProvider: cp-01, weight: 1}
              - {capacityProvider: cp-02, weight: 1}
              - {capacityProvider: cp-03, weight: 1}
              - {capacityProvider: cp-04, weight: 1}
              - {capacityProvider: cp-05, weight: 1}
              - {capacityProvider: cp-06, weight: 1}
              - {capacityProvider: cp-07, weight: 1}
              - {capacityProvider: cp-08, weight: 1}
              - {capacityProvider: cp-09, weight: 1}
              - {capacityProvider: cp-10, weight: 1}
              - {capacityProvider: cp-11, weight: 1}
              - {capacityProvider: cp-12, weight: 1}
              - {capacityProvider: cp-13, weight: 1}
              - {capacityProvider: cp-14, weight: 1}
              - {capacityProvider: cp-15, weight: 1}
              - {capacityProvider: cp-16, weight: 1}
              - {capacityProvider: cp-17, weight: 1}
              - {capacityProvider: cp-18, weight: 1}
              - {capacityProvider: cp-19, weight: 1}
              - {capacityProvider: cp-20, weight: 1}
              - ↓{capacityProvider: cp-21, weight: 1}
            """,
        ],
        nonTriggering: [
            """
            kind: Cluster
            clusterName: prod
            capacityProviders: [FARGATE]
            ---
            kind: CapacityProvider
            name: managed
            cluster: prod
            managedInstancesProvider:
              infrastructureRoleArn: arn:aws:iam::123456789012:role/ecsInfrastructureRole
              instanceLaunchTemplate:
                ec2InstanceProfileArn: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole
                networkConfiguration: {subnets: [subnet-0a1b2c3d]}
            ---
            kind: Service
            cluster: prod
            serviceName: api
            taskDefinition: api
            desiredCount: 2
            capacityProviderStrategy: [{capacityProvider: managed, weight: 1}]
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            desiredCount: 2
            capacityProviderStrategy: [{capacityProvider: FARGATE}]
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Cluster
            clusterName: prod
            capacityProviders: [FARGATE, FARGATE_SPOT]
            defaultCapacityProviderStrategy:
              - {capacityProvider: FARGATE, weight: 1, base: 2}
              - {capacityProvider: FARGATE_SPOT, weight: 3, base: 0}
            ---
            kind: Service
            cluster: arn:aws:ecs:us-east-1:123456789012:cluster/prod
            serviceName: web
            taskDefinition: web
            desiredCount: 4
            capacityProviderStrategy:
              - {capacityProvider: FARGATE, weight: 0, base: 0}
              - {capacityProvider: FARGATE_SPOT, weight: "${SPOT_WEIGHT}", base: 0}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Service
            cluster: shared
            serviceName: worker
            taskDefinition: worker
            desiredCount: 2
            capacityProviderStrategy: [{capacityProvider: workers-spot, weight: 3}, {capacityProvider: workers-on-demand, base: 1}]
            """,
        ])

    private enum Capacity: String {
        case fargate = "a Fargate"
        case autoScalingGroup = "an Auto Scaling group"
    }

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let field = resource.kind == .cluster ? "defaultCapacityProviderStrategy" : "capacityProviderStrategy"
        guard let strategy = resource.body.pair(field) else { return }
        let items = strategy.value.elements
        guard !items.isEmpty else { return }
        let owner = "the \(resource.kind == .cluster ? "default " : "")capacity provider strategy of \(resource.label)"
        if items.count > 20 {
            findings.add("\(owner) lists \(items.count) capacity providers; a strategy holds at most 20", at: items[20])
        }
        // weight defaults to 0; a placeholder or a mistyped weight (reported by the shape validator) may be positive.
        if items.count > 1, items.allSatisfy({ item in item.isMapping && (item["weight"].map { $0.isNull || $0.int == 0 } ?? true) }) {
            findings.add("every capacity provider in \(owner) has weight 0 (the default); with several providers at least one needs a weight above 0",
                         at: strategy.key)
        }
        let bases = items.compactMap { item in item["base"].flatMap { ($0.int ?? 0) > 0 ? $0 : nil } }
        for base in bases.dropFirst() {
            findings.add("only one capacity provider in \(owner) may have a base; remove this one or set it to 0",
                         at: base, notes: [Note("the first base", at: bases[0], in: resource)])
        }
        checkMixedCapacity(items, owner: owner, in: project, resource: resource, findings: &findings)
        checkAssociation(items, owner: owner, in: project, resource: resource, findings: &findings)
        checkWindowsSpot(items, in: project, resource: resource, findings: &findings)
    }

    /// Fargate Spot runs Linux tasks only.
    private func checkWindowsSpot(_ items: YAMLElements, in project: Project, resource: Resource, findings: inout Findings) {
        guard resource.kind == .service, let taskDefinition = project.taskDefinition(of: resource),
              TaskDefinitionView(taskDefinition).isWindows else { return }
        for item in items {
            guard let node = item["capacityProvider"], node.knownString == "FARGATE_SPOT" else { continue }
            findings.add("\(resource.label) runs Windows containers (\(taskDefinition.label)), which Fargate Spot does not support; use FARGATE",
                         at: node, notes: [Note("Windows operating system family", at: taskDefinition.body["runtimePlatform", "operatingSystemFamily"] ?? taskDefinition.anchor, in: taskDefinition)])
        }
    }

    /// Fargate and Auto Scaling group providers cannot share a strategy.
    private func checkMixedCapacity(_ items: YAMLElements, owner: String, in project: Project, resource: Resource, findings: inout Findings) {
        var first: (node: YAMLNode, capacity: Capacity)?
        for item in items {
            guard let node = item["capacityProvider"], let name = node.knownString else { continue }
            let capacity: Capacity
            if name == "FARGATE" || name == "FARGATE_SPOT" {
                capacity = .fargate
            } else if project.capacityProvider(name, near: resource)?.body["autoScalingGroupProvider"] != nil {
                capacity = .autoScalingGroup
            } else {
                continue
            }
            guard let earlier = first else {
                first = (node, capacity)
                continue
            }
            if earlier.capacity != capacity {
                findings.add("\(owner) mixes \(capacity.rawValue) capacity provider ('\(name)') with \(earlier.capacity.rawValue) one ('\(earlier.node.text ?? "")'); a strategy may use one kind only",
                             at: node, notes: [Note("\(earlier.capacity.rawValue) capacity provider", at: earlier.node, in: resource)])
                return
            }
        }
    }

    /// Providers must be associated with the cluster the strategy runs in.
    private func checkAssociation(_ items: YAMLElements, owner: String, in project: Project, resource: Resource, findings: inout Findings) {
        guard let cluster = resource.kind == .cluster ? resource : project.cluster(of: resource) else { return }
        let listed = cluster.body.pair("capacityProviders")
        if let listed, listed.value.isOpaque || listed.value.elements.contains(where: \.isOpaque) { return }
        let associated = listed?.value.elements.compactMap(\.knownString) ?? []
        for item in items {
            guard let node = item["capacityProvider"], let name = node.knownString, !associated.contains(name),
                  !createdInCluster(name, cluster, in: project, near: resource) else { continue }
            if associated.isEmpty {
                let notes = resource.kind == .cluster ? [] : [Note("\(cluster.label) lists no capacityProviders", at: cluster.anchor, in: cluster)]
                findings.add("\(cluster.label) lists no capacityProviders, so capacity provider '\(name)' in \(owner) must be associated with it elsewhere (PutClusterCapacityProviders)",
                             at: node, severity: .warning, notes: notes)
            } else {
                let hint = Suggestion.closest(to: name, in: associated).map { "; did you mean '\($0)'?" }
                    ?? "; add it to the cluster's capacityProviders"
                findings.add("capacity provider '\(name)' in \(owner) is not associated with \(cluster.label), which lists \(associated.joined(separator: ", "))\(hint)",
                             at: node, notes: [Note("capacity providers of \(cluster.label)", at: listed?.key ?? cluster.anchor, in: cluster)])
            }
        }
    }

    /// An ECS Managed Instances provider created with `cluster` is available in that cluster without being
    /// listed (CreateCapacityProvider's cluster parameter).
    private func createdInCluster(_ name: String, _ cluster: Resource, in project: Project, near resource: Resource) -> Bool {
        guard let provider = project.capacityProvider(name, near: resource),
              let reference = provider.body["cluster"]?.knownString else { return false }
        return Reference.clusterName(reference) == cluster.name
    }
}
