import BerthYAML

/// The pod a Kubernetes workload runs: a Pod itself, or the template of a Deployment, StatefulSet, DaemonSet,
/// Job or CronJob.
public struct PodTemplateView {
    public let resource: Resource
    /// The pod's `spec`.
    public let spec: YAMLNode?
    /// The pod's `metadata` (the template's, for controllers).
    private let metadata: YAMLNode?

    public init(_ resource: Resource) {
        self.resource = resource
        let template: YAMLNode? = switch resource.kind {
        case .pod: resource.body
        case .cronJob: resource.body["spec", "jobTemplate", "spec", "template"]
        default: resource.body["spec", "template"]
        }
        spec = template?["spec"]
        metadata = template?["metadata"]
    }

    /// The namespace the pod runs in: the object's own, else `default` as kubectl applies it.
    public var namespace: String? {
        guard let node = resource.body["metadata", "namespace"] else { return "default" }
        return node.knownString
    }

    /// The pod's labels; nil when one of them is a placeholder.
    public var labels: [String: String]? {
        var labels: [String: String] = [:]
        for pair in metadata?["labels"]?.pairs ?? .empty {
            guard let key = pair.key.text, let value = pair.value.knownString ?? pair.value.text, !pair.value.isOpaque else {
                return nil
            }
            labels[key] = value
        }
        return labels
    }

    /// Every container of the pod: init containers, containers and ephemeral containers.
    public var containers: [YAMLNode] {
        ["initContainers", "containers", "ephemeralContainers"].flatMap { Array(spec?[$0]?.elements ?? .empty) }
    }

    public var volumes: YAMLElements { spec?["volumes"]?.elements ?? .empty }

    /// A StatefulSet's `volumeClaimTemplates`: claims created for each pod.
    public var claimTemplates: YAMLElements {
        resource.kind == .statefulSet ? resource.body["spec", "volumeClaimTemplates"]?.elements ?? .empty : .empty
    }
}
