import BerthSpecs
import BerthYAML

/// One resource as the planner compares it: its request-shaped fields, whatever form the file stated it in.
struct StateResource: Sendable {
    let identity: ResourceIdentity
    let resource: Resource
    /// The request's fields (describe output mapped onto them), not yet normalised.
    var fields: PlanValue
    /// Fields this state cannot know, with the reason (tags of a describe run without `--include TAGS`).
    var unknown: [String: String] = [:]
    /// The revision of a described task definition.
    var revision: Int?

    var path: String { resource.path }
}

extension StateResource {
    /// Nil when the resource has no name to be matched by (missing, empty, or a placeholder).
    init?(_ resource: Resource, in file: SpecFile) {
        let document = file.yaml.documents.first { $0.index == resource.documentIndex }?.root
        let mapped = DescribedForm.requestFields(of: resource, document: document)
        guard let identity = ResourceIdentity(kind: resource.kind, fields: mapped.fields) else { return nil }
        self.init(identity: identity, resource: resource, fields: mapped.fields, unknown: mapped.unknown, revision: mapped.revision)
    }
}

/// The resources of one side of a plan.
public struct PlanState: Sendable {
    /// Where the state came from, for the plan's header: `samples/current`, `git HEAD`.
    public let source: String
    var resources: [StateResource] = []
    /// Resources that have no name to be matched by (an ecspresso service definition, a placeholder family).
    var unnamed: [Resource] = []
    /// Kinds the state is complete for; nil when it holds every kind (a whole repository at a revision).
    let coveredKinds: Set<ResourceKind>?

    /// `coversEveryKind`: a kind absent from the files means no resource of it exists (a git revision of the
    /// same specs), rather than nothing known about it (a folder of describe output).
    public init(files: [SpecFile], source: String, coversEveryKind: Bool) {
        self.source = source
        var covered: Set<ResourceKind> = []
        for file in files {
            covered.formUnion(file.describedKinds)
            // eksctl and kubectl deploy the other families; the plan covers what AWS API calls create.
            for resource in file.resources where resource.kind.family == .berth {
                covered.insert(resource.kind)
                if let stated = StateResource(resource, in: file) { resources.append(stated) } else { unnamed.append(resource) }
            }
        }
        coveredKinds = coversEveryKind ? nil : covered
    }

    func covers(_ kind: ResourceKind) -> Bool {
        coveredKinds?.contains(kind) ?? true
    }
}
