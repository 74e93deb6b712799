import BerthLint
import BerthSpecs
import BerthYAML

/// Plain environment values are stored in the task definition, readable by anyone who may describe it.
struct PlaintextSecret: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS128", name: "plaintext-secret",
        summary: "A password, token or AWS key in a plain environment variable",
        rationale: """
        Values in environment are part of the task definition: anyone allowed to describe task definitions, and every \
        tool that logs or stores them, reads them in plain text, and each revision keeps them. Secrets belong in \
        secrets, whose valueFrom names a Secrets Manager secret or an SSM Parameter Store parameter that ECS reads \
        with the task execution role when the container starts. AWS access keys should not be passed at all: give \
        the task a task role. berth recognises names that end with PASSWORD, SECRET, TOKEN, API_KEY, SECRET_KEY and \
        the like (not names that describe or point at a secret, such as *_PASSWORD_ARN or TOKEN_EXPIRY), AWS access \
        keys and URLs with a password.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
        severity: .warning, category: .security,
        triggering: [
            """
            kind: TaskDefinition
            family: api
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/api
            containerDefinitions:
              - name: api
                image: "acme/api:3.1.0"
                memory: 512
                environment:
                  - {name: DB_PASSWORD, value: ↓hunter2}
                  - {name: stripe_api_key, value: ↓sk_live_51Habc}
                  - {name: GITHUB_TOKEN, value: ↓"ghp_0123456789abcdefghij"}
                  - {name: DATABASE_URL, value: ↓"postgres://api:hunter2@db.internal:5432/api"}
            """,
            """
            kind: TaskDefinition
            family: sync
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/sync
            containerDefinitions:
              - name: sync
                image: "acme/sync:1.0.0"
                memory: 512
                environment:
                  - {name: AWS_ACCESS_KEY_ID, value: ↓AKIAIOSFODNN7EXAMPLE}
                  - {name: AWS_SECRET, value: ↓wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY}
                  - {name: UPSTREAM, value: ↓AKIAI44QH8DHBEXAMPLE}
                  - {name: UPSTREAM_KEY, value: ↓je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: api
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/api
            executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
            containerDefinitions:
              - name: api
                image: "acme/api:3.1.0"
                memory: 512
                secrets:
                  - {name: DB_PASSWORD, valueFrom: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db"}
                environment:
                  - {name: DB_PASSWORD_ARN, value: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db"}
                  - {name: DB_PASSWORD_FILE, value: /run/secrets/db}
                  - {name: TOKEN_ENDPOINT, value: "https://auth.example.com/oauth/token"}
                  - {name: DATABASE_URL, value: "postgres://api@db.internal:5432/api?sslmode=require"}
                  - {name: TOKEN_TTL, value: "3600"}
                  - {name: SESSION_SECRET_NAME, value: prod/session}
                  - {name: KMS_KEY_ID, value: alias/api}
                  - {name: TOKEN_TYPE, value: Bearer}
                  - {name: PASSWORD_HASH_ALGORITHM, value: bcrypt}
                  - {name: SECRET_STORE, value: aws-secretsmanager}
            """,
            """
            kind: TaskDefinition
            family: api
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/api
            containerDefinitions:
              - name: api
                image: "acme/api:3.1.0"
                memory: 512
                environment:
                  - {name: DB_PASSWORD, value: "${DB_PASSWORD}"}
                  - {name: REDIS_PASSWORD, value: ""}
                  - {name: REQUIRE_TOKEN, value: "true"}
                  - {name: PASSWORD_MIN, value: "12"}
                  - {name: TOKENIZER, value: wordpiece}
                  - {name: BUILD_SHA, value: 0123456789abcdef0123456789abcdef01234567}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for container in TaskDefinitionView(resource).containers {
            let environment = container["environment"]?.elements ?? .empty
            // A 40-character key is only recognisable as an AWS secret access key next to an access key ID.
            let hasAccessKeyID = environment.contains { $0["value"]?.knownString.map(Self.isAccessKeyID) == true }
            for entry in environment {
                guard let value = entry["value"], let text = value.knownString, !text.isEmpty else { continue }
                let name = entry["name"]?.knownString
                let holds: String
                if Self.isAccessKeyID(text) || (hasAccessKeyID && Self.isSecretAccessKey(text)) {
                    holds = "an AWS access key in plain text; give the task a task role instead of keys, or"
                } else if let name, SecretName.holdsSecret(name), Self.isLiteral(text) {
                    holds = "a secret in plain text;"
                } else if Self.hasPasswordInURL(text) {
                    holds = "a URL with a password in it;"
                } else {
                    continue
                }
                let variable = name.map { "environment variable '\($0)'" } ?? "an environment variable"
                let owner = container["name"]?.text.map { "container '\($0)'" } ?? "a container"
                findings.add("\(variable) of \(owner) in \(resource.label) holds \(holds) move it to secrets with valueFrom (Secrets Manager or SSM Parameter Store)",
                             at: value)
            }
        }
    }

    /// A value that could be a secret: not a flag, a number or an ARN pointing at one.
    private static func isLiteral(_ value: String) -> Bool {
        guard !value.utf8.starts(with: "arn:".utf8), Double(value) == nil else { return false }
        return value.utf8.count > 5 || !["true", "false", "yes", "no", "on", "off"].contains(value.lowercased())
    }

    /// `postgres://app:hunter2@db:5432/app`: a password in the authority part of a URL.
    private static func hasPasswordInURL(_ value: String) -> Bool {
        bytes(of: value) { bytes in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes[colon...].starts(with: "://".utf8) else { return false }
            let authority = bytes[(colon + 3)...].prefix { $0 != UInt8(ascii: "/") }
            guard let at = authority.lastIndex(of: UInt8(ascii: "@")),
                  let separator = authority[..<at].firstIndex(of: UInt8(ascii: ":")) else { return false }
            return separator + 1 < at
        }
    }

    /// `(AKIA|ASIA)[0-9A-Z]{16}`: a long-term or temporary access key ID.
    private static func isAccessKeyID(_ value: String) -> Bool {
        value.utf8.count == 20 && (value.hasPrefix("AKIA") || value.hasPrefix("ASIA"))
            && value.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// `[A-Za-z0-9/+]{40}`: the shape of a secret access key.
    private static func isSecretAccessKey(_ value: String) -> Bool {
        value.utf8.count == 40 && value.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        }
    }

    /// Names and values are read as UTF-8 bytes: `String` views cost thousands of instructions per variable.
    private static func bytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var text = text
        return text.withUTF8(body)
    }
}
