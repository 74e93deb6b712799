import BerthYAML

/// One AWS resource read from a spec file.
public struct Resource: Sendable {
    /// How the document states the resource.
    public enum Form: Sendable, Equatable {
        /// A berth document with `kind:`.
        case spec
        /// A bare API request (task-definition.json as the deploy actions and ecspresso write it).
        case request
        /// `aws ecs describe-…` output: the response shape, with server-managed fields.
        case described
    }

    public let kind: ResourceKind
    public let form: Form
    /// The mapping whose keys are the API's fields (for `.spec`, `kind` is among them).
    public let body: YAMLNode
    public let path: String
    public let documentIndex: Int
    /// Position among the resources of one document (describe-services lists several).
    public let indexInDocument: Int

    public init(kind: ResourceKind, form: Form, body: YAMLNode, path: String, documentIndex: Int, indexInDocument: Int = 0) {
        self.kind = kind
        self.form = form
        self.body = body
        self.path = path
        self.documentIndex = documentIndex
        self.indexInDocument = indexInDocument
    }

    /// The same document (and entry of a describe-services list) of the same file.
    public func isSame(as other: Resource) -> Bool {
        path == other.path && documentIndex == other.documentIndex && indexInDocument == other.indexInDocument
    }

    /// The resource's name (family, serviceName, Name…); nil when absent or a placeholder.
    public var name: String? {
        kind.identityPath.flatMap { body[path: $0]?.knownString }
    }

    /// The node a finding about the whole resource points at: its name, else `kind`, else its first key.
    public var anchor: YAMLNode {
        kind.identityPath.flatMap { body[path: $0] } ?? body.pair("kind")?.value ?? body.pairs.first?.key ?? body
    }

    /// A human label such as `service 'web'`.
    public var label: String {
        name.map { "\(kind.noun) '\($0)'" } ?? kind.noun
    }
}
