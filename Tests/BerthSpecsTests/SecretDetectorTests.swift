import BerthSpecs
import Testing

/// The detector on values alone: what it finds, where, and what it leaves (`secret` marks the span it must mask).
@Suite("secret detector")
struct SecretDetectorTests {
    /// Found whatever the name: value, the part that is secret, what it is.
    @Test(arguments: [
        ("AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "an AWS access key ID"),
        ("key ASIAY34FZKBOKMUTVV7A here", "ASIAY34FZKBOKMUTVV7A", "an AWS access key ID"),
        ("postgres://api:hunter2@db.internal:5432/api", "hunter2", "a URL with a password"),
        ("redis://:s3cret@cache:6379/0", "s3cret", "a URL with a password"),
        ("ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5", "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5", "a GitHub token"),
        ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "a GitHub token"),
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "a Stripe live key"),
        ("Bearer xoxb-1234567890-abcdefghijklmnop", "xoxb-1234567890-abcdefghijklmnop", "a Slack token"),
        ("glpat-abcdefghij0123456789", "glpat-abcdefghij0123456789", "a GitLab token"),
        ("npm_abcdefghijklmnopqrstuvwxyz0123456789", "npm_abcdefghijklmnopqrstuvwxyz0123456789", "an npm token"),
        ("sk-proj-abcdefghijklmnopqrstuvwxyz012345", "sk-proj-abcdefghijklmnopqrstuvwxyz012345", "an API key (sk-)"),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3b3JrZXIifQ.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
         "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3b3JrZXIifQ.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk", "a JSON Web Token"),
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n",
         "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----", "a private key"),
        ("app --password=hunter22 --verbose", "hunter22", "the value of '--password'"),
        ("app --api-token 'abc def' --verbose", "abc def", "the value of '--api-token'"),
        ("PGPASSWORD=hunter22 psql -h db", "hunter22", "the value of 'PGPASSWORD'"),
        ("https://hooks.example.com/notify?channel=ops&token=abc123xyz", "abc123xyz", "the value of 'token'"),
    ])
    func byValue(value: String, secret: String, description: String) throws {
        let found = SecretDetector.secrets(in: value, name: nil)
        let first = try #require(found.first, "\(value)")
        #expect(found.count == 1)
        #expect(Self.text(of: first, in: value) == secret)
        #expect(first.description == description)
    }

    /// Names that say their value is a secret, in any case and spelling; the whole value is the secret.
    @Test(arguments: ["DB_PASSWORD", "stripe_api_key", "credentials", "Credentials", "clientSecret", "APIKey", "SMTP_PASS",
                      "splunk-token", "--token", "AWS_ACCESS_KEY_ID", "SECRET_KEY", "auth.token", "TOKEN_VALUE"])
    func secretNames(name: String) {
        #expect(SecretDetector.isSecretName(name), "\(name)")
        let found = SecretDetector.secrets(in: "hunter2", name: name)
        #expect(found.map(\.range) == [0..<7] && found.first?.kind == .named, "\(name)")
    }

    /// Names that describe or point at a secret, or only look like one.
    @Test(arguments: ["DB_PASSWORD_ARN", "DB_PASSWORD_FILE", "passwordFile", "TOKEN_ENDPOINT", "TOKEN_TTL", "SECRET_STORE",
                      "PASSWORD_HASH_ALGORITHM", "TOKENIZER", "KMS_KEY_ID", "secrets", "BYPASS", "--token-endpoint", "CACHE_KEY"])
    func otherNames(name: String) {
        #expect(!SecretDetector.isSecretName(name), "\(name)")
        #expect(SecretDetector.secrets(in: "hunter2", name: name).isEmpty, "\(name)")
    }

    /// Values that are not secrets, under secret names or none.
    @Test(arguments: [
        ("DB_PASSWORD", "${DB_PASSWORD}"), ("DB_PASSWORD", "{{ db_password }}"), ("DB_PASSWORD", ""), ("DB_PASSWORD", "12345"),
        ("REQUIRE_TOKEN", "true"), ("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db"),
        (nil, "postgres://api@db.internal:5432/api"), (nil, "postgres://api:${DB_PASSWORD}@db/api"), (nil, "AKIA-is-the-prefix"),
        (nil, "AKIAIOSFODNN7EXAMPLEX"), (nil, "ghp_short"), (nil, "sk-service-name"), (nil, "task-runner"), (nil, "npm_config_cache"),
        (nil, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"), (nil, "-----BEGIN PUBLIC KEY-----"),
        (nil, "eyJhbGciOiJIUzI1NiJ9"), (nil, "app --password-file=/run/secrets/db --token-endpoint https://auth/token"),
        (nil, "app --password=${DB_PASSWORD}"), (nil, "app --password=$DB_PASSWORD"), (nil, "app --token \"$(cat /run/secrets/token)\""),
        ("DB_PASSWORD", "$(DB_PASSWORD)"), (nil, "curl -f http://localhost:8080/health || exit 1"),
        ("BUILD_SHA", "0123456789abcdef0123456789abcdef01234567"), ("CACHE_KEY", "0123456789abcdef0123456789abcdef01234567"),
    ] as [(String?, String)])
    func notSecrets(name: String?, value: String) {
        #expect(SecretDetector.secrets(in: value, name: name).isEmpty, "\(name ?? "-"): \(value)")
    }

    @Test("a 40-character secret access key counts next to a KEY name only")
    func secretAccessKey() {
        let key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
        #expect(SecretDetector.secrets(in: key, name: "UPSTREAM_KEY").first?.kind == .awsSecretAccessKey)
        #expect(SecretDetector.secrets(in: key, name: "AWS_SECRET").first?.kind == .awsSecretAccessKey)
        #expect(SecretDetector.secrets(in: key, name: "UPSTREAM").isEmpty)
    }

    @Test("masking replaces each secret with the fixed mask")
    func masking() {
        let value = "postgres://api:hunter2@db/api?password=other1"
        #expect(SecretDetector.masking(value, SecretDetector.secrets(in: value, name: nil)) == "postgres://api:****@db/api?password=****")
    }

    @Test("the value of an environment entry goes by the entry's name; a list element by the flag before it")
    func names() {
        #expect(SecretDetector.memberName("value") { $0 == "name" ? "DB_PASSWORD" : nil } == "DB_PASSWORD")
        #expect(SecretDetector.memberName("image") { _ in "web" } == "image")
        #expect(SecretDetector.flagName(before: "--token") == "--token")
        #expect(SecretDetector.flagName(before: "--token=abc") == nil)
        #expect(SecretDetector.flagName(before: "worker") == nil)
    }

    private static func text(of secret: Secret, in value: String) -> String {
        String(decoding: Array(value.utf8)[secret.range], as: UTF8.self)
    }
}
