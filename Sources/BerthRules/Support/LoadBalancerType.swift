import BerthSpecs

/// The type of an elbv2 load balancer: `Type` as written, `application` when absent (CreateLoadBalancer's
/// default); nil when it is a placeholder.
enum LoadBalancerType {
    static func of(_ loadBalancer: Resource) -> String? {
        guard let node = loadBalancer.body["Type"] else { return "application" }
        return node.knownString
    }
}
