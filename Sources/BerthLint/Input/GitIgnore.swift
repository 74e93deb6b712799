/// The patterns of one `.gitignore` (or `info/exclude`) file, compiled once, with the semantics of
/// `git help gitignore`: last matching line wins, `!` re-includes, a trailing `/` restricts a pattern to
/// directories, a slash at the start or in the middle anchors it to `base`, `*`, `?` and `[...]` never
/// match `/`, and `**` as a whole path component spans directories. Matching is on UTF-8 bytes and
/// case-sensitive, as in git.
public struct GitIgnore: Sendable {
    /// The directory holding the file. Paths given to `match` are in the same form (both absolute, or
    /// both relative to one directory); "" means paths are already relative to it.
    public let base: String
    private let patterns: [Pattern]

    public init(_ text: String, base: String = "") {
        self.init(bytes: Array(text.utf8), base: base)
    }

    init(bytes: [UInt8], base: String) {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        patterns = content.split(separator: UInt8(ascii: "\n")).compactMap { line in
            Pattern(line: line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
        }
        self.base = base
    }

    /// Whether these patterns alone ignore `path`: true, false when a `!` pattern re-includes it, nil when
    /// no pattern matches or the path is not under `base`. Parent directories are not consulted: a walk
    /// never descends into an ignored directory, which is how git keeps their content ignored.
    public func match(_ path: String, isDirectory: Bool) -> Bool? {
        let bytes = Array(path.utf8)
        var start = 0
        if !base.isEmpty {
            var prefix = Array(base.utf8)
            if prefix.last != UInt8(ascii: "/") { prefix.append(UInt8(ascii: "/")) }
            guard bytes.starts(with: prefix) else { return nil }
            start = prefix.count
        }
        return bytes.withUnsafeBufferPointer { buffer in
            verdict(for: UnsafeBufferPointer(rebasing: buffer[start...]), isDirectory: isDirectory)
        }
    }

    /// `match` for a path already relative to `base`, without copying it.
    func verdict(for path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool? {
        for pattern in patterns.reversed() where pattern.matches(path, isDirectory: isDirectory) {
            return !pattern.isNegated
        }
        return nil
    }
}

extension GitIgnore {
    /// One pattern line.
    private struct Pattern: Sendable {
        let isNegated: Bool
        let isDirectoryOnly: Bool
        /// Without a slash (other than a trailing one) a pattern matches the last component at any depth;
        /// with one it matches the whole path relative to the file's directory.
        let matchesBasename: Bool
        let components: [Component]

        /// Nil for blank lines, comments, and patterns git can never match (an unclosed `[`, a trailing `\`,
        /// an unknown `[:class:]`): dropping those changes nothing.
        init?(line: ArraySlice<UInt8>) {
            var pattern = Pattern.trimmingTrailingSpaces(line)
            guard let first = pattern.first, first != UInt8(ascii: "#") else { return nil }
            isNegated = first == UInt8(ascii: "!")
            if isNegated { pattern = pattern.dropFirst() }
            isDirectoryOnly = pattern.last == UInt8(ascii: "/")
            if isDirectoryOnly { pattern = pattern.dropLast() }
            matchesBasename = !pattern.contains(UInt8(ascii: "/"))
            if pattern.first == UInt8(ascii: "/") { pattern = pattern.dropFirst() }
            guard !pattern.isEmpty, let components = Component.compile(pattern) else { return nil }
            self.components = components
        }

        /// Trailing spaces are dropped unless escaped with a backslash; tabs are kept (git does the same).
        private static func trimmingTrailingSpaces(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var end = line.startIndex
            var index = line.startIndex
            while index < line.endIndex {
                if line[index] == UInt8(ascii: "\\") {
                    index = min(index + 2, line.endIndex)
                    end = index
                    continue
                }
                if line[index] != UInt8(ascii: " ") { end = index + 1 }
                index += 1
            }
            return line[..<end]
        }

        func matches(_ path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool {
            if isDirectoryOnly && !isDirectory { return false }
            let start = matchesBasename ? (path.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0) : 0
            return matchComponents(path, from: start)
        }

        /// Matches component by component. `**` swallows whole components, so only the latest `**` needs
        /// retrying with one more component, which keeps matching linear in practice.
        private func matchComponents(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
            let end = text.count
            var index = 0
            var position = start
            var retry: (index: Int, position: Int)?
            while true {
                if index < components.count, case .globstar = components[index] {
                    // A trailing `/**` matches everything inside, not the directory itself.
                    if index == components.count - 1 { return position < end }
                    retry = (index + 1, position)
                    index += 1
                    continue
                }
                if index < components.count, position < end {
                    let componentEnd = text[position...].firstIndex(of: UInt8(ascii: "/")) ?? end
                    if components[index].matches(text, position, componentEnd) {
                        index += 1
                        position = componentEnd == end ? end : componentEnd + 1
                        continue
                    }
                } else if index == components.count, position == end {
                    return true
                }
                guard let (retryIndex, retryPosition) = retry, retryPosition < end else { return false }
                let next = text[retryPosition...].firstIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? end
                retry = (retryIndex, next)
                index = retryIndex
                position = next
            }
        }
    }

    /// A pattern component between slashes.
    private enum Component: Sendable {
        /// `**` alone between slashes: zero or more directories (one or more components when last).
        case globstar
        case literal([UInt8])
        case glob([Token])

        enum Token: Sendable {
            case byte(UInt8)
            case anyByte
            /// Any run of bytes within one component; consecutive `*` are one.
            case star
            case set(ByteSet)
        }

        /// Nil when the pattern is malformed; see `Pattern.init`.
        static func compile(_ pattern: ArraySlice<UInt8>) -> [Component]? {
            var components: [Component] = []
            var tokens: [Token] = []
            var starCount = 0
            func finishComponent() {
                if starCount >= 2, tokens.count == 1 {
                    components.append(.globstar)
                } else {
                    let bytes = tokens.compactMap { token -> UInt8? in
                        if case .byte(let byte) = token { byte } else { nil }
                    }
                    components.append(bytes.count == tokens.count ? .literal(bytes) : .glob(tokens))
                }
                tokens = []
                starCount = 0
            }
            var index = pattern.startIndex
            while index < pattern.endIndex {
                let byte = pattern[index]
                index += 1
                switch byte {
                case UInt8(ascii: "/"):
                    finishComponent()
                case UInt8(ascii: "\\"):
                    guard index < pattern.endIndex else { return nil }
                    // An escaped slash still separates components, as in git's matcher.
                    if pattern[index] == UInt8(ascii: "/") {
                        finishComponent()
                    } else {
                        tokens.append(.byte(pattern[index]))
                    }
                    index += 1
                case UInt8(ascii: "*"):
                    starCount += 1
                    if case .star = tokens.last {} else { tokens.append(.star) }
                case UInt8(ascii: "?"):
                    tokens.append(.anyByte)
                case UInt8(ascii: "["):
                    guard let (set, next) = ByteSet.parseBracket(pattern, after: index) else { return nil }
                    tokens.append(.set(set))
                    index = next
                default:
                    tokens.append(.byte(byte))
                }
            }
            finishComponent()
            return components
        }

        /// Matches `text[start..<end]`, which holds no slash.
        func matches(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
            switch self {
            case .globstar:
                return true
            case .literal(let bytes):
                return end - start == bytes.count && text[start..<end].elementsEqual(bytes)
            case .glob(let tokens):
                return Component.glob(tokens, text, start, end)
            }
        }

        /// Classic wildcard matching: on a mismatch, let the latest `*` take one more byte.
        private static func glob(
            _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
        ) -> Bool {
            var tokenIndex = 0
            var position = start
            var starIndex = -1
            var starPosition = start
            while position < end {
                if tokenIndex < tokens.count {
                    switch tokens[tokenIndex] {
                    case .star:
                        starIndex = tokenIndex
                        starPosition = position
                        tokenIndex += 1
                        continue
                    case .anyByte:
                        tokenIndex += 1
                        position += 1
                        continue
                    case .byte(let byte) where byte == text[position]:
                        tokenIndex += 1
                        position += 1
                        continue
                    case .set(let set) where set.contains(text[position]):
                        tokenIndex += 1
                        position += 1
                        continue
                    default:
                        break
                    }
                }
                guard starIndex >= 0 else { return false }
                starPosition += 1
                position = starPosition
                tokenIndex = starIndex + 1
            }
            while tokenIndex < tokens.count, case .star = tokens[tokenIndex] { tokenIndex += 1 }
            return tokenIndex == tokens.count
        }
    }

    /// The bytes a bracket expression accepts, as a 256-bit set.
    private struct ByteSet: Sendable {
        private var words = SIMD4<UInt64>(repeating: 0)

        func contains(_ byte: UInt8) -> Bool {
            words[Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0
        }

        private mutating func insert(_ bytes: ClosedRange<UInt8>) {
            for byte in bytes { words[Int(byte >> 6)] |= 1 << UInt64(byte & 63) }
        }

        /// Parses the expression whose `[` precedes `start`, returning the set and the index after its `]`.
        /// Follows git: `!` or `^` negates, a `]` first is a member, `a-z` is a range unless `-` comes first
        /// or last, `\` escapes, `[:name:]` is a POSIX class; the set never contains `/`.
        static func parseBracket(_ pattern: ArraySlice<UInt8>, after start: Int) -> (ByteSet, Int)? {
            var set = ByteSet()
            var index = start
            let isNegated = index < pattern.endIndex
                && (pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^"))
            if isNegated { index += 1 }
            var rangeStart: UInt8?
            var isFirst = true
            while true {
                guard index < pattern.endIndex else { return nil }
                var byte = pattern[index]
                if byte == UInt8(ascii: "]") && !isFirst { break }
                isFirst = false
                index += 1
                if byte == UInt8(ascii: "\\") {
                    guard index < pattern.endIndex else { return nil }
                    byte = pattern[index]
                    index += 1
                } else if byte == UInt8(ascii: "-"), let low = rangeStart,
                          index < pattern.endIndex, pattern[index] != UInt8(ascii: "]") {
                    var high = pattern[index]
                    index += 1
                    if high == UInt8(ascii: "\\") {
                        guard index < pattern.endIndex else { return nil }
                        high = pattern[index]
                        index += 1
                    }
                    if low <= high { set.insert(low...high) }
                    rangeStart = nil
                    continue
                } else if byte == UInt8(ascii: "["), index < pattern.endIndex, pattern[index] == UInt8(ascii: ":"),
                          let close = pattern[(index + 1)...].firstIndex(of: UInt8(ascii: "]")),
                          close > index + 1, pattern[close - 1] == UInt8(ascii: ":") {
                    guard let members = posixClass(pattern[(index + 1)..<(close - 1)]) else { return nil }
                    for byte in UInt8(0)...127 where members(byte) { set.insert(byte...byte) }
                    index = close + 1
                    rangeStart = nil
                    continue
                }
                set.insert(byte...byte)
                rangeStart = byte
            }
            if isNegated { set.words = ~set.words }
            set.words[0] &= ~(1 << UInt64(UInt8(ascii: "/")))
            return (set, index + 1)
        }

        private static func posixClass(_ name: ArraySlice<UInt8>) -> ((UInt8) -> Bool)? {
            let isUpper: (UInt8) -> Bool = { (0x41...0x5A).contains($0) }
            let isLower: (UInt8) -> Bool = { (0x61...0x7A).contains($0) }
            let isDigit: (UInt8) -> Bool = { (0x30...0x39).contains($0) }
            let isAlpha: (UInt8) -> Bool = { isUpper($0) || isLower($0) }
            let isGraph: (UInt8) -> Bool = { (0x21...0x7E).contains($0) }
            switch String(decoding: name, as: UTF8.self) {
            case "alnum": return { isAlpha($0) || isDigit($0) }
            case "alpha": return isAlpha
            case "blank": return { $0 == UInt8(ascii: " ") || $0 == 0x09 }
            case "cntrl": return { $0 < 0x20 || $0 == 0x7F }
            case "digit": return isDigit
            case "graph": return isGraph
            case "lower": return isLower
            case "print": return { isGraph($0) || $0 == UInt8(ascii: " ") }
            case "punct": return { isGraph($0) && !isAlpha($0) && !isDigit($0) }
            case "space": return { $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }
            case "upper": return isUpper
            case "xdigit": return { isDigit($0) || (0x41...0x46).contains($0) || (0x61...0x66).contains($0) }
            default: return nil
            }
        }
    }
}
