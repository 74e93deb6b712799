/// A secret inside a string value: where it is (UTF-8 offsets) and what gave it away.
public struct Secret: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The value's name says it holds a secret (`DB_PASSWORD`).
        case named
        /// The value of a secret-named flag or assignment inside the string (`--password=…`, `token=…`).
        case assigned(String)
        case awsAccessKeyID
        case awsSecretAccessKey
        case passwordInURL
        case privateKey
        case jsonWebToken
        /// A token with a provider's well-known prefix; the provider's words (`a GitHub token`).
        case token(String)
    }

    public var range: Range<Int>
    public var kind: Kind

    /// What was found, for messages: `an AWS access key ID`, `the value of '--password'`.
    public var description: String {
        switch kind {
        case .named: "a secret"
        case .assigned(let name): "the value of '\(name)'"
        case .awsAccessKeyID: "an AWS access key ID"
        case .awsSecretAccessKey: "an AWS secret access key"
        case .passwordInURL: "a URL with a password"
        case .privateKey: "a private key"
        case .jsonWebToken: "a JSON Web Token"
        case .token(let words): words
        }
    }
}

/// Finds secrets in string values, by the name the value goes by and by the value's own shape: AWS access
/// keys, URLs with a password, tokens with a well-known prefix, private keys, JWTs, and secret-named flags
/// and assignments inside command lines. Lint (ECS128), snippets and plan all ask it, so they agree.
///
/// One pass over the bytes, dispatching on the few bytes a secret can start with: it runs on every string
/// of every file a finding points into.
public enum SecretDetector {
    /// What replaces a secret in snippets and messages: fixed, so it tells nothing of the secret's length.
    public static let mask = "****"

    /// The name says its value is a secret (`DB_PASSWORD`, `credentials`, `--token`), not that it describes or
    /// points at one (`DB_PASSWORD_ARN`, `TOKEN_ENDPOINT`, `passwordFile`).
    public static func isSecretName(_ name: String) -> Bool {
        SecretName.meaning(name) == .secret
    }

    /// The secrets in `value`, in order, not overlapping. `name` is what the value goes by: its key, the
    /// variable it sets, the flag before it.
    public static func secrets(in value: String, name: String?) -> [Secret] {
        var value = value
        return value.withUTF8 { bytes in
            var found = scan(bytes)
            guard let name else { return found }
            let meaning = SecretName.meaning(name)
            guard meaning != .other, isLiteral(bytes) else { return found }
            let whole = 0..<bytes.count
            switch meaning {
            case .secret:
                let kind = found.first?.kind ?? (isSecretAccessKey(bytes) ? .awsSecretAccessKey : .named)
                found = [Secret(range: whole, kind: kind)]
            case .key where found.isEmpty && isSecretAccessKey(bytes):
                found = [Secret(range: whole, kind: .awsSecretAccessKey)]
            default:
                break
            }
            return found
        }
    }

    /// The name a mapping member's value goes by: its key, except that the `value` of a `{name: …, value: …}`
    /// entry (an environment variable, a tag) goes by the entry's name.
    public static func memberName(_ key: String, sibling: (String) -> String?) -> String {
        guard key == "value" || key == "Value" else { return key }
        return sibling("name") ?? sibling("Name") ?? sibling("key") ?? sibling("Key") ?? key
    }

    /// The name a list element goes by when the element before it is a flag without a value (`--token`, then
    /// the token).
    public static func flagName(before previous: String?) -> String? {
        guard let previous, previous.utf8.first == UInt8(ascii: "-"), !previous.utf8.contains(UInt8(ascii: "=")) else { return nil }
        return previous
    }

