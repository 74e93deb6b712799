import BerthLint
import BerthSpecs
import BerthYAML

/// targetCapacity is a utilisation percentage; the model's bounds alone do not say what it means.
struct ManagedScalingTargetCapacity: Rule {
    static let kinds: Set<ResourceKind> = [.capacityProvider]

    static let description = RuleDescription(
        id: "ECS303", name: "managed-scaling-target-capacity",
        summary: "A managed scaling target capacity outside 1–100 percent",
        rationale: """
        managedScaling.targetCapacity is the utilisation ECS keeps the Auto Scaling group at: 100 fills instances \
        completely, 90 keeps 10 % spare. The value must be greater than 0 and at most 100, and the API rejects anything \
        else. Spare capacity above 100 % is not a thing: scale the group's maximum instead.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedScaling.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider:
              autoScalingGroupArn: workers-asg
              managedScaling: {status: ENABLED, targetCapacity: ↓120}
            """,
            """
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider:
              autoScalingGroupArn: workers-asg
              managedScaling: {status: ENABLED, targetCapacity: ↓0}
            """,
        ],
        nonTriggering: [
            """
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider:
              autoScalingGroupArn: workers-asg
              managedScaling: {status: ENABLED, targetCapacity: 100}
            """,
            """
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider:
              autoScalingGroupArn: workers-asg
              managedScaling: {status: ENABLED, targetCapacity: 1}
            """,
        ],
        supersedes: ["SPEC006"])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let node = resource.body["autoScalingGroupProvider", "managedScaling", "targetCapacity"],
              let value = node.int, !(1...100).contains(value) else { return }
        findings.add("the managed scaling targetCapacity \(value) of \(resource.label) is not a utilisation percentage between 1 and 100; 100 fills instances, 90 keeps 10 % spare",
                     at: node)
    }
}
