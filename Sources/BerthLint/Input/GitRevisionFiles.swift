/// Spec files as they are at a git revision, read through git without checking anything out.
///
/// Files are chosen and named as `FileDiscovery` chooses and names them in the working tree, so the two sides
/// of `berth plan --against` line up: typed paths are resolved lexically against the working directory and
/// handed to git relative to the repository's top, and display paths are made from them the same way.
public enum GitRevisionFiles {
    public struct Failure: Error, Sendable, Equatable {
        public let message: String
    }

    /// Whether `workingDirectory` is inside a git work tree.
    public static func isInsideWorkTree(_ workingDirectory: String) -> Bool {
        guard let output = try? git(["rev-parse", "--is-inside-work-tree"], in: workingDirectory) else { return false }
        return output.status == 0 && output.stdout == Array("true\n".utf8)
    }

    /// The files under `paths` (as the user typed them, relative to `workingDirectory` or absolute) at
    /// `revision`, as `LintInput`s whose `bytes` are the blob content and whose `path` is the display path
    /// relative to the working directory — the same display path `FileDiscovery.discover` gives the same file in
    /// the working tree, so the two sides line up. `isExplicit` is true for paths that name a file.
    ///
    /// A path that does not exist at the revision gives no input: to the plan, its files are new.
    public static func read(revision: String, paths: [String], workingDirectory: String) throws(Failure) -> [LintInput] {
        // Wherever it stands among the arguments, git would take a leading `-` as an option.
        guard !revision.isEmpty, !revision.hasPrefix("-") else {
            throw Failure(message: "invalid revision '\(revision)'")
        }
        let location = try locate(revision, in: workingDirectory)
        let workingComponents = normalized(workingDirectory, in: [])
        let top = Array(workingComponents.dropLast(location.depth))
        // An empty path names nothing (FileDiscovery reports it as missing).
        let roots = paths.filter { !$0.isEmpty }.map { Root(typed: $0, in: workingComponents) }
        let pathspecs = roots.compactMap { $0.pathspec(top: top) }
        // Without pathspecs ls-tree would list the whole tree.
        guard !pathspecs.isEmpty else { return [] }

        let entries = try list(location.commit, pathspecs: pathspecs, in: workingDirectory)
        let charts = Set(entries.filter { $0.path.last == "Chart.yaml" }.map { top + $0.path.dropLast() })
        var chosen: [(object: String, input: LintInput)] = []
        // Submodules are commits, not blobs; a symlink's blob is its target's name.
        for entry in entries where entry.type == "blob" && entry.mode != "120000" {
            let file = top + entry.path
            if let input = lintInput(for: file, roots: roots, workingDirectory: workingComponents, charts: charts) {
                chosen.append((entry.object, input))
            }
        }
        let contents = try blobs(Array(Set(chosen.map(\.object))), in: workingDirectory)
        return chosen
            .map { object, input in
                var input = input
                input.bytes = contents[object]
                return input
            }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}

extension GitRevisionFiles {
    /// A path the user typed.
    private struct Root {
        /// Made absolute and normalised.
        let absolute: [Substring]
        /// As typed without `.` and empty components, naming what lies below it outside the working directory.
        let typed: [Substring]
        let isTypedAbsolute: Bool

        init(typed path: String, in workingDirectory: [Substring]) {
            absolute = normalized(path, in: workingDirectory)
            typed = path.split(separator: "/").filter { $0 != "." }
            isTypedAbsolute = path.hasPrefix("/")
        }

        /// What git should list for this root, relative to the repository's top: all of it when the root is at
        /// or above the top, nothing when the root lies outside the repository.
        func pathspec(top: [Substring]) -> String? {
            if top.starts(with: absolute) { return "." }
            guard absolute.starts(with: top) else { return nil }
            return absolute.dropFirst(top.count).joined(separator: "/")
        }
    }

    /// One line of `git ls-tree -r -z`: `<mode> <type> <object>\t<path>`, the path from the repository's top.
    private struct Entry {
        let mode: Substring
        let type: Substring
        let object: String
        let path: [Substring]
    }

    /// `file` (absolute components) as the first root that keeps it names it, or as a root naming it outright
    /// names it: FileDiscovery records a file once and lets a named file override a walked one.
    private static func lintInput(
        for file: [Substring], roots: [Root], workingDirectory: [Substring], charts: Set<[Substring]>
    ) -> LintInput? {
        var walked: LintInput?
        for root in roots where file.starts(with: root.absolute) {
            let below = file[root.absolute.count...]
            let isExplicit = below.isEmpty
            guard isExplicit || isKeptByWalk(below, from: root.absolute, charts: charts) else { continue }
            let path = file.starts(with: workingDirectory)
                ? file.dropFirst(workingDirectory.count).joined(separator: "/")
                : (root.isTypedAbsolute ? "/" : "") + (root.typed + below).joined(separator: "/")
            if isExplicit { return LintInput(path: path, isExplicit: true) }
            if walked == nil { walked = LintInput(path: path, isExplicit: false) }
        }
        return walked
    }

