/// A container image reference, parsed enough to tell private ECR images from others.
public struct ImageReference: Sendable, Equatable {
    /// The image is in a private ECR registry (`<account>.dkr.ecr.<region>.amazonaws.com/…`, FIPS, China,
    /// or the dual-stack `<account>.dkr-ecr.<region>.on.aws`).
    public let isPrivateECR: Bool
    public let registryHost: String?

    public init(_ image: String) {
        let host = image.split(separator: "/", maxSplits: 1).count == 2 ? image.split(separator: "/").first.map(String.init) : nil
        registryHost = host
        isPrivateECR = host.map(Self.isPrivateECRHost) ?? false
    }

    private static func isPrivateECRHost(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 5, labels[0].count == 12, labels[0].allSatisfy(\.isNumber) else { return false }
        if labels[1] == "dkr", labels[2] == "ecr" || labels[2] == "ecr-fips" {
            return host.hasSuffix(".amazonaws.com") || host.hasSuffix(".amazonaws.com.cn")
        }
        return labels[1] == "dkr-ecr" && host.hasSuffix(".on.aws")
    }
}
