#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct DiscoveredFile: Sendable, Hashable {
    /// Relative to the working directory when the file is under it, otherwise as the user typed it.
    public let path: String
    /// Named on the command line rather than found by walking a directory.
    public let isExplicit: Bool

    public init(path: String, isExplicit: Bool) {
        self.path = path
        self.isExplicit = isExplicit
    }
}

public struct DiscoveryError: Sendable, Hashable, Error {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

public struct Discovery: Sendable {
    /// Sorted by the UTF-8 bytes of `path`, each file once.
    public var files: [DiscoveredFile]
    /// Sorted the same way; discovery carries on past each of them.
    public var errors: [DiscoveryError]

    public init(files: [DiscoveredFile], errors: [DiscoveryError]) {
        self.files = files
        self.errors = errors
    }
}

/// Finds the files `berth lint` reads. Files named on the command line are always taken; directories are
/// walked for `.yaml`, `.yml` and `.json` files, skipping hidden entries, `node_modules`, Helm chart
/// `templates` and whatever git ignores. Paths are normalised lexically, like git's pathspecs.
public enum FileDiscovery {
    /// `workingDirectory` is an absolute path; `paths` are as the user typed them (relative or absolute).
    public static func discover(_ paths: [String], workingDirectory: String) -> Discovery {
        var walk = Walk(workingDirectory: normalized(Array(workingDirectory.utf8), in: [slash]))
        for path in paths { walk.visit(path) }
        return Discovery(
            files: sortedBytewise(Array(walk.found.values), by: \.path),
            errors: sortedBytewise(Array(walk.errors), by: { $0.path + "\0" + $0.message })
        )
    }
}

extension FileDiscovery {
    private static let slash = UInt8(ascii: "/")

    /// The state of one `discover` call.
    private struct Walk {
        /// Ignore rules in force for a directory's entries, with the byte length of the prefix to strip from
        /// an absolute path to get the path relative to the rules' directory.
        struct Scope {
            let ignore: GitIgnore
            let prefixLength: Int
        }

        /// A path the user typed, for display paths of what lies below it outside the working directory.
        struct Root {
            let absolute: [UInt8]
            let typed: [UInt8]
        }

        let workingDirectoryPrefix: [UInt8]
        /// Keyed by absolute path, so a file reached twice is listed once.
        var found: [PathKey: DiscoveredFile] = [:]
        var errors: Set<DiscoveryError> = []
        /// Parsed ignore files (nil when absent) keyed by base directory and file, so none is read twice.
        var ignoreFiles: [[UInt8]: GitIgnore?] = [:]

        init(workingDirectory: [UInt8]) {
            workingDirectoryPrefix = workingDirectory == [slash] ? workingDirectory : workingDirectory + [slash]
        }

        mutating func visit(_ argument: String) {
            let typed = Array(argument.utf8)
            guard !typed.isEmpty else {
                errors.insert(DiscoveryError(path: argument, message: POSIXFiles.Failure(code: ENOENT).message))
                return
            }
            let root = Root(absolute: normalized(typed, in: workingDirectoryPrefix), typed: cleaned(typed))
            switch POSIXFiles.kind(of: root.absolute, followingLinks: true) {
            case .failure(let failure):
                errors.insert(DiscoveryError(path: argument, message: failure.message))
            case .success(.directory):
                // A directory the user names is walked even if ignored or hidden; its content is filtered.
                walk(root.absolute, scopes: ancestorScopes(of: root.absolute), root: root)
            case .success:
                record(root.absolute, isExplicit: true, root: root)
            }
        }

