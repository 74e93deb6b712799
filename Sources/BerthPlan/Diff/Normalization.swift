import BerthSpecs

/// What AWS fills in, echoes or rewrites, applied to both sides before they are compared, so that applying a
/// spec and planning against what AWS returns for it shows no change. The tables are data: each line is one
/// fact from the API reference or from real describe output (reference/plan-semantics.md §4.1–4.2).
enum Normalization {
    /// A field AWS sets when the request leaves it out. Equal to its default, it is the same as absent.
    struct Default: Sendable {
        enum Value: Sendable {
            case value(PlanValue)
            /// The value of another field of the same object (`hostPort` defaults to `containerPort`).
            case sibling(String)
        }

        /// Whether the default applies to a resource, read from its top-level fields.
        enum Condition: Sendable {
            case always
            /// A top-level field is one of `values`; `absent` is the value AWS assumes when it is not set.
            case field(String, in: Set<String>, absent: String?)
        }

        let kind: ResourceKind
        let pattern: FieldPattern
        let value: Value
        let condition: Condition

        init(_ kind: ResourceKind, _ pattern: String, _ value: PlanValue, when condition: Condition = .always) {
            self.init(kind, pattern, .value(value), when: condition)
        }

        init(_ kind: ResourceKind, _ pattern: String, _ value: Value, when condition: Condition) {
            self.kind = kind
            self.pattern = FieldPattern(pattern)
            self.value = value
            self.condition = condition
        }
    }

    /// A field AWS stores in one form whatever form the request used.
    struct Canonical: Sendable {
        enum Form: Sendable {
            /// `"1 vCPU"` → `"1024"` (RegisterTaskDefinition converts at registration).
            case cpuUnits
            /// `"2 GB"` → `"2048"`.
            case memoryMiB
            /// A role name or role ARN → the role name (requests take either; describe returns the ARN).
            case roleName
            /// A name or ARN of an ECS resource → the name (`cluster/prod` → `prod`, `task-definition/web:3` → `web:3`).
            case ecsName
        }

        let kind: ResourceKind
        let pattern: FieldPattern
        let form: Form

        init(_ kind: ResourceKind, _ pattern: String, _ form: Form) {
            self.kind = kind
            self.pattern = FieldPattern(pattern)
            self.form = form
        }
    }

    private static let awsvpcOrHost = Default.Condition.field("networkMode", in: ["awsvpc", "host"], absent: nil)
    private static let bridge = Default.Condition.field("networkMode", in: ["bridge"], absent: "bridge")
    private static let replica = Default.Condition.field("schedulingStrategy", in: ["REPLICA"], absent: "REPLICA")
    private static let daemon = Default.Condition.field("schedulingStrategy", in: ["DAEMON"], absent: "REPLICA")

