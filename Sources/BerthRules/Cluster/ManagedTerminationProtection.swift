import BerthLint
import BerthSpecs
import BerthYAML

/// Managed termination protection only works with managed scaling, and only on an Auto Scaling group
/// that protects its instances from scale-in.
struct ManagedTerminationProtection: Rule {
    static let kinds: Set<ResourceKind> = [.capacityProvider]

    static let description = RuleDescription(
        id: "ECS302", name: "managed-termination-protection",
        summary: "Managed termination protection without managed scaling or without scale-in protection on the Auto Scaling group",
        rationale: """
        With managed termination protection, ECS keeps instances that run tasks from being terminated on scale-in. The \
        API reference states two conditions: managed scaling must also be used, "otherwise managed termination protection \
        doesn't work" (a warning), and the Auto Scaling group and each of its instances must have instance protection \
        from scale-in, which the group sets with NewInstancesProtectedFromScaleIn; ECS rejects the capacity provider when \
        the group in the project does not (an error).
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AutoScalingGroupProvider.html",
        severity: .error, category: .reliability,
        triggering: [
            """
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider:
              autoScalingGroupArn: workers-asg
              managedScaling: {status: ENABLED}
              managedTerminationProtection: ↓ENABLED
            ---
            kind: AutoScalingGroup
            AutoScalingGroupName: workers-asg
            MinSize: 0
            MaxSize: 10
            """,
            """
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider:
              autoScalingGroupArn: arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:0b6e1f2c-1a2b-4c3d-9e8f-0123456789ab:autoScalingGroupName/workers-asg
              managedScaling: {status: DISABLED}
              managedTerminationProtection: ↓ENABLED
            """,
        ],
        nonTriggering: [
            """
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider:
              autoScalingGroupArn: workers-asg
              managedScaling: {status: ENABLED, targetCapacity: 90}
              managedTerminationProtection: ENABLED
            ---
            kind: AutoScalingGroup
            AutoScalingGroupName: workers-asg
            MinSize: 0
            MaxSize: 10
            NewInstancesProtectedFromScaleIn: true
            """,
            """
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider:
              autoScalingGroupArn: workers-asg
              managedTerminationProtection: DISABLED
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let provider = resource.body["autoScalingGroupProvider"],
              let protection = provider["managedTerminationProtection"], protection.knownString == "ENABLED" else { return }
        let scaling = provider["managedScaling", "status"]
        if scaling?.isOpaque != true, scaling?.knownString != "ENABLED" {
            let notes = scaling.map { [Note("managed scaling is \($0.text ?? "")", at: $0, in: resource)] } ?? []
            findings.add("\(resource.label) enables managed termination protection without managed scaling, so the protection does not work; set managedScaling status ENABLED",
                         at: protection, severity: .warning, notes: notes)
        }
        if let group = project.autoScalingGroup(of: resource) {
            let flag = group.body["NewInstancesProtectedFromScaleIn"]
            guard flag?.isOpaque != true, flag?.bool != true else { return }
            findings.add("\(resource.label) enables managed termination protection but \(group.label) does not protect new instances from scale-in; set NewInstancesProtectedFromScaleIn: true on the group",
                         at: protection, notes: [Note("\(group.label)", at: flag ?? group.anchor, in: group)])
        }
    }
}
