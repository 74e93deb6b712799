import BerthLint
import BerthSpecs
import BerthYAML

/// An image pulled from another Region's registry works, but every pull crosses Regions.
struct CrossRegionImage: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS130", name: "cross-region-image",
        summary: "A private ECR image from a Region other than the project's",
        rationale: """
        ECS pulls from another Region's ECR registry when the image URI names it, but each pull is billed as \
        cross-Region data transfer and takes longer, and tasks in private subnets without a NAT gateway, which reach \
        ECR through interface VPC endpoints, cannot reach the other Region's registry at all: an endpoint serves its \
        own Region. Replicate the repository into the Region the tasks run in (ECR replication) and use that URI. The project's Region is defaults.region in \
        .berth.yaml or --region; without it the rule stays silent. The examples assume us-east-1.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-requests.html",
        severity: .info, category: .cost,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, memory: 256, image: ↓123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2}
              - {name: proxy, memory: 128, image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/envoy:1.31"}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, memory: 256, image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2}
              - {name: proxy, memory: 128, image: "public.ecr.aws/envoyproxy/envoy:v1.31.0"}
              - {name: other, memory: 128, image: "123456789012.dkr.ecr.${AWS_REGION}.amazonaws.com/other:1.0"}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let region = project.defaults.region else { return }
        for container in TaskDefinitionView(resource).containers {
            guard let node = container["image"], let text = node.knownString,
                  let host = ImageReference(text).ecrHost, host.region != region else { continue }
            findings.add("image '\(text)' of container '\(container["name"]?.knownString ?? "?")' is pulled from ECR in \(host.region), but the project deploys to \(region); replicate the repository to \(region) and use that URI",
                         at: node)
        }
    }
}