    /// Whether walking `directory` keeps the file at `below` (its components under the directory): a spec
    /// extension, nothing hidden, not in `node_modules` or in the `templates` beside a Helm `Chart.yaml`.
    private static func isKeptByWalk(
        _ below: ArraySlice<Substring>, from directory: [Substring], charts: Set<[Substring]>
    ) -> Bool {
        guard let name = below.last, !name.hasPrefix("."), FileDiscovery.hasLintableExtension(Array(name.utf8)) else {
            return false
        }
        return !below.dropLast().indices.contains { index in
            let component = below[index]
            return component.hasPrefix(".") || component == "node_modules"
                || component == "templates" && charts.contains(directory + below[..<index])
        }
    }

    /// `path` made absolute against `directory` and normalised lexically (like FileDiscovery and git's
    /// pathspecs), as components.
    private static func normalized(_ path: String, in directory: [Substring]) -> [Substring] {
        var components = path.hasPrefix("/") ? [] : directory
        for component in path.split(separator: "/") where component != "." {
            if component == ".." {
                _ = components.popLast()
            } else {
                components.append(component)
            }
        }
        return components
    }

    // MARK: git

    /// How many components the working directory lies below the repository's top, and the revision's commit,
    /// from one `rev-parse`; it prints `true` first only inside a work tree, then fails for an unknown revision.
    private static func locate(_ revision: String, in directory: String) throws(Failure) -> (depth: Int, commit: String) {
        let output = try git(
            ["rev-parse", "--is-inside-work-tree", "--show-prefix", "--verify", "--quiet", revision + "^{commit}"],
            in: directory
        )
        let lines = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "true" else { throw Failure(message: "not inside a git repository") }
        guard output.status == 0, lines.count > 2 else { throw Failure(message: "unknown revision '\(revision)'") }
        return (lines[1].split(separator: "/").count, String(lines[2]))
    }

    private static func list(_ commit: String, pathspecs: [String], in directory: String) throws(Failure) -> [Entry] {
        // `--full-tree` takes pathspecs from the top and prints paths from it; literal, since FileDiscovery
        // does not expand globs either.
        let arguments = ["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit, "--"] + pathspecs
        let output = try git(arguments, in: directory)
        guard output.status == 0 else { throw output.failure("ls-tree") }
        return String(decoding: output.stdout, as: UTF8.self).split(separator: "\0").compactMap { line in
            guard let tab = line.firstIndex(of: "\t") else { return nil }
            let fields = line[..<tab].split(separator: " ")
            guard fields.count == 3 else { return nil }
            let path = line[line.index(after: tab)...].split(separator: "/")
            return Entry(mode: fields[0], type: fields[1], object: String(fields[2]), path: path)
        }
    }

    /// The content of each blob, from one `git cat-file --batch`, which answers each object id on its input
    /// with `<object> blob <size>\n<content>\n`.
    private static func blobs(_ objects: [String], in directory: String) throws(Failure) -> [String: [UInt8]] {
        guard !objects.isEmpty else { return [:] }
        let output = try git(["cat-file", "--batch"], in: directory, input: Array(objects.map { $0 + "\n" }.joined().utf8))
        guard output.status == 0 else { throw output.failure("cat-file") }
        let bytes = output.stdout
        var contents: [String: [UInt8]] = [:]
        var position = 0
        for object in objects {
            let newline = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let header = String(decoding: bytes[position..<newline], as: UTF8.self)
            let expected = object + " blob "
            let start = newline + 1
            // Anything else, such as `<object> missing`, means the repository lacks the blob.
            // The size is compared, never added: a header is input too.
            guard header.hasPrefix(expected), let size = Int(header.dropFirst(expected.count)),
                  size >= 0, start < bytes.count, size < bytes.count - start else {
                throw Failure(message: "git cat-file cannot read object \(object)")
            }
            contents[object] = Array(bytes[start..<(start + size)])
            position = start + size + 1
        }
        return contents
    }

    /// Runs git in `directory` with `input` on its standard input.
    private static func git(_ arguments: [String], in directory: String, input: [UInt8] = []) throws(Failure) -> ChildProcess.Output {
        let output: ChildProcess.Output
        do {
            // Reading must not refresh the index, which would take a lock a concurrent git command may need.
            output = try ChildProcess.run(["git", "-C", directory, "-c", "core.quotePath=false"] + arguments,
                                          environment: ["GIT_OPTIONAL_LOCKS": "0"], input: input)
        } catch {
            throw Failure(message: error.message)
        }
        return output
    }
}

extension ChildProcess.Output {
    fileprivate func failure(_ command: String) -> GitRevisionFiles.Failure {
        let message = String(decoding: stderr, as: UTF8.self).split(separator: "\n").first ?? "exit status \(status)"
        return GitRevisionFiles.Failure(message: "git \(command) failed: \(message)")
    }
}
