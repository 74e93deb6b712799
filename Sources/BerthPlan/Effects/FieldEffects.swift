import BerthSpecs

/// What changing a field does to a running resource.
public enum FieldEffect: String, Sendable, Comparable {
    /// Changed by an update call; nothing restarts.
    case inPlace = "in-place"
    /// RegisterTaskDefinition: a new revision.
    case newRevision = "new-revision"
    /// UpdateService starts a new deployment (tasks are replaced).
    case deployment
    /// The field is fixed at creation: the resource is deleted and created again.
    case replace

    public static func < (lhs: FieldEffect, rhs: FieldEffect) -> Bool {
        order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }

    private static let order: [FieldEffect] = [.inPlace, .newRevision, .deployment, .replace]
}

/// For each kind, which fields replace the resource, which start a deployment, and what every other field
/// does, with the calls that make the change (reference/plan-semantics.md §4.1, §4.2, §4.4).
struct FieldEffects: Sendable {
    let kind: ResourceKind
    let replace: [FieldPattern]
    let deployment: [FieldPattern]
    let inPlace: [FieldPattern]
    /// The effect of the fields not listed.
    let otherwise: FieldEffect
    /// The API calls that change the resource in place.
    let updateCalls: String

    init(_ kind: ResourceKind, replace: [String] = [], deployment: [String] = [], inPlace: [String] = [],
         otherwise: FieldEffect = .inPlace, updateCalls: String) {
        self.kind = kind
        self.replace = replace.map(FieldPattern.init)
        self.deployment = deployment.map(FieldPattern.init)
        self.inPlace = inPlace.map(FieldPattern.init)
        self.otherwise = otherwise
        self.updateCalls = updateCalls
    }

    func effect(of path: FieldPath) -> FieldEffect {
        if inPlace.contains(where: { $0.matches(path) }) { return .inPlace }
        if replace.contains(where: { $0.matches(path) }) { return .replace }
        if deployment.contains(where: { $0.matches(path) }) { return .deployment }
        return otherwise
    }

    static func of(_ kind: ResourceKind) -> FieldEffects {
        table.first { $0.kind == kind } ?? FieldEffects(kind, updateCalls: kind.apiCall)
    }

    static let table: [FieldEffects] = [
        // There is no UpdateTaskDefinition: any change but tags registers a revision.
        FieldEffects(.taskDefinition, inPlace: ["tags"], otherwise: .newRevision, updateCalls: "TagResource / UntagResource"),
        FieldEffects(.service,
                     replace: ["serviceName", "cluster", "launchType", "schedulingStrategy", "role"],
                     deployment: ["taskDefinition", "networkConfiguration", "platformVersion", "loadBalancers", "serviceRegistries",
                                  "serviceConnectConfiguration", "volumeConfigurations", "vpcLatticeConfigurations"],
                     updateCalls: "UpdateService"),
        FieldEffects(.cluster, updateCalls: "UpdateCluster / PutClusterCapacityProviders / TagResource"),
        FieldEffects(.capacityProvider, replace: ["autoScalingGroupProvider.autoScalingGroupArn"], updateCalls: "UpdateCapacityProvider"),
        FieldEffects(.scalableTarget, updateCalls: "RegisterScalableTarget (an upsert)"),
        FieldEffects(.scalingPolicy, updateCalls: "PutScalingPolicy (an upsert)"),
        FieldEffects(.scheduledAction, updateCalls: "PutScheduledAction (an upsert)"),
        FieldEffects(.loadBalancer, replace: ["Type", "Scheme", "CustomerOwnedIpv4Pool"],
                     updateCalls: "SetSubnets / SetSecurityGroups / SetIpAddressType / AddTags"),
        FieldEffects(.targetGroup, replace: ["Protocol", "Port", "VpcId", "TargetType", "ProtocolVersion", "IpAddressType"],
                     updateCalls: "ModifyTargetGroup / AddTags"),
        FieldEffects(.listener, updateCalls: "ModifyListener"),
        FieldEffects(.classicLoadBalancer, replace: ["Scheme"],
                     updateCalls: "CreateLoadBalancerListeners / AttachLoadBalancerToSubnets / ApplySecurityGroupsToLoadBalancer"),
        FieldEffects(.eventRule, updateCalls: "PutRule / PutTargets (upserts)"),
        FieldEffects(.schedule, updateCalls: "UpdateSchedule"),
        FieldEffects(.autoScalingGroup, updateCalls: "UpdateAutoScalingGroup / CreateOrUpdateTags"),
        FieldEffects(.repository, replace: ["encryptionConfiguration"],
                     updateCalls: "PutImageTagMutability / PutImageScanningConfiguration / PutLifecyclePolicy"),
    ]
}