    static let defaults: [Default] = [
        // RegisterTaskDefinition (botocore ContainerDefinition, PortMapping, HealthCheck; real describe output).
        Default(.taskDefinition, "networkMode", .string("bridge")),
        Default(.taskDefinition, "containerDefinitions[].essential", .bool(true)),
        Default(.taskDefinition, "containerDefinitions[].cpu", .number("0")),
        Default(.taskDefinition, "containerDefinitions[].portMappings[].protocol", .string("tcp")),
        Default(.taskDefinition, "containerDefinitions[].portMappings[].hostPort", .sibling("containerPort"), when: awsvpcOrHost),
        Default(.taskDefinition, "containerDefinitions[].portMappings[].hostPort", .number("0"), when: bridge),
        Default(.taskDefinition, "containerDefinitions[].healthCheck.interval", .number("30")),
        Default(.taskDefinition, "containerDefinitions[].healthCheck.timeout", .number("5")),
        Default(.taskDefinition, "containerDefinitions[].healthCheck.retries", .number("3")),
        Default(.taskDefinition, "containerDefinitions[].versionConsistency", .string("enabled")),
        Default(.taskDefinition, "runtimePlatform.cpuArchitecture", .string("X86_64")),
        Default(.taskDefinition, "runtimePlatform.operatingSystemFamily", .string("LINUX")),
        Default(.taskDefinition, "enableFaultInjection", .bool(false)),
        // CreateService (botocore CreateServiceRequest, DeploymentConfiguration, AwsVpcConfiguration).
        Default(.service, "schedulingStrategy", .string("REPLICA")),
        // Without `role`, ECS uses its service-linked role and describe-services names it.
        Default(.service, "role", .string("AWSServiceRoleForECS")),
        Default(.service, "platformVersion", .string("LATEST")),
        Default(.service, "propagateTags", .string("NONE")),
        Default(.service, "enableECSManagedTags", .bool(false)),
        Default(.service, "enableExecuteCommand", .bool(false)),
        Default(.service, "healthCheckGracePeriodSeconds", .number("0")),
        Default(.service, "deploymentController.type", .string("ECS")),
        Default(.service, "deploymentConfiguration.maximumPercent", .number("200"), when: replica),
        Default(.service, "deploymentConfiguration.minimumHealthyPercent", .number("100"), when: replica),
        Default(.service, "deploymentConfiguration.maximumPercent", .number("100"), when: daemon),
        Default(.service, "deploymentConfiguration.minimumHealthyPercent", .number("0"), when: daemon),
        Default(.service, "deploymentConfiguration.deploymentCircuitBreaker.enable", .bool(false)),
        Default(.service, "deploymentConfiguration.deploymentCircuitBreaker.rollback", .bool(false)),
        Default(.service, "deploymentConfiguration.alarms.enable", .bool(false)),
        Default(.service, "deploymentConfiguration.alarms.rollback", .bool(false)),
        Default(.service, "deploymentConfiguration.strategy", .string("ROLLING")),
        Default(.service, "networkConfiguration.awsvpcConfiguration.assignPublicIp", .string("DISABLED")),
        Default(.service, "capacityProviderStrategy[].base", .number("0")),
        Default(.service, "capacityProviderStrategy[].weight", .number("0")),
        // CreateCluster; describe-clusters --include SETTINGS lists Container Insights even when off.
        Default(.cluster, "settings[]", .map(["name": .string("containerInsights"), "value": .string("disabled")])),
        Default(.cluster, "defaultCapacityProviderStrategy[].base", .number("0")),
        Default(.cluster, "defaultCapacityProviderStrategy[].weight", .number("0")),
        // RegisterScalableTarget and PutScalingPolicy (botocore SuspendedState, TargetTrackingScalingPolicyConfiguration).
        Default(.scalableTarget, "SuspendedState.DynamicScalingInSuspended", .bool(false)),
        Default(.scalableTarget, "SuspendedState.DynamicScalingOutSuspended", .bool(false)),
        Default(.scalableTarget, "SuspendedState.ScheduledScalingSuspended", .bool(false)),
        Default(.scalingPolicy, "TargetTrackingScalingPolicyConfiguration.DisableScaleIn", .bool(false)),
    ]

    static let canonical: [Canonical] = [
        Canonical(.taskDefinition, "cpu", .cpuUnits),
        Canonical(.taskDefinition, "memory", .memoryMiB),
        Canonical(.taskDefinition, "taskRoleArn", .roleName),
        Canonical(.taskDefinition, "executionRoleArn", .roleName),
        Canonical(.service, "cluster", .ecsName),
        Canonical(.service, "taskDefinition", .ecsName),
        Canonical(.service, "role", .roleName),
        Canonical(.service, "capacityProviderStrategy[].capacityProvider", .ecsName),
        Canonical(.cluster, "capacityProviders[]", .ecsName),
        Canonical(.cluster, "defaultCapacityProviderStrategy[].capacityProvider", .ecsName),
    ]

