import BerthLint
import BerthSpecs

/// Descriptions of the spec layer's checks: document kinds and the structural validation generated from
/// the AWS API models (botocore), so a spec fails here before AWS rejects it.
enum SpecRules {
    static let all: [SpecProblem.Code: RuleDescription] = [
        .unknownKind: unknownKind, .unknownField: unknownField, .wrongType: wrongType, .invalidEnumValue: invalidEnum,
        .missingRequiredField: missingRequired, .outOfRange: outOfRange, .patternMismatch: pattern,
        .deprecatedField: deprecated, .notASpec: notASpec,
    ]

    private static let modelURI = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"

    static let unknownKind = RuleDescription(
        id: "SPEC001", name: "unknown-kind",
        summary: "A document's `kind` is not a berth kind",
        rationale: "`kind` names the AWS API call whose request the document is (TaskDefinition, Service, Cluster, CapacityProvider). Documents with `apiVersion` are Kubernetes or eksctl and are not berth kinds.",
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/Welcome.html",
        severity: .error, category: .correctness,
        triggering: ["kind: ↓TaskDefintion\nfamily: web\n"],
        nonTriggering: ["kind: Cluster\nclusterName: prod\n", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"])

    static let unknownField = RuleDescription(
        id: "SPEC002", name: "unknown-field",
        summary: "A field the AWS API does not have, with the nearest real one",
        rationale: "AWS SDKs and the CLI reject unknown parameters, and where a tool passes them through, ECS ignores them silently: a misspelt `healthCheckGracePeriodSecond` simply never applies. CloudFormation's PascalCase names are pointed at their camelCase API names.",
        helpURI: modelURI,
        severity: .error, category: .correctness,
        triggering: ["kind: TaskDefinition\n↓familly: web\ncontainerDefinitions: [{name: web, image: nginx, ↓ContainerPort: 80}]\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: nginx, memory: 256}]\n"])

    static let wrongType = RuleDescription(
        id: "SPEC003", name: "wrong-type",
        summary: "A value of the wrong type for its field",
        rationale: "The API model types every field. ECS takes task cpu and memory as strings (\"512\"), ports and counts as integers, flags as booleans; a YAML number where a string is expected is rejected by the SDKs and the CLI.",
        helpURI: modelURI,
        severity: .error, category: .correctness,
        triggering: ["kind: TaskDefinition\nfamily: web\ncpu: ↓512\nrequiresCompatibilities: ↓FARGATE\ncontainerDefinitions: [{name: web, image: nginx, essential: ↓\"true\"}]\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\ncpu: \"512\"\nrequiresCompatibilities: [EC2]\ncontainerDefinitions:\n  - name: web\n    image: nginx\n    essential: true\n    memory: ${MEMORY}\n"])

    static let invalidEnum = RuleDescription(
        id: "SPEC004", name: "invalid-enum-value",
        summary: "A value outside the field's allowed set",
        rationale: "Enumerated fields accept exactly the model's values, case included: `AWSVPC` is not `awsvpc`.",
        helpURI: modelURI,
        severity: .error, category: .correctness,
        triggering: ["kind: TaskDefinition\nfamily: web\nnetworkMode: ↓AWSVPC\ncontainerDefinitions: [{name: web, image: nginx}]\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\nnetworkMode: awsvpc\ncontainerDefinitions: [{name: web, image: nginx, memory: 256}]\n"])

    static let missingRequired = RuleDescription(
        id: "SPEC005", name: "missing-required-field",
        summary: "A field the API requires is absent",
        rationale: "AWS rejects the request without it. The finding points at the key that holds the incomplete mapping, or at the document's name.",
        helpURI: modelURI,
        severity: .error, category: .correctness,
        triggering: ["kind: TaskDefinition\nfamily: ↓web\n", "kind: Service\nserviceName: web\ndeploymentConfiguration:\n  ↓deploymentCircuitBreaker: {enable: true}\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: nginx, memory: 256}]\n"])

    static let outOfRange = RuleDescription(
        id: "SPEC006", name: "value-out-of-range",
        summary: "A number, string length or list length outside the model's bounds",
        rationale: "The model bounds values (capacity provider weights 0–1000, at most 50 tags, task counts…); AWS rejects anything outside them.",
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html",
        severity: .error, category: .correctness,
        triggering: ["kind: Cluster\nclusterName: prod\ndefaultCapacityProviderStrategy: [{capacityProvider: FARGATE, weight: ↓1500}]\n"],
        nonTriggering: ["kind: Cluster\nclusterName: prod\ndefaultCapacityProviderStrategy: [{capacityProvider: FARGATE, weight: 1000}]\n"])

    static let pattern = RuleDescription(
        id: "SPEC007", name: "pattern-mismatch",
        summary: "A string that does not match the model's pattern",
        rationale: "Some fields (tag keys and values, instance type filters) must match a pattern; AWS rejects other strings.",
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html",
        severity: .error, category: .correctness,
        triggering: ["kind: Cluster\nclusterName: prod\ntags: [{key: ↓\"team#1\", value: web}]\n"],
        nonTriggering: ["kind: Cluster\nclusterName: prod\ntags: [{key: team, value: web-platform}]\n"])

    static let deprecated = RuleDescription(
        id: "SPEC008", name: "deprecated-field",
        summary: "A field the API model marks deprecated",
        rationale: "Deprecated fields stop working or are already ignored (Elastic Inference accelerators are no longer available).",
        helpURI: modelURI,
        severity: .warning, category: .reliability,
        triggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: nginx}]\n↓inferenceAccelerators: [{deviceName: d, deviceType: eia2.medium}]\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: nginx, memory: 256}]\n"])

    static let notASpec = RuleDescription(
        id: "SPEC009", name: "not-a-spec",
        summary: "A file named on the command line, or a document in a spec file, that berth cannot read as a spec",
        rationale: "Files found by walking a directory that are not specs (docker-compose files, CI workflows, package.json) are skipped silently; one named explicitly, or a stray document beside specs, gets this note so nothing is skipped unseen. Empty files and documents that are lists or scalars are reported the same way.",
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html",
        severity: .info, category: .correctness,
        triggering: ["↓services:\n  web: {image: nginx}\n", "↓- a\n- b\n"],
        nonTriggering: ["kind: Cluster\nclusterName: prod\n"])
}
