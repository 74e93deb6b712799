import BerthLint
import BerthSpecs
import BerthYAML

/// An EKS cluster lives in one Region: every zone and subnet it names must be that Region's.
struct ClusterZoneRegion: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS101", name: "cluster-zone-region",
        summary: "An Availability Zone or Local Zone of another Region than the cluster's",
        rationale: """
        A cluster, its VPC and its nodes are in metadata.region; availabilityZones, localZones, node groups' zones \
        and the zones of vpc.subnets must be zones of that Region, or eksctl cannot create the subnets and the stack \
        fails. One cluster cannot span Regions: for several Regions, write one ClusterConfig per Region (an \
        account may run up to 100 clusters per Region).
        """,
        helpURI: "https://eksctl.io/usage/vpc-configuration/",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            availabilityZones: [us-east-1a, ↓us-west-2b]
            """,
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: eu-west-1}
            vpc:
              subnets:
                private:
                  ↓eu-central-1a: {id: subnet-0a1b2c3d4e5f60718}
                  app-b: {id: subnet-0a1b2c3d4e5f60719, az: ↓us-east-1b}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            availabilityZones: [us-east-1a, us-east-1b]
            localZones: [us-east-1-bos-1a]
            managedNodeGroups:
              - {name: general, availabilityZones: [us-east-1a]}
            vpc:
              subnets:
                private:
                  app-a: {id: subnet-0a1b2c3d4e5f60718, az: use1-az1}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let cluster = ClusterConfigView(resource)
        guard let region = cluster.region else { return }
        for zone in zones(of: resource) {
            guard let text = zone.knownString, let zoneRegion = Self.region(ofZone: text), zoneRegion != region else { continue }
            findings.add("'\(text)' is a zone of \(zoneRegion), but cluster '\(resource.name ?? "")' is in \(region); one cluster lives in one Region (for several Regions, write one ClusterConfig per Region)",
                         at: zone, notes: cluster.regionNode.map { [Note("the cluster's Region", at: $0, in: resource)] } ?? [])
        }
    }

    /// Every node that names a zone: cluster and node group zones, and subnets' `az` or AZ-named keys.
    private func zones(of resource: Resource) -> [YAMLNode] {
        let body = resource.body
        var zones = ["availabilityZones", "localZones"].flatMap { Array(body[$0]?.elements ?? .empty) }
        for group in ClusterConfigView(resource).nodeGroups {
            zones += ["availabilityZones", "localZones"].flatMap { Array(group.node[$0]?.elements ?? .empty) }
        }
        for visibility in ["private", "public"] {
            for subnet in body["vpc", "subnets", visibility]?.pairs ?? .empty {
                zones.append(subnet.value["az"] ?? subnet.key)
            }
        }
        return zones
    }

    /// `us-east-1` for `us-east-1a` or the Local Zone `us-east-1-bos-1a`; nil for zone IDs (`use1-az1`) and names.
    static func region(ofZone zone: String) -> String? {
        guard let match = zone.wholeMatch(of: #/([a-z]{2,4}(?:-[a-z]+)+-[0-9]{1,2})(?:[a-z]|-[a-z0-9]+(?:-[a-z0-9]+)*)/#) else { return nil }
        return String(match.1)
    }
}
