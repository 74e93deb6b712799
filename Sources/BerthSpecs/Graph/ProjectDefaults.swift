/// Where the project deploys, when its files do not say: the account and Region from `.berth.yaml`. Rules that
/// compare an ARN's account or an image's Region with the project's own read them; unknown means no finding.
public struct ProjectDefaults: Sendable, Hashable {
    public var accountID: String?
    public var region: String?

    public init(accountID: String? = nil, region: String? = nil) {
        self.accountID = accountID
        self.region = region
    }
}