        private mutating func walk(_ directory: [UInt8], scopes inherited: [Scope], root: Root) {
            let entries: [POSIXFiles.Entry]
            switch POSIXFiles.list(directory) {
            case .success(let list):
                entries = list
            case .failure(let failure):
                errors.insert(DiscoveryError(path: display(directory, root: root), message: failure.message))
                return
            }
            var scopes = inherited
            // A nested repository does not see the enclosing one's rules, as in git.
            if entries.contains(where: { $0.name == Names.git }) { scopes = excludeScopes(repository: directory) }
            if entries.contains(where: { $0.name == Names.gitignore }),
               let ignore = gitignore(in: directory) {
                scopes.append(Scope(ignore: ignore, prefixLength: prefixLength(of: directory)))
            }
            let isHelmChart = entries.contains { $0.name == Names.chart }
            for entry in entries {
                // Hidden files and directories, which covers .git, .build, .build-*, .build_*, .github, .swiftpm.
                if entry.name.first == UInt8(ascii: ".") { continue }
                var kind = entry.kind
                if kind == .unknown {
                    let resolved = POSIXFiles.kind(of: joined(directory, entry.name), followingLinks: false)
                    guard case .success(let known) = resolved else { continue }
                    kind = known
                }
                switch kind {
                case .directory:
                    if entry.name == Names.nodeModules || isHelmChart && entry.name == Names.templates { continue }
                    let path = joined(directory, entry.name)
                    if !isIgnored(path, isDirectory: true, scopes: scopes) { walk(path, scopes: scopes, root: root) }
                case .file, .symlink:
                    guard hasLintableExtension(entry.name) else { continue }
                    let path = joined(directory, entry.name)
                    if isIgnored(path, isDirectory: false, scopes: scopes) { continue }
                    // Symlinks to files are followed; symlinks to directories are not, so loops cannot happen.
                    if kind == .symlink {
                        guard case .success(.file) = POSIXFiles.kind(of: path, followingLinks: true) else { continue }
                    }
                    record(path, isExplicit: false, root: root)
                case .other, .unknown:
                    continue
                }
            }
        }

        private func isIgnored(_ path: [UInt8], isDirectory: Bool, scopes: [Scope]) -> Bool {
            path.withUnsafeBufferPointer { buffer in
                // Deeper files first; the first verdict wins, so deeper rules override shallower ones.
                for scope in scopes.reversed() {
                    let relative = UnsafeBufferPointer(rebasing: buffer[scope.prefixLength...])
                    if let verdict = scope.ignore.verdict(for: relative, isDirectory: isDirectory) { return verdict }
                }
                return false
            }
        }

        /// The rules of the directories above a walked one, up to the repository root (the nearest directory
        /// holding `.git`), lowest precedence first. Outside a repository only the walked tree's files apply.
        private mutating func ancestorScopes(of directory: [UInt8]) -> [Scope] {
            var ancestors: [[UInt8]] = []
            var current = directory
            while !POSIXFiles.exists(joined(current, Names.git)) {
                guard current != [slash] else { return [] }
                current = parent(of: current)
                ancestors.append(current)
            }
            // When the walked directory is itself the root, the walk finds its `.git` and loads the exclude file.
            guard !ancestors.isEmpty else { return [] }
            var scopes = excludeScopes(repository: current)
            for ancestor in ancestors.reversed() {
                if let ignore = gitignore(in: ancestor) {
                    scopes.append(Scope(ignore: ignore, prefixLength: prefixLength(of: ancestor)))
                }
            }
            return scopes
        }

        private mutating func excludeScopes(repository: [UInt8]) -> [Scope] {
            guard let gitDirectory = gitDirectory(of: repository) else { return [] }
            let exclude = joined(gitDirectory, Names.infoExclude)
            guard let ignore = ignoreFile(exclude, base: repository, followingLinks: true) else { return [] }
            return [Scope(ignore: ignore, prefixLength: prefixLength(of: repository))]
        }

        /// `.git` is a directory, or in a submodule or linked worktree a file saying `gitdir: <path>`; a linked
        /// worktree keeps `info/` in the common directory its `commondir` file names.
        private func gitDirectory(of repository: [UInt8]) -> [UInt8]? {
            let dotGit = joined(repository, Names.git)
            switch POSIXFiles.kind(of: dotGit, followingLinks: true) {
            case .success(.directory):
                return dotGit
            case .success(.file):
                guard let gitDirectory = reference(in: dotGit, after: Array("gitdir:".utf8), from: repository) else {
                    return nil
                }
                return reference(in: joined(gitDirectory, Array("commondir".utf8)), after: [], from: gitDirectory)
                    ?? gitDirectory
            default:
                return nil
            }
        }

        /// The path on the first line of a file, after `prefix`, resolved against `directory`.
        private func reference(in file: [UInt8], after prefix: [UInt8], from directory: [UInt8]) -> [UInt8]? {
            guard let content = POSIXFiles.contents(of: file, followingLinks: true) else { return nil }
            guard content.starts(with: prefix) else { return nil }
            let line = content.dropFirst(prefix.count).prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
            let path = Array(line.drop { $0 == UInt8(ascii: " ") })
            return path.isEmpty ? nil : normalized(path, in: directory)
        }

        /// Like git (since 2.32), a `.gitignore` that is a symlink is not read.
        private mutating func gitignore(in directory: [UInt8]) -> GitIgnore? {
            ignoreFile(joined(directory, Names.gitignore), base: directory, followingLinks: false)
        }

