import BerthYAML

/// One file after loading: its YAML, the resources in it, and what the front end and the shape
/// validator found.
public struct SpecFile: Sendable {
    public let path: String
    public let yaml: YAMLFile
    public var resources: [Resource]
    public var problems: [SpecProblem]
    /// The file holds at least one document berth reads (or one whose `kind` is unknown). Files that are
    /// not specs are skipped silently when found by walking a directory.
    public var isSpec: Bool
    /// Kinds this file holds describe output for, including outputs that list none (a describe whose
    /// `failures` say MISSING): the current state a plan reads is complete for them.
    public var describedKinds: Set<ResourceKind> = []

    /// Problems of the YAML front end worth reporting: all of them in a spec; in other files only those
    /// that stopped the file from being read, since berth cannot tell whether it was meant as a spec.
    public var yamlProblems: [YAMLProblem] {
        isSpec ? yaml.problems : yaml.problems.filter(\.stopsReading)
    }
}

/// Turns bytes into a `SpecFile`. One loader serves a whole run (its validators cache compiled patterns).
public struct SpecLoader: Sendable {
    public let limits: YAMLLimits
    /// One validator per API model, by service name.
    private let validators: [String: ShapeValidator]

    public init(limits: YAMLLimits = YAMLLimits()) {
        self.limits = limits
        var validators: [String: ShapeValidator] = [:]
        for catalog in ResourceKind.allCases.compactMap(\.requestShape?.catalog) where validators[catalog.service] == nil {
            validators[catalog.service] = ShapeValidator(catalog: catalog)
        }
        self.validators = validators
    }

    /// `isExplicit`: the user named the file, so a file that is not a spec is worth a word.
    public func load(path: String, bytes: [UInt8], isExplicit: Bool) -> SpecFile {
        let isJSON = path.lowercased().hasSuffix(".json")
        return load(path: path, yaml: YAMLFile.read(bytes: bytes, isJSON: isJSON, limits: limits), isExplicit: isExplicit)
    }

    /// A file too large to read gets its one problem and nothing else.
    public func loadTooLarge(path: String, byteCount: Int) -> SpecFile {
        SpecFile(path: path, yaml: .tooLarge(byteCount: byteCount, limits: limits), resources: [], problems: [], isSpec: false)
    }

