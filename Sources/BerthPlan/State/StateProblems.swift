import BerthSpecs
import BerthYAML

/// Something in a current-state file that keeps the plan from knowing what exists, at its place in the file.
public struct StateProblem: Sendable, Equatable {
    public let path: String
    public let range: SourceRange
    public let message: String
}

extension PlanState {
    /// What keeps files from being read as current state. Files that cannot be parsed stop any plan. A folder of
    /// describe output (`isDescribeFolder`) must also be understood throughout: a file, a resource or a failure
    /// berth passed over would read as "the resource does not exist", and the plan would create what is there.
    /// Fields the API model does not know and values outside its enums or ranges are accepted: a newer API
    /// returns them. Specs at a git revision are not checked further: today's lint may reject an old revision.
    public static func problems(in files: [SpecFile], isDescribeFolder: Bool) -> [StateProblem] {
        files.flatMap { file in
            let unparsed = file.yaml.problems.filter(\.stopsReading).map { StateProblem(file, $0.range, $0.message) }
            guard isDescribeFolder else { return unparsed }
            return unparsed + misunderstood(file) + unnamed(file) + failures(file)
        }.sorted { ($0.path, $0.range) < ($1.path, $1.range) }
    }

    /// The shape validator's findings that leave a value unreadable (a list where a mapping belongs, a string
    /// for a count), and files that are no describe output berth recognises.
    private static func misunderstood(_ file: SpecFile) -> [StateProblem] {
        let unreadable: Set<SpecProblem.Code> = [.wrongType, .missingRequiredField, .notASpec, .unknownKind]
        return file.problems.filter { unreadable.contains($0.code) }.map { problem in
            guard problem.code == .notASpec, let (node, message) = describeNearMiss(file, at: problem.range) else {
                return StateProblem(file, problem.range, problem.message)
            }
            return StateProblem(file, node.range, message)
        }
    }

    /// A document with the top-level key of a describe output that is not that output: the loader's "not a
    /// spec" message made specific, at the key's value.
    private static func describeNearMiss(_ file: SpecFile, at range: SourceRange) -> (YAMLNode, String)? {
        let root = file.yaml.documents.compactMap(\.root).first { $0.range.start <= range.start && range.end <= $0.range.end }
        guard let root else { return nil }
        return describeOutputs.lazy.compactMap { key, expected in
            root.pair(key).map { ($0.value, "not describe output berth can read: \(expected)") }
        }.first
    }

    private static let describeOutputs: [(key: String, expected: String)] = [
        ("taskDefinition", "describe-task-definition returns a task definition with a 'containerDefinitions' list under 'taskDefinition'"),
        ("services", "describe-services returns a list of services, each with 'serviceName' or 'serviceArn', under 'services', and a 'failures' list"),
        ("clusters", "describe-clusters returns a list of clusters, each with 'clusterName' or 'clusterArn', under 'clusters', and a 'failures' list"),
        ("ScalableTargets", "describe-scalable-targets returns a list of scalable targets, each with 'ResourceId', under 'ScalableTargets'"),
        ("ScalingPolicies", "describe-scaling-policies returns a list of scaling policies, each with 'PolicyName' or 'PolicyARN', under 'ScalingPolicies'"),
    ]

    /// Resources without the name they are matched by: nothing could say whether they are the ones the specs define.
    private static func unnamed(_ file: SpecFile) -> [StateProblem] {
        file.resources.filter { $0.kind.family == .berth && StateResource($0, in: file) == nil }.map { resource in
            let field = resource.kind.identityField.map { "'\($0)'" } ?? "an identity"
            return StateProblem(file, resource.body.range,
                                "this \(resource.kind.noun) has no \(field) (missing, empty or a placeholder): berth cannot tell which one it is")
        }
    }

    /// `failures` entries of a describe call other than MISSING (ACCESS_DENIED, a throttled call): the resource
    /// may exist, but its state is unknown.
    private static func failures(_ file: SpecFile) -> [StateProblem] {
        file.yaml.documents.compactMap(\.root).flatMap { root in
            (root["failures"]?.elements ?? .empty).compactMap { failure -> StateProblem? in
                let reason = failure["reason"]?.text
                guard reason != "MISSING" else { return nil }
                let arn = failure["arn"]?.text.map { " for '\($0)'" } ?? ""
                return StateProblem(file, failure.range, "the describe call failed\(arn) (\(reason ?? "no reason given")): the current state is unknown")
            }
        }
    }
}

extension StateProblem {
    fileprivate init(_ file: SpecFile, _ range: SourceRange, _ message: String) {
        self.init(path: file.path, range: range, message: message)
    }
}
