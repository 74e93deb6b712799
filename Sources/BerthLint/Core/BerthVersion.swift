/// berth's version and home, for `--version`, SARIF's tool driver, schema ids and `berth init`.
public enum BerthVersion {
    public static let current = "0.1.0"
    /// The repository berth is published from: pre-commit's `repo:`, SARIF's `informationUri`, and the base of
    /// the schemas' `$id`s.
    public static let homepage = "https://github.com/berth-dev/berth"
}
