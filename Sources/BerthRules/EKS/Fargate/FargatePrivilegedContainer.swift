import BerthLint
import BerthSpecs
import BerthYAML

/// Fargate isolates every pod in its own VM and refuses privileged containers.
struct FargatePrivilegedContainer: Rule {
    static let kinds = ResourceKind.workloads

    static let description = RuleDescription(
        id: "EKS302", name: "fargate-privileged-container",
        summary: "A privileged container in a pod that a Fargate profile selects",
        rationale: """
        EKS Fargate does not run privileged containers: a pod with securityContext.privileged: true that a Fargate \
        profile selects is never scheduled. Grant the capabilities the container needs \
        (securityContext.capabilities.add, within Fargate's allowed set) or run it on EC2 nodes.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/fargate.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - {name: jobs, selectors: [{namespace: batch}]}
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: cleanup, namespace: batch}
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: cleanup
                          image: "busybox:1.36"
                          securityContext: {privileged: ↓true}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - {name: jobs, selectors: [{namespace: batch}]}
            ---
            apiVersion: batch/v1
            kind: Job
            metadata: {name: cleanup, namespace: batch}
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: cleanup
                      image: "busybox:1.36"
                      securityContext: {privileged: false, capabilities: {add: [NET_BIND_SERVICE]}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let (pod, fargate) = FargateScheduling.match(resource, in: project) else { return }
        for container in pod.containers {
            guard let privileged = container["securityContext", "privileged"], privileged.bool == true else { continue }
            findings.add("container '\(container["name"]?.text ?? "")' of \(resource.label) is privileged, and Fargate does not run privileged containers; add only the capabilities it needs, or run it on EC2 nodes",
                         at: privileged, notes: [fargate])
        }
    }
}