    /// `text` with each secret replaced by `mask`.
    public static func masking(_ text: String, _ secrets: [Secret]) -> String {
        var bytes: [UInt8] = []
        var next = 0
        let utf8 = Array(text.utf8)
        for secret in secrets {
            bytes += utf8[next..<secret.range.lowerBound]
            bytes += mask.utf8
            next = secret.range.upperBound
        }
        bytes += utf8[next...]
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: the scan

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Secret] {
        var found: [Secret] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let atWord = index == 0 || !isAlphanumeric(bytes[index - 1])
            var match: Secret?
            switch byte {
            case UInt8(ascii: "A"), UInt8(ascii: "g"), UInt8(ascii: "s"), UInt8(ascii: "r"), UInt8(ascii: "x"), UInt8(ascii: "n"):
                if atWord, index + 1 < bytes.count, mayStartToken(byte, bytes[index + 1]) { match = token(in: bytes, at: index) }
            case UInt8(ascii: "e"):
                if atWord, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "y") { match = jsonWebToken(in: bytes, at: index) }
            case UInt8(ascii: ":"):
                match = passwordInURL(in: bytes, at: index)
            case UInt8(ascii: "-") where bytes[index...].starts(with: pemBegin):
                match = privateKey(in: bytes, at: index)
            default:
                break
            }
            if match == nil, index == 0 || isSeparator(bytes[index - 1]), isNameByte(byte) {
                match = assignment(in: bytes, at: index)
            }
            if let match {
                found.append(match)
                index = max(match.range.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return found
    }

    /// The bytes a token's body is made of.
    private enum Alphabet {
        case upperAlphanumeric, alphanumeric, word, token

        func contains(_ byte: UInt8) -> Bool {
            switch self {
            case .upperAlphanumeric: isUpperAlphanumeric(byte)
            case .alphanumeric: isAlphanumeric(byte)
            case .word: isWordByte(byte)
            case .token: isTokenByte(byte)
            }
        }
    }

    /// A token format: prefix, then a run of `body` bytes whose length is in `lengths`.
    private struct TokenFormat: Sendable {
        let prefix: [UInt8]
        let body: Alphabet
        let lengths: ClosedRange<Int>
        let kind: Secret.Kind

        init(_ prefix: String, _ body: Alphabet, _ lengths: ClosedRange<Int>, _ kind: Secret.Kind) {
            self.prefix = Array(prefix.utf8)
            self.body = body
            self.lengths = lengths
            self.kind = kind
        }
    }

    /// Prefixes and lengths as the providers document them, with lengths kept long enough that words and slugs
    /// (`sk-service`, `npm_config`) do not match.
    private static let tokenFormats: [TokenFormat] = {
        let github = Secret.Kind.token("a GitHub token")
        let slack = Secret.Kind.token("a Slack token")
        let stripe = Secret.Kind.token("a Stripe live key")
        return [
            TokenFormat("AKIA", .upperAlphanumeric, 16...16, .awsAccessKeyID),
            TokenFormat("ASIA", .upperAlphanumeric, 16...16, .awsAccessKeyID),
            TokenFormat("github_pat_", .word, 22...255, github),
            TokenFormat("glpat-", .token, 20...255, .token("a GitLab token")),
            TokenFormat("sk_live_", .alphanumeric, 16...255, stripe),
            TokenFormat("rk_live_", .alphanumeric, 16...255, stripe),
            TokenFormat("sk-", .token, 32...255, .token("an API key (sk-)")),
            TokenFormat("npm_", .alphanumeric, 36...36, .token("an npm token")),
        ] + ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"].map { TokenFormat($0, .alphanumeric, 20...255, github) }
            + ["xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-"].map { TokenFormat($0, .token, 10...255, slack) }
    }()

    /// The first two bytes of some token format: most words (`name`, `secret`, `region`) stop here.
    private static func mayStartToken(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: "A"), UInt8(ascii: "K")), (UInt8(ascii: "A"), UInt8(ascii: "S")), (UInt8(ascii: "g"), UInt8(ascii: "h")),
             (UInt8(ascii: "g"), UInt8(ascii: "i")), (UInt8(ascii: "g"), UInt8(ascii: "l")), (UInt8(ascii: "s"), UInt8(ascii: "k")),
             (UInt8(ascii: "r"), UInt8(ascii: "k")), (UInt8(ascii: "x"), UInt8(ascii: "o")), (UInt8(ascii: "n"), UInt8(ascii: "p")): true
        default: false
        }
    }

    private static func token(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Secret? {
        let rest = bytes[start...]
        for format in tokenFormats where rest.starts(with: format.prefix) {
            let bodyStart = start + format.prefix.count
            let end = bytes[bodyStart...].firstIndex { !format.body.contains($0) } ?? bytes.count
            // A token ends where the word does: `AKIA` and 17 capitals is not an access key ID.
            guard format.lengths.contains(end - bodyStart), end == bytes.count || !isAlphanumeric(bytes[end]) else { continue }
            return Secret(range: start..<end, kind: format.kind)
        }
        return nil
    }

    /// `eyJ….eyJ….…`: three base64url parts, the first two JSON objects.
    private static func jsonWebToken(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Secret? {
        var index = start
        for part in 0..<3 {
            if part < 2, !bytes[index...].starts(with: "eyJ".utf8) { return nil }
            let end = bytes[index...].firstIndex { !isTokenByte($0) } ?? bytes.count
            guard end - index >= 10 else { return nil }
            index = end
            if part < 2 {
                guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else { return nil }
                index += 1
            }
        }
        return Secret(range: start..<index, kind: .jsonWebToken)
    }

    /// `postgres://app:hunter2@db:5432/app`: the password of a URL's authority, at its `://`.
    private static func passwordInURL(in bytes: UnsafeBufferPointer<UInt8>, at colon: Int) -> Secret? {
        guard bytes[colon...].starts(with: "://".utf8) else { return nil }
        let authorityStart = colon + 3
        let authorityEnd = bytes[authorityStart...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") || isSeparator($0) } ?? bytes.count
        let authority = bytes[authorityStart..<authorityEnd]
        guard let at = authority.lastIndex(of: UInt8(ascii: "@")),
              let separator = authority[..<at].firstIndex(of: UInt8(ascii: ":")), separator + 1 < at,
              !hasPlaceholder(bytes[(separator + 1)..<at]) else { return nil }
        return Secret(range: (separator + 1)..<at, kind: .passwordInURL)
    }

    private static let pemBegin = Array("-----BEGIN ".utf8)
    private static let pemEnd = Array("-----END ".utf8)
    private static let pemDashes = Array("-----".utf8)

    /// `-----BEGIN RSA PRIVATE KEY-----` to its END line (or the end of the value), not certificates or public keys.
    private static func privateKey(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Secret? {
        let labelStart = start + pemBegin.count
        guard let labelEnd = firstIndex(of: pemDashes, in: bytes, from: labelStart),
              bytes[labelStart..<labelEnd].reversed().starts(with: "PRIVATE KEY".utf8.reversed()) else { return nil }
        guard let endLine = firstIndex(of: pemEnd, in: bytes, from: labelEnd + pemDashes.count),
              let close = firstIndex(of: pemDashes, in: bytes, from: endLine + pemEnd.count) else {
            return Secret(range: start..<bytes.count, kind: .privateKey)
        }
        return Secret(range: start..<(close + pemDashes.count), kind: .privateKey)
    }

    /// `--password=hunter2`, `--token hunter2`, `PGPASSWORD=hunter2 psql`, `?token=…&`: the value of a
    /// secret-named flag or assignment. Only dashed flags take their value from the next word.
    private static func assignment(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Secret? {
        let nameEnd = bytes[start...].firstIndex { !isNameByte($0) } ?? bytes.count
        guard nameEnd < bytes.count else { return nil }
        var valueStart = nameEnd + 1
        if bytes[nameEnd] != UInt8(ascii: "=") {
            guard bytes[start] == UInt8(ascii: "-"), bytes[nameEnd] == UInt8(ascii: " ") else { return nil }
            valueStart = bytes[nameEnd...].firstIndex { $0 != UInt8(ascii: " ") } ?? bytes.count
            guard valueStart < bytes.count, bytes[valueStart] != UInt8(ascii: "-") else { return nil }
        }
        let quote = valueStart < bytes.count && (bytes[valueStart] == UInt8(ascii: "'") || bytes[valueStart] == UInt8(ascii: "\""))
            ? bytes[valueStart] : nil
        if quote != nil { valueStart += 1 }
        let valueEnd = bytes[valueStart...].firstIndex { byte in quote.map { byte == $0 } ?? isSeparator(byte) } ?? bytes.count
        let value = UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])
        guard SecretName.meaning(bytes[start..<nameEnd]) == .secret, isLiteral(value) else { return nil }
        let name = String(decoding: bytes[start..<nameEnd], as: UTF8.self)
        return Secret(range: valueStart..<valueEnd, kind: .assigned(name))
    }

    // MARK: values and bytes

    /// A value that could be a secret: not empty, a placeholder, a flag, a number, an ARN pointing at one, or a
    /// reference a shell or Kubernetes expands (`$DB_PASSWORD`, `$(cat /run/secrets/db)`).
    private static func isLiteral(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = value.first, first != UInt8(ascii: "$"), !value.starts(with: "arn:".utf8), !hasPlaceholder(value[...]) else {
            return false
        }
        let numeric = value.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 | 0x20 == UInt8(ascii: "e") }
        if numeric, Double(String(decoding: value, as: UTF8.self)) != nil { return false }
        return value.count > 5 || !["true", "false", "yes", "no", "on", "off"].contains(String(decoding: value, as: UTF8.self).lowercased())
    }

    /// `[A-Za-z0-9/+]{40}` with capitals, small letters and digits: the shape of a secret access key (a git SHA
    /// has no capitals).
    private static func isSecretAccessKey(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.count == 40, value.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "+") }) else { return false }
        return value.contains(where: isUpper) && value.contains(where: isLower) && value.contains(where: isDigit)
    }

    /// `${…}` or `{{…}}`: filled in at deploy time, so not a secret written here.
    private static func hasPlaceholder(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { ($0 == UInt8(ascii: "$") || $0 == UInt8(ascii: "{")) && $1 == UInt8(ascii: "{") }
    }

    private static func firstIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start <= bytes.count, let first = needle.first else { return nil }
        var index = start
        while let candidate = bytes[index...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) || isDigit(byte) }
    private static func isUpperAlphanumeric(_ byte: UInt8) -> Bool { isUpper(byte) || isDigit(byte) }
    private static func isWordByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: "_") }
    /// Base64url, the alphabet of JWTs and most API tokens.
    private static func isTokenByte(_ byte: UInt8) -> Bool { isWordByte(byte) || byte == UInt8(ascii: "-") }
    /// A byte of a flag or variable name: `--db-password`, `PGPASSWORD`, `auth.token`.
    private static func isNameByte(_ byte: UInt8) -> Bool { isTokenByte(byte) || byte == UInt8(ascii: ".") }
    /// What ends a word in a command line or query string.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "&"), UInt8(ascii: ";"),
             UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: "("): true
        default: false
        }
    }
}