    /// The resource's fields as a deploy compares them.
    static func apply(to value: PlanValue, kind: ResourceKind) -> PlanValue {
        var value = value
        for rule in canonical where rule.kind == kind {
            value = transform(value, steps: rule.pattern.steps[...]) { canonicalForm($0, rule.form) }
        }
        let fields = value.members ?? [:]
        for rule in defaults where rule.kind == kind && applies(rule.condition, to: fields) {
            value = removing(rule, from: value, steps: rule.pattern.steps[...])
        }
        return pruned(value)
    }

    private static func applies(_ condition: Default.Condition, to fields: [String: PlanValue]) -> Bool {
        switch condition {
        case .always: return true
        case .field(let name, let values, let absent):
            guard let text = fields[name]?.text ?? absent else { return false }
            return values.contains(text)
        }
    }

    /// Applies `change` to every value the steps reach.
    private static func transform(_ value: PlanValue, steps: ArraySlice<FieldPattern.Step>,
                                  _ change: (PlanValue) -> PlanValue) -> PlanValue {
        guard let step = steps.first else { return change(value) }
        switch (step, value) {
        case (.key(let key), .map(var members)):
            guard let member = members[key] else { return value }
            members[key] = transform(member, steps: steps.dropFirst(), change)
            return .map(members)
        case (.anyEntry, .list(let elements)):
            return .list(elements.map { transform($0, steps: steps.dropFirst(), change) })
        default:
            return value
        }
    }

    /// Removes the field (or list entries) the rule names where it holds the default.
    private static func removing(_ rule: Default, from value: PlanValue, steps: ArraySlice<FieldPattern.Step>) -> PlanValue {
        let rest = steps.dropFirst()
        switch (steps.first, value) {
        case (.key(let key)?, .map(var members)):
            guard let member = members[key] else { return value }
            if rest.isEmpty {
                if isDefault(member, rule.value, siblings: members) { members[key] = nil }
            } else {
                members[key] = removing(rule, from: member, steps: rest)
            }
            return .map(members)
        case (.anyEntry?, .list(let elements)):
            if rest.isEmpty {
                return .list(elements.filter { !isDefault($0, rule.value, siblings: [:]) })
            }
            return .list(elements.map { removing(rule, from: $0, steps: rest) })
        default:
            return value
        }
    }

    private static func isDefault(_ value: PlanValue, _ expected: Default.Value, siblings: [String: PlanValue]) -> Bool {
        switch expected {
        case .value(let fixed): value.means(fixed)
        case .sibling(let name): siblings[name].map(value.means) ?? false
        }
    }

    /// Drops empty lists and maps and nulls from maps, deepest first: AWS echoes `[]` for every list nobody set.
    private static func pruned(_ value: PlanValue) -> PlanValue {
        switch value {
        case .map(let members):
            var kept: [String: PlanValue] = [:]
            for (key, member) in members {
                let inner = pruned(member)
                if !inner.isEmpty { kept[key] = inner }
            }
            return .map(kept)
        case .list(let elements):
            return .list(elements.map(pruned))
        default:
            return value
        }
    }

    private static func canonicalForm(_ value: PlanValue, _ form: Canonical.Form) -> PlanValue {
        guard let text = value.text, !value.isPlaceholder else { return value }
        switch form {
        case .cpuUnits: return TaskSize.cpuUnits(text).map { .string(String($0)) } ?? value
        case .memoryMiB: return TaskSize.memoryMiB(text).map { .string(String($0)) } ?? value
        case .roleName:
            guard text.hasPrefix("arn:"), let slash = text.lastIndex(of: "/") else { return value }
            return .string(String(text[text.index(after: slash)...]))
        case .ecsName:
            guard text.hasPrefix("arn:"), let colon = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).last,
                  let slash = colon.lastIndex(of: "/") else { return value }
            return .string(String(colon[colon.index(after: slash)...]))
        }
    }
}
