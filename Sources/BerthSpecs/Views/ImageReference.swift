/// A container image reference as Docker reads it, `[registry/]repository[:tag][@digest]`, with the Amazon ECR
/// URI grammar for images whose registry has the shape of a private ECR host.
public struct ImageReference: Sendable, Equatable {
    /// The registry host with its port (`ghcr.io`, `registry:5000`); nil when the image names none (Docker Hub).
    public let registry: String?
    /// The repository path after the registry: `nginx`, `acme/web`.
    public let repository: String
    public let tag: String?
    /// Everything after `@`, such as `sha256:…`.
    public let digest: String?
    /// The registry when it has the shape of a private ECR host (`<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`
    /// or the dual-stack `<account>.dkr-ecr.<region>.on.aws`), whatever its account and Region say.
    public let ecrHost: ECRHost?

    /// The account and Region parts of a registry shaped like a private ECR host.
    public struct ECRHost: Sendable, Equatable {
        public let account: String
        public let region: String
    }

    /// Parsed on the UTF-8 buffer: every separator is ASCII, and collection algorithms on `String` views cost
    /// thousands of instructions per image.
    public init(_ image: String) {
        var image = image
        (registry, repository, tag, digest, ecrHost) = image.withUTF8 { bytes in
            func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var end = bytes.count
            var digest: String?
            if let at = bytes.firstIndex(of: UInt8(ascii: "@")) {
                digest = text(at + 1..<end)
                end = at
            }
            var start = 0
            var registry: String?
            var ecrHost: ECRHost?
            if let slash = bytes[..<end].firstIndex(of: UInt8(ascii: "/")), Self.namesRegistry(bytes[..<slash]) {
                registry = text(0..<slash)
                ecrHost = Self.ecrHost(UnsafeBufferPointer(rebasing: bytes[..<slash]))
                start = slash + 1
            }
            // With the registry gone, a colon can only start the tag (a port stays with the registry).
            var tag: String?
            if let colon = bytes[start..<end].lastIndex(of: UInt8(ascii: ":")), !bytes[colon..<end].contains(UInt8(ascii: "/")) {
                tag = text(colon + 1..<end)
                end = colon
            }
            return (registry, text(start..<end), tag, digest, ecrHost)
        }
    }

    /// Docker's rule: the first component is a registry when it has a dot or a port, is `localhost`, or has
    /// uppercase letters (which repository names cannot); otherwise the image is on Docker Hub.
    private static func namesRegistry(_ component: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        component.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
            || component.elementsEqual("localhost".utf8)
    }

    private static func ecrHost(_ host: UnsafeBufferPointer<UInt8>) -> ECRHost? {
        for (service, domain) in ecrHostShapes {
            guard host.count > domain.count, host.suffix(domain.count).elementsEqual(domain) else { continue }
            let regionEnd = host.count - domain.count
            guard let serviceStart = firstIndex(of: service, in: host[..<regionEnd]) else { continue }
            let text = { (range: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: host[range]), as: UTF8.self) }
            return ECRHost(account: text(0..<serviceStart), region: text(serviceStart + service.count..<regionEnd))
        }
        return nil
    }

    /// The service labels and domain of each ECR endpoint shape (IPv4, FIPS, China, dual-stack).
    private static let ecrHostShapes = [(".dkr.ecr.", ".amazonaws.com"), (".dkr.ecr.", ".amazonaws.com.cn"), (".dkr.ecr-fips.", ".amazonaws.com"),
                                        (".dkr.ecr-fips.", ".amazonaws.com.cn"), (".dkr-ecr.", ".on.aws")]
        .map { (Array($0.utf8), Array($1.utf8)) }

    private static func firstIndex(of needle: [UInt8], in haystack: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (haystack.startIndex...haystack.endIndex - needle.count).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    /// The image is in a private ECR registry: an ECR host with a 12-digit account.
    public var isPrivateECR: Bool {
        guard let account = ecrHost?.account else { return false }
        return ECRGrammar.isAccount(account)
    }

    /// The part of an ECR-hosted image that breaks the ECR URI grammar.
    public enum ECRProblem: Sendable, Equatable {
        case account(String), region(String), repository(String), tag(String), digest(String)
    }

    /// The first part of an image on an ECR-shaped host that the ECR URI grammar rejects; nil for well-formed
    /// ECR images and for other registries.
    public var ecrProblem: ECRProblem? {
        guard let host = ecrHost else { return nil }
        if !ECRGrammar.isAccount(host.account) { return .account(host.account) }
        if !ECRGrammar.isRegion(host.region) { return .region(host.region) }
        if !ECRGrammar.isRepository(repository) { return .repository(repository) }
        if let tag, !ECRGrammar.isTag(tag) { return .tag(tag) }
        if let digest, !ECRGrammar.isDigest(digest) { return .digest(digest) }
        return nil
    }
}

