import BerthSpecs
import BerthYAML
import Testing

private func problems(_ text: String) -> [SpecProblem] {
    SpecLoader().load(path: "spec.yaml", bytes: Array(text.utf8), isExplicit: true).problems
}

private let header = "kind: TaskDefinition\nfamily: web\n"

@Suite("shape validation")
struct ShapeValidatorTests {
    @Test("unknown fields get a did-you-mean, CloudFormation casing included", arguments: [
        ("familly: x\n", "unknown field 'familly' in TaskDefinition; did you mean 'family'?"),
        ("ContainerDefinitions: []\n", "unknown field 'ContainerDefinitions' in TaskDefinition; did you mean 'containerDefinitions'?"),
        ("containerDefinitions: [{name: a, image: b, portMappings: [{contanerPort: 80}]}]\n",
         "unknown field 'contanerPort' in PortMapping; did you mean 'containerPort'?"),
        ("zzzzzz: 1\n", "unknown field 'zzzzzz' in TaskDefinition"),
    ])
    func unknownField(body: String, message: String) {
        let found = problems(header + body).filter { $0.code == .unknownField }
        #expect(found.map(\.message) == [message])
    }

    @Test("types: strings, integers, booleans, lists and mappings", arguments: [
        ("cpu: 512\n", "'cpu' must be a string, not the number 512; quote it: \"512\""),
        ("requiresCompatibilities: FARGATE\n", "'requiresCompatibilities' must be a list, not the string 'FARGATE'; write [FARGATE]"),
        ("containerDefinitions: [{name: a, image: b, memory: \"512\"}]\n", "'memory' must be an integer, not the string '512'"),
        ("containerDefinitions: [{name: a, image: b, essential: yes}]\n", "'essential' must be true or false, not the string 'yes'"),
        ("runtimePlatform: LINUX\n", "'runtimePlatform' must be a mapping, not the string 'LINUX'"),
        ("containerDefinitions: [{name: a, image: b, dockerLabels: {team: 7}}]\n", "'team' must be a string, not the number 7; quote it: \"7\""),
    ])
    func types(body: String, message: String) {
        let found = problems(header + "containerDefinitions: [{name: a, image: b}]\n" + body).filter { $0.code == .wrongType }
        #expect(found.map(\.message) == [message])
    }

    @Test("enum values are exact and suggested")
    func enumValues() throws {
        let found = problems(header + "containerDefinitions: [{name: a, image: b}]\nnetworkMode: AWSVPC\n")
        let problem = try #require(found.first)
        #expect(problem.code == .invalidEnumValue)
        #expect(problem.message == "'AWSVPC' is not a valid networkMode; expected one of bridge, host, awsvpc, none; did you mean 'awsvpc'?")
        #expect(problem.range.start.line == 4 && problem.range.start.column == 14)
    }

    @Test("required fields are reported once, at the holder")
    func required() {
        let found = problems("kind: Service\nserviceName: web\ndeploymentConfiguration:\n  deploymentCircuitBreaker: {}\n")
        #expect(found.map(\.message) == ["DeploymentCircuitBreaker is missing the required fields 'enable', 'rollback'"])
        #expect(found.first?.range.start.line == 4)
    }

    @Test("bounds, lengths and list sizes")
    func bounds() {
        let tags = (0..<51).map { "{key: k\($0), value: v}" }.joined(separator: ", ")
        let found = problems("kind: CapacityProvider\nname: cp\nautoScalingGroupProvider: {autoScalingGroupArn: a, managedScaling: {targetCapacity: 0}}\ntags: [\(tags)]\n")
        #expect(found.map(\.message) == ["'targetCapacity' must be between 1 and 100, not 0", "'tags' must have at most 50 items, not 51"])
    }

    @Test("an integer past 64 bits is named as one, not as a number that is no integer", arguments: [
        "desiredCount: 99999999999999999999", "desiredCount: -9223372036854775809",
        "capacityProviderStrategy: [{capacityProvider: FARGATE, weight: 99999999999999999999}]",
    ])
    func hugeIntegers(field: String) {
        let found = problems("kind: Service\nserviceName: web\n\(field)\n").filter { $0.code == .wrongType }.map(\.message)
        #expect(found.count == 1 && found[0].contains("must be an integer that fits in 64 bits, not the number"), "\(found)")
    }

    @Test("NaN and infinities are out of range where the API takes a number", arguments: [".nan", ".inf", "-.inf"])
    func nonFiniteNumbers(value: String) {
        let text = """
            kind: ScalingPolicy
            PolicyName: p
            ServiceNamespace: ecs
            ResourceId: service/c/s
            ScalableDimension: ecs:service:DesiredCount
            TargetTrackingScalingPolicyConfiguration: {TargetValue: \(value)}

            """
        #expect(problems(text).filter { $0.code == .outOfRange }.map(\.message) == ["'TargetValue' must be a finite number, not \(value)"])
    }

    @Test("patterns are whole-string matches, Unicode letters allowed")
    func patterns() {
        #expect(problems("kind: Cluster\nclusterName: c\ntags: [{key: équipe, value: \"web platform\"}]\n").isEmpty)
        #expect(problems("kind: Cluster\nclusterName: c\ntags: [{key: \"a#b\", value: v}]\n").map(\.code) == [.patternMismatch])
    }

    @Test("placeholders and custom tags are opaque values")
    func placeholders() {
        let text = header + """
        cpu: ${CPU}
        memory: "{{ must_env `MEMORY` }}"
        networkMode: ${NETWORK_MODE}
        requiresCompatibilities: ${COMPATIBILITIES}
        containerDefinitions:
          - name: a
            image: !Sub "${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com/a"
            memory: ${MEMORY}
            essential: "{{ .Essential }}"
        """
        #expect(problems(text).isEmpty)
    }

    @Test("null values count as absent")
    func nulls() {
        #expect(problems(header + "containerDefinitions: [{name: a, image: b}]\ntaskRoleArn:\n").isEmpty)
        #expect(problems(header + "containerDefinitions:\n").map(\.code) == [.missingRequiredField])
    }

    @Test("deprecated fields are flagged")
    func deprecated() {
        let found = problems(header + "containerDefinitions: [{name: a, image: b}]\ninferenceAccelerators: []\n")
        #expect(found.map(\.code) == [.deprecatedField])
    }
}
