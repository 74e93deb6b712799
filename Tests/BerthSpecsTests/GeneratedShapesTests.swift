import Foundation
import BerthTestSupport
import Testing
@testable import BerthSpecs

/// Guards the files written by `Sources/ShapeGenerator/generate_shapes.py` from botocore's models.
@Suite struct GeneratedShapesTests {
    static let kindRoots = [
        "RegisterTaskDefinitionRequest", "CreateServiceRequest", "CreateClusterRequest",
        "CreateCapacityProviderRequest", "DescribeTaskDefinitionResponse", "DescribeServicesResponse",
    ]

    static let kinds = ["TaskDefinition", "Service", "Cluster", "CapacityProvider"]

    @Test("generated data is current")
    func generatedDataIsCurrent() throws {
        let run = try Subprocess.python(["Sources/ShapeGenerator/generate_shapes.py", "--check"])
        #expect(run.status == 0, "generate_shapes.py --check failed:\n\(run.stdout)\(run.stderr)")
    }

    @Test("eksctl's schema becomes a catalog with its required fields, enums and either-form taints")
    func eksctlCatalog() throws {
        let catalog = ShapeCatalog.eksctl
        let root = catalog[try #require(catalog.index(of: "ClusterConfig"))]
        #expect(Set(root.members.filter(\.isRequired).map(\.name)) == ["apiVersion", "kind", "metadata"])
        let metadata = catalog[try #require(root.member(named: "metadata")).shape]
        #expect(Set(metadata.members.filter(\.isRequired).map(\.name)) == ["name", "region"])
        let group = catalog[try #require(catalog.index(of: "ManagedNodeGroup"))]
        #expect(catalog[try #require(group.member(named: "volumeType")).shape].enumValues.contains("gp3"))
        // eksctl reads taints as a list or a map; the schema says list only.
        let selfManaged = catalog[try #require(catalog.index(of: "NodeGroup"))]
        #expect(catalog[try #require(selfManaged.member(named: "taints")).shape].kind == .document)
    }

    @Test("catalog has the kind roots")
    func catalogHasTheKindRoots() throws {
        let catalog = ShapeCatalog.ecs
        #expect(catalog.service == "ecs")
        #expect(catalog.source == "botocore 1.43.11")
        for root in Self.kindRoots {
            #expect(catalog.index(of: root) != nil, "missing root \(root)")
        }

        let register = try shape("RegisterTaskDefinitionRequest")
        #expect(register.kind == .structure)
        let family = try #require(register.member(named: "family"))
        #expect(family.isRequired)
        #expect(family.deprecation == nil)
        #expect(catalog[family.shape].kind == .string)

        let containers = try #require(register.member(named: "containerDefinitions"))
        #expect(containers.isRequired)
        #expect(catalog[containers.shape].kind == .list)
        let element = catalog[try #require(catalog[containers.shape].element)]
        #expect(element.name == "ContainerDefinition")
        #expect(element.kind == .structure)

        let accelerators = try #require(register.member(named: "inferenceAccelerators"))
        #expect(accelerators.deprecation != nil)
        #expect(!accelerators.isRequired)

        #expect(try shape("NetworkMode").enumValues.contains("awsvpc"))
        let port = try shape("PortNumber")
        #expect(port.kind == .integer && port.min == 0 && port.max == 65535)
        let capacity = try shape("ManagedScalingTargetCapacity")
        #expect(capacity.min == 1 && capacity.max == 100)
    }

    @Test("catalog indexes are in range and names sorted")
    func catalogIsWellFormed() {
        let shapes = ShapeCatalog.ecs.shapes
        let inRange = { (index: Int) in shapes.indices.contains(index) }
        for shape in shapes {
            #expect(shape.members.allSatisfy { inRange($0.shape) }, "\(shape.name) has a member out of range")
            #expect(shape.element.map(inRange) ?? true, "\(shape.name) has an element out of range")
            #expect(shape.key.map(inRange) ?? true, "\(shape.name) has a key out of range")
        }
        let names = shapes.map(\.name)
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
    }

    @Test("every schema is valid draft-07")
    func everySchemaIsValidDraft07() throws {
        let directory = PackageRoot.url.appendingPathComponent("schemas")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".schema.json") }
            .sorted()
        #expect(Set(files).isSuperset(of: Self.kinds.map { "\($0).schema.json" }), "schemas: \(files)")
        let check = "import json, sys, jsonschema; jsonschema.Draft7Validator.check_schema(json.load(open(sys.argv[1])))"
        for file in files {
            let run = try Subprocess.python(["-c", check, "schemas/\(file)"])
            #expect(run.status == 0, "\(file) is not a valid draft-07 schema:\n\(run.stdout)\(run.stderr)")
        }
    }

    private func shape(_ name: String) throws -> Shape {
        ShapeCatalog.ecs[try #require(ShapeCatalog.ecs.index(of: name), "no shape \(name)")]
    }
}