        private mutating func ignoreFile(_ file: [UInt8], base: [UInt8], followingLinks: Bool) -> GitIgnore? {
            let key = base + [0] + file
            if let cached = ignoreFiles[key] { return cached }
            let ignore = POSIXFiles.contents(of: file, followingLinks: followingLinks).map {
                GitIgnore(bytes: $0, base: String(decoding: base, as: UTF8.self))
            }
            ignoreFiles[key] = ignore
            return ignore
        }

        private mutating func record(_ path: [UInt8], isExplicit: Bool, root: Root) {
            let key = PathKey(bytes: path)
            if let existing = found[key], existing.isExplicit || !isExplicit { return }
            found[key] = DiscoveredFile(path: display(path, root: root), isExplicit: isExplicit)
        }

        private func display(_ path: [UInt8], root: Root) -> String {
            if path.starts(with: workingDirectoryPrefix) {
                return String(decoding: path[workingDirectoryPrefix.count...], as: UTF8.self)
            }
            if path.count == root.absolute.count { return String(decoding: root.typed, as: UTF8.self) }
            let below = Array(path[prefixLength(of: root.absolute)...])
            return String(decoding: joined(root.typed, below), as: UTF8.self)
        }
    }

    /// A path hashed as one block of bytes: `[UInt8]` hashes byte by byte, which showed in profiles.
    private struct PathKey: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Sorted by the UTF-8 bytes of `key` (`String`'s `<` follows Unicode, not bytes). The keys are copied
    /// into one buffer so comparisons are plain `memcmp`s: sorting strings directly showed in profiles.
    private static func sortedBytewise<Element>(_ elements: [Element], by key: (Element) -> String) -> [Element] {
        var buffer: [UInt8] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(elements.count)
        for element in elements {
            let start = buffer.count
            buffer += key(element).utf8
            ranges.append(start..<buffer.count)
        }
        var order = Array(elements.indices)
        buffer.withUnsafeBufferPointer { bytes in
            order.sort { first, second in
                let left = ranges[first], right = ranges[second]
                let common = min(left.count, right.count)
                let base = bytes.baseAddress!
                let order = common == 0 ? 0 : memcmp(base + left.lowerBound, base + right.lowerBound, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
        return order.map { elements[$0] }
    }

    private enum Names {
        static let git = Array(".git".utf8)
        static let gitignore = Array(".gitignore".utf8)
        static let infoExclude = Array("info/exclude".utf8)
        static let chart = Array("Chart.yaml".utf8)
        static let templates = Array("templates".utf8)
        static let nodeModules = Array("node_modules".utf8)
        static let extensions = [Array("yaml".utf8), Array("yml".utf8), Array("json".utf8)]
    }

    static func hasLintableExtension(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let suffix = name[(dot + 1)...]
        // `| 0x20` lowercases ASCII letters, and the extensions are all letters.
        return Names.extensions.contains { lintable in
            lintable.count == suffix.count && zip(lintable, suffix).allSatisfy { $0 == $1 | 0x20 }
        }
    }

    private static func joined(_ directory: [UInt8], _ name: [UInt8]) -> [UInt8] {
        directory.last == slash ? directory + name : directory + [slash] + name
    }

    /// The directory holding `path`, an absolute normalised path other than `/`.
    private static func parent(of path: [UInt8]) -> [UInt8] {
        let lastSlash = path.lastIndex(of: slash)!
        return lastSlash == 0 ? [slash] : Array(path[..<lastSlash])
    }

    /// Length of `directory` plus its separator: what to strip from a path below it to make it relative.
    private static func prefixLength(of directory: [UInt8]) -> Int {
        directory.last == slash ? directory.count : directory.count + 1
    }

    /// `path` made absolute against `directory`, without `.`, `..`, empty components or a trailing slash.
    static func normalized(_ path: [UInt8], in directory: [UInt8]) -> [UInt8] {
        var components: [ArraySlice<UInt8>] = []
        let absolute = path.first == slash ? path : joined(directory, path)
        for component in absolute.split(separator: slash) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                _ = components.popLast()
            } else {
                components.append(component)
            }
        }
        var result: [UInt8] = []
        for component in components {
            result.append(slash)
            result += component
        }
        return result.isEmpty ? [slash] : result
    }

    /// The path as typed, without `.` or empty components and trailing slashes, for display.
    private static func cleaned(_ path: [UInt8]) -> [UInt8] {
        let components = path.split(separator: slash).filter { !$0.elementsEqual(".".utf8) }
        let joinedComponents = Array(components.joined(separator: [slash]))
        if path.first == slash { return [slash] + joinedComponents }
        return joinedComponents.isEmpty ? Array(".".utf8) : joinedComponents
    }
}
