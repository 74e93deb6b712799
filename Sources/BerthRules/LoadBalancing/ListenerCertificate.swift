import BerthLint
import BerthSpecs
import BerthYAML

/// HTTPS and TLS listeners terminate TLS, so they need a certificate to present.
struct ListenerCertificate: Rule {
    static let kinds: Set<ResourceKind> = [.listener]

    static let description = RuleDescription(
        id: "ECS604", name: "listener-certificate",
        summary: "An HTTPS or TLS listener without a certificate",
        rationale: """
        A listener whose protocol is HTTPS (Application Load Balancer) or TLS (Network Load Balancer) terminates TLS and \
        must name exactly one default certificate in Certificates (an ACM or IAM certificate ARN); CreateListener rejects \
        it otherwise. More certificates for SNI are added with AddListenerCertificates.
        """,
        helpURI: "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateListener.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Listener
            LoadBalancerArn: public
            Protocol: ↓HTTPS
            Port: 443
            DefaultActions: [{Type: forward, TargetGroupArn: web}]
            """,
            """
            kind: Listener
            LoadBalancerArn: edge
            Protocol: ↓TLS
            Port: 443
            Certificates: []
            DefaultActions: [{Type: forward, TargetGroupArn: api}]
            """,
        ],
        nonTriggering: [
            """
            kind: Listener
            LoadBalancerArn: public
            Protocol: HTTPS
            Port: 443
            Certificates: [{CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0b6e1f2c-1a2b-4c3d-9e8f-0123456789ab}]
            DefaultActions: [{Type: forward, TargetGroupArn: web}]
            """,
            """
            kind: Listener
            LoadBalancerArn: public
            Protocol: HTTP
            Port: 80
            DefaultActions: [{Type: redirect, RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let protocolNode = resource.body["Protocol"], let value = protocolNode.knownString,
              value == "HTTPS" || value == "TLS" else { return }
        let certificates = resource.body["Certificates"]
        guard certificates?.isOpaque != true, (certificates?.elements ?? .empty).isEmpty else { return }
        let port = resource.body["Port"]?.knownString.map { " on port \($0)" } ?? ""
        findings.add("the listener\(port) uses protocol \(value), which needs a default certificate; add Certificates with an ACM certificate ARN", at: protocolNode)
    }
}