/// The parts of the ECR image URI regex in aws-facts.md §11, matched by hand on UTF-8 bytes: Swift's `Regex`
/// costs tens of microseconds per image, as much as parsing the whole file. ImageReferenceTests checks that the
/// parts accept exactly what the documented regex accepts.
enum ECRGrammar {
    /// `\d{12}`
    static func isAccount(_ text: String) -> Bool {
        bytes(of: text) { $0.count == 12 && $0.allSatisfy(isDigit) }
    }

    /// `[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}`: letters, dash-joined words, then a dash and the number.
    static func isRegion(_ text: String) -> Bool {
        let dash = UInt8(ascii: "-")
        return bytes(of: text) { bytes in
            guard let firstDash = bytes.firstIndex(of: dash), let lastDash = bytes.lastIndex(of: dash), firstDash < lastDash else { return false }
            let area = bytes[..<firstDash], words = bytes[(firstDash + 1)..<lastDash], number = bytes[(lastDash + 1)...]
            let wordsAreWords = words.first.map(isLower) == true && words.last.map(isLower) == true
                && words.allSatisfy { isLower($0) || $0 == dash } && !zip(words, words.dropFirst()).contains { $0 == dash && $1 == dash }
            return (2...4).contains(area.count) && area.allSatisfy(isLower) && wordsAreWords
                && (1...2).contains(number.count) && number.allSatisfy(isDigit)
        }
    }

    /// `[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*`
    static func isRepository(_ text: String) -> Bool {
        bytes(of: text) { bytes in
            // Runs of [a-z0-9] joined by one '.', one or two '_', one '/' (between path components), or dashes.
            guard let first = bytes.first, let last = bytes.last, isLower(first) || isDigit(first), isLower(last) || isDigit(last) else {
                return false
            }
            var separator: UInt8 = 0
            var separatorLength = 0
            for byte in bytes {
                if isLower(byte) || isDigit(byte) {
                    let allowed = switch separator {
                    case UInt8(ascii: "."), UInt8(ascii: "/"): separatorLength <= 1
                    case UInt8(ascii: "_"): separatorLength <= 2
                    default: true
                    }
                    guard allowed else { return false }
                    separatorLength = 0
                } else {
                    // A run is one character repeated: '._' or '/-' separate nothing.
                    let isSeparator = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
                    guard isSeparator, separatorLength == 0 || byte == separator else { return false }
                    separator = byte
                    separatorLength += 1
                }
            }
            return true
        }
    }

    /// `[A-Za-z0-9_][A-Za-z0-9._-]{0,299}`
    static func isTag(_ text: String) -> Bool {
        bytes(of: text) { bytes in
            guard let first = bytes.first, bytes.count <= 300, isAlphanumeric(first) || first == UInt8(ascii: "_") else { return false }
            return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
        }
    }

    /// `sha256:[a-f0-9]{64}`
    static func isDigest(_ text: String) -> Bool {
        bytes(of: text) { bytes in
            bytes.count == 71 && bytes.prefix(7).elementsEqual("sha256:".utf8)
                && bytes.dropFirst(7).allSatisfy { isDigit($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
        }
    }

    private static func bytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var text = text
        return text.withUTF8(body)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isLower(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || isLower(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
