/// Where the project deploys, when its files do not say: the account and Region from `.berth.yaml`. Rules that
/// compare an ARN's account or an image's Region with the project's own read them; unknown means no finding.
public struct ProjectDefaults: Sendable, Hashable {
    public var accountID: String?
    public var region: String?

    public init(accountID: String? = nil, region: String? = nil) {
        self.accountID = accountID
        self.region = region
    }

    /// Twelve digits, as in ARNs.
    public static func isAccountID(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// A Region code such as `us-east-1`, `us-gov-west-1` or `eusc-de-east-1`.
    public static func isRegion(_ text: String) -> Bool {
        text.wholeMatch(of: /[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}/) != nil
    }
}
