import BerthLint
import BerthSpecs
import BerthYAML
import FuzzSupport

private let loader = SpecLoader()
/// The sample projects' resources: fuzzed resources resolve references to them and they to fuzzed ones.
private let fixed = Fixtures.inputs(["samples/ecs", "samples/eks", "samples/apprunner"]).flatMap { input in
    loader.load(path: input.path, bytes: input.bytes ?? [], isExplicit: true).resources
}

/// The spec loader (document classes, shape validation) and the project graph's lookups over the fuzzed file's
/// resources beside the samples' (the fuzzed file sits in samples/ecs/web, so nearest-path resolution runs).
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    let file = loader.load(path: FuzzInput.fileName("samples/ecs/web/fuzz", for: bytes), bytes: bytes, isExplicit: true)
    for problem in file.problems {
        require(problem.range.start <= problem.range.end && problem.range.end.offset <= bytes.count, "problem outside the file")
    }
    _ = (file.yamlProblems, file.isSpec, file.describedKinds)
    for project in [Project(resources: file.resources), Project(resources: fixed + file.resources)] {
        for resource in project.resources { query(project, resource) }
        for kind in ResourceKind.allCases { _ = project.names(of: kind) }
    }
    return 0
}

private func query(_ project: Project, _ resource: Resource) {
    _ = (resource.name, resource.anchor.range, resource.label)
    if let name = resource.name { _ = project.resource(resource.kind, named: name, near: resource) }
    switch resource.kind {
    case .service:
        _ = (project.taskDefinition(of: resource), project.cluster(of: resource), project.launch(of: resource))
        _ = project.scalableTargets(of: resource)
        for target in resource.body["loadBalancers"]?.elements ?? .empty {
            if let arn = target["targetGroupArn"]?.text { _ = project.targetGroup(arn, near: resource) }
        }
    case .taskDefinition:
        _ = (project.services(running: resource), project.launchKinds(of: resource), project.targetsFargate(resource))
        for container in TaskDefinitionView(resource).containers {
            if let image = container["image"]?.text { _ = project.repository(of: ImageReference(image), near: resource) }
        }
    case .scalingPolicy, .scheduledAction:
        _ = project.scalableTarget(of: resource)
    case .scalableTarget:
        if let id = resource.body["ResourceId"]?.text { _ = project.service(resourceID: id, near: resource) }
    case .capacityProvider:
        _ = project.autoScalingGroup(of: resource)
    case .listener:
        if let arn = resource.body["LoadBalancerArn"]?.text { _ = project.loadBalancer(arn, near: resource) }
    default:
        _ = project.clusterConfig(near: resource)
    }
}
