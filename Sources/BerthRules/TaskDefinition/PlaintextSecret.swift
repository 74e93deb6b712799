import BerthLint
import BerthSpecs
import BerthYAML

/// Plain environment values are stored in the task definition, readable by anyone who may describe it.
struct PlaintextSecret: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS128", name: "plaintext-secret",
        summary: "A password, token or key written in plain text in a task definition",
        rationale: """
        Values in environment, docker labels, log options and commands are part of the task definition: anyone \
        allowed to describe task definitions, and every tool that logs or stores them, reads them in plain text, and \
        each revision keeps them. Secrets belong in secrets (or logConfiguration.secretOptions), whose valueFrom names \
        a Secrets Manager secret or an SSM Parameter Store parameter that ECS reads with the task execution role when \
        the container starts. AWS access keys should not be passed at all: give the task a task role. berth \
        recognises secrets by name (PASSWORD, SECRET, TOKEN, API_KEY, SECRET_KEY, credentials and the like, in any \
        case, but not names that describe or point at a secret, such as *_PASSWORD_ARN, *_FILE or TOKEN_ENDPOINT), \
        by value whatever the name (AWS access key IDs, URLs with a password, GitHub, GitLab, Slack, Stripe, npm and \
        sk- API tokens, private keys, JSON Web Tokens) and as flags (--password=…, --token …). Placeholders such as \
        ${DB_PASSWORD} and references a shell expands ($API_TOKEN) are not secrets. The message names the variable \
        and what was found, never the value.
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
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - name: worker
                image: "acme/worker:2.0.0"
                memory: 512
                command: [worker, ↓"--password=hunter22", --token, ↓s3cr3t-t0ken, ↓"--db=postgres://app:hunter2@db:5432/app"]
                environment:
                  - {name: credentials, value: ↓"app:hunter2"}
                  - {name: UPSTREAM, value: ↓"ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5"}
                  - {name: BILLING, value: ↓"sk_live_4eC39HqLyjWDarjtT1zdp7dc"}
                  - {name: NOTIFY, value: ↓"xoxb-1234567890-abcdefghijklmnop"}
                  - {name: SESSION, value: ↓"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3b3JrZXIifQ.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"}
                  - {name: DEPLOY_KEY, value: ↓"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjE\\n-----END OPENSSH PRIVATE KEY-----"}
                dockerLabels:
                  com.acme.api-token: ↓t0k3n-value-123
                logConfiguration:
                  logDriver: splunk
                  options:
                    splunk-url: "https://splunk.example.com:8088"
                    splunk-token: ↓00000000-1111-2222-3333-444444444444
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
                  - {name: CACHE_KEY, value: 0123456789abcdef0123456789abcdef01234567}
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - name: worker
                image: "acme/worker:2.0.0"
                memory: 512
                command: [worker, --password-file=/run/secrets/db, --token-endpoint, "https://auth.example.com/token",
                          "--password=${DB_PASSWORD}", --log-level, debug]
                entryPoint: [sh, -c, 'exec worker --token "$API_TOKEN"']
                environment:
                  - {name: PUBLIC_URL, value: "https://deploy@example.com/status"}
                  - {name: TASK_SLUG, value: task-runner-nightly}
                  - {name: CA_BUNDLE, value: "-----BEGIN CERTIFICATE-----\\nMIIBszCCAVmgAwIBAgIU\\n-----END CERTIFICATE-----"}
                  - {name: NPM_CONFIG_REGISTRY, value: "https://registry.npmjs.org/"}
                  - {name: GITHUB_REPOSITORY, value: acme/worker}
                  - {name: AKIA_NOTE, value: AKIA-is-the-prefix-of-access-keys}
                dockerLabels:
                  com.acme.token-endpoint: "https://auth.example.com/token"
                  com.acme.owner: payments
                logConfiguration:
                  logDriver: awslogs
                  options:
                    awslogs-group: /ecs/worker
                    awslogs-region: us-east-1
                    awslogs-stream-prefix: worker
            """,
        ])

    private static let environmentAdvice = "move it to secrets with valueFrom (Secrets Manager or SSM Parameter Store)"
    private static let commandFields = ["entryPoint", "command"]
    private static let commandAdvice = "pass it in secrets, which the command can read from the environment"
    /// Maps of a container whose keys name their values, and what to do instead.
    private static let namedMaps = [
        (path: ["dockerLabels"], what: "docker label",
         advice: "docker labels are shown to anyone who can inspect the container; pass it in secrets instead"),
        (path: ["logConfiguration", "options"], what: "log option", advice: "move it to logConfiguration.secretOptions with valueFrom"),
    ]

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for container in TaskDefinitionView(resource).containers {
            let owner = { "\(container["name"]?.text.map { "container '\($0)'" } ?? "a container") in \(resource.label)" }
            for entry in container["environment"]?.elements ?? .empty {
                let name = entry["name"]?.knownString
                Self.check(entry["value"], name: name, what: name.map { "environment variable '\($0)'" } ?? "an environment variable",
                           of: owner(), advice: Self.environmentAdvice, findings: &findings)
            }
            for map in Self.namedMaps {
                for pair in container[path: map.path]?.pairs ?? .empty {
                    guard let key = pair.key.text else { continue }
                    Self.check(pair.value, name: key, what: "\(map.what) '\(key)'", of: owner(), advice: map.advice, findings: &findings)
                }
            }
            for field in Self.commandFields {
                var previous: String?
                for (index, argument) in (container[field]?.elements ?? .empty).enumerated() {
                    Self.check(argument, name: SecretDetector.flagName(before: previous), what: "\(field) argument \(index + 1)", of: owner(),
                               advice: Self.commandAdvice, findings: &findings)
                    previous = argument.string
                }
            }
        }
    }

    /// One finding for a value holding secrets, naming the first: the message names where it is, never what it is.
    /// The words are made only for a finding: most values hold nothing.
    private static func check(_ value: YAMLNode?, name: String?, what: @autoclosure () -> String, of owner: @autoclosure () -> String,
                              advice: String, findings: inout Findings) {
        guard let value, value.tag == nil, let text = value.string,
              let secret = SecretDetector.secrets(in: text, name: name).first else { return }
        let isAWSKey = secret.kind == .awsAccessKeyID || secret.kind == .awsSecretAccessKey
        let instead = isAWSKey ? "give the task a task role instead of keys, or \(advice)" : advice
        findings.add("\(what()) of \(owner()) holds \(secret.description) in plain text; \(instead)", at: value)
    }
}