    private func load(path: String, yaml: YAMLFile, isExplicit: Bool) -> SpecFile {
        var resources: [Resource] = []
        var problems: [SpecProblem] = []
        var notSpec: [SpecProblem] = []
        var describedKinds: Set<ResourceKind> = []
        for document in yaml.documents {
            guard let root = document.root else { continue }
            switch DocumentClass.classify(root) {
            case .spec(let kind):
                validate(root, as: kind.requestShape, label: kind.rawValue, ignoring: ["kind"], into: &problems)
                resources.append(Resource(kind: kind, form: .spec, body: root, path: path, documentIndex: document.index))
            case .manifest(let kind):
                validate(root, as: kind.requestShape, label: kind.rawValue, into: &problems)
                resources.append(Resource(kind: kind, form: .spec, body: root, path: path, documentIndex: document.index))
            case .unknownKind(let kindNode):
                problems.append(unknownKind(kindNode))
            case .request(let kind):
                validate(root, as: kind.requestShape, label: kind.rawValue, into: &problems)
                resources.append(Resource(kind: kind, form: .request, body: root, path: path, documentIndex: document.index))
            case .serviceDefinition:
                    validate(root, as: ResourceKind.service.requestShape, label: "Service", optional: ["serviceName"], into: &problems)
                resources.append(Resource(kind: .service, form: .request, body: root, path: path, documentIndex: document.index))
            case .describedTaskDefinition:
                describedKinds.insert(.taskDefinition)
                validate(root, as: (.ecs, "DescribeTaskDefinitionResponse"), label: "describe-task-definition output", into: &problems)
                if let body = root["taskDefinition"] {
                    resources.append(Resource(kind: .taskDefinition, form: .described, body: body, path: path, documentIndex: document.index))
                }
            case .describedList(let list):
                describedKinds.insert(list.kind)
                validate(root, as: (list.shape.catalog, list.shape.name), label: list.label, into: &problems)
                for (index, body) in (root[list.key]?.elements ?? .empty).enumerated() where body.isMapping {
                    resources.append(Resource(kind: list.kind, form: .described, body: body, path: path,
                                              documentIndex: document.index, indexInDocument: index))
                }
            case .described(let kind):
                describedKinds.insert(kind)
                let shape = kind == .taskDefinition ? "TaskDefinition" : "Service"
                // The deploy actions keep `tags` when they turn describe output into a registration.
                validate(root, as: (.ecs, shape), label: "\(kind.rawValue) (describe output)",
                         ignoring: kind == .taskDefinition ? ["tags"] : [], into: &problems)
                resources.append(Resource(kind: kind, form: .described, body: root, path: path, documentIndex: document.index))
            case .foreign:
                continue
            case .notASpec(let reason):
                notSpec.append(SpecProblem(.notASpec, "not a berth spec: \(reason)", at: Self.headRange(of: root)))
            }
        }
        let isSpec = !resources.isEmpty || problems.contains { $0.code == .unknownKind }
        if isSpec {
            problems += notSpec
        } else if isExplicit, !yaml.problems.contains(where: \.stopsReading) {
            if yaml.isEmpty {
                problems.append(SpecProblem(.notASpec, "file is empty: there is nothing to lint", at: SourceRange(at: .start)))
            } else if let first = notSpec.first {
                problems.append(first)
            }
        }
        return SpecFile(path: path, yaml: yaml, resources: resources, problems: problems, isSpec: isSpec, describedKinds: describedKinds)
    }

    private func validate(_ node: YAMLNode, as shape: (catalog: ShapeCatalog, shape: String)?, label: String,
                          ignoring: Set<String> = [], optional: Set<String> = [], into problems: inout [SpecProblem]) {
        guard let shape, let validator = validators[shape.catalog.service], let index = shape.catalog.index(of: shape.shape) else {
            return
        }
        // Findings about the whole document (a missing required field) point at its name or its kind.
        let names = ResourceKind.allCases.compactMap(\.identityField) + ["kind"]
        let anchor = names.lazy.compactMap { node.pair($0)?.value }.first
        validator.validate(node, shape: index, label: label, anchor: anchor, ignoring: ignoring, optional: optional, into: &problems)
    }

    private func unknownKind(_ node: YAMLNode) -> SpecProblem {
        let known = ResourceKind.allCases.filter { $0.family == .berth }.map(\.rawValue)
        var message = "unknown kind '\(node.text ?? "")'"
        if let foreign = node.text.flatMap(ResourceKind.init(rawValue:)) {
            let apiVersion = foreign.kubernetesAPIVersion ?? "eksctl.io/v1alpha5"
            let owner = foreign.family == .eksctl ? "an eksctl" : "a Kubernetes"
            message = "'\(foreign.rawValue)' is \(owner) kind: berth reads it with its own 'apiVersion: \(apiVersion)'"
        } else if let suggestion = node.text.flatMap({ Suggestion.closest(to: $0, in: known) }) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            message += "; berth kinds are \(known.joined(separator: ", "))"
        }
        return SpecProblem(.unknownKind, message, at: node.range)
    }

    /// The first line of a node, so a finding about a whole document does not underline all of it.
    private static func headRange(of node: YAMLNode) -> SourceRange {
        if let first = node.pairs.first { return first.key.range }
        if let first = node.elements.first { return SourceRange(start: node.range.start, end: first.range.start) }
        return node.range
    }
}

extension YAMLProblem {
    /// The problem kept the file (or the rest of it) from being read.
    public var stopsReading: Bool { code != .duplicateKey && code != .yaml11Ambiguity }
}
