import BerthLint
import BerthSpecs
import BerthYAML

/// Fargate has no GPUs or other accelerators.
struct FargateGPU: Rule {
    static let kinds = ResourceKind.workloads

    static let description = RuleDescription(
        id: "EKS304", name: "fargate-gpu",
        summary: "A GPU or accelerator request in a pod that a Fargate profile selects",
        rationale: """
        EKS Fargate offers no GPUs, Inferentia or Trainium: a pod that a Fargate profile selects and that requests \
        nvidia.com/gpu, amd.com/gpu or aws.amazon.com/neuron resources is never scheduled. Run it on an EC2 node \
        group with accelerated instances (or EKS Auto Mode).
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/fargate.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - {name: ml, selectors: [{namespace: ml}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: trainer, namespace: ml}
            spec:
              containers:
                - name: trainer
                  image: "pytorch/pytorch:2.4.0-cuda12.4-cudnn9-runtime"
                  resources:
                    limits: {↓nvidia.com/gpu: 1}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - {name: ml, selectors: [{namespace: ml-cpu}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: trainer, namespace: ml}
            spec:
              containers:
                - name: trainer
                  image: "pytorch/pytorch:2.4.0-cuda12.4-cudnn9-runtime"
                  resources:
                    limits: {nvidia.com/gpu: 1}
            """,
        ])

    static let acceleratorPrefixes = ["nvidia.com/", "amd.com/gpu", "aws.amazon.com/neuron", "habana.ai/"]

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let (pod, fargate) = FargateScheduling.match(resource, in: project) else { return }
        for container in pod.containers {
            for section in ["limits", "requests"] {
                for pair in container["resources", section]?.pairs ?? .empty {
                    guard let name = pair.key.text, Self.acceleratorPrefixes.contains(where: name.hasPrefix) else { continue }
                    findings.add("container '\(container["name"]?.text ?? "")' of \(resource.label) requests \(name), and Fargate has no GPUs or accelerators; run it on an accelerated EC2 node group",
                                 at: pair.key, notes: [fargate])
                }
            }
        }
    }
}
