/// A container image reference, parsed enough to tell private ECR images from others.
public struct ImageReference: Sendable, Equatable {
    /// The image is in a private ECR registry (`<account>.dkr.ecr.<region>.amazonaws.com/…`, FIPS, China,
    /// or the dual-stack `<account>.dkr-ecr.<region>.on.aws`).
    public let isPrivateECR: Bool

    public init(_ image: String) {
        // The registry is the part before the first slash, when there is one.
        let parts = image.split(separator: "/", maxSplits: 1)
        isPrivateECR = parts.count == 2 && Self.isPrivateECRHost(String(parts[0]))
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
