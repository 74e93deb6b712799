import BerthLint
import BerthTestSupport
import Foundation
import Testing

struct GitRevisionFilesTests {
    /// A scratch git repository, unique per test so tests can run in parallel.
    private struct Repository: ~Copyable {
        struct GitFailed: Error, CustomStringConvertible {
            let description: String
        }

        let root: String

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("berth-git-" + UUID().uuidString).path
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try git("init", "-q")
        }

        deinit {
            try? FileManager.default.removeItem(atPath: root)
        }

        func path(_ relative: String) -> String {
            relative.isEmpty ? root : root + "/" + relative
        }

        /// Writes the files, creating their directories.
        func write(_ files: [String: String]) throws {
            for (relative, content) in files {
                let url = URL(fileURLWithPath: path(relative))
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            }
        }

        /// Writes the files, stages everything and commits it.
        func commit(_ files: [String: String]) throws {
            try write(files)
            try git("add", "-A")
            try commitIndex()
        }

        func commitIndex() throws {
            try git("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "change")
        }

        @discardableResult
        func git(_ arguments: String...) throws -> String {
            let output = try Subprocess.run("/usr/bin/env", ["git"] + arguments, in: URL(fileURLWithPath: root))
            guard output.status == 0 else { throw GitFailed(description: "git \(arguments): \(output.stderr)") }
            return output.stdout
        }

        func read(_ revision: String, _ paths: [String] = ["."], from directory: String = "") throws -> [LintInput] {
            try GitRevisionFiles.read(revision: revision, paths: paths, workingDirectory: path(directory))
        }

        /// Display paths FileDiscovery gives the working tree, to check the two sides line up.
        func discovered(_ paths: [String] = ["."], from directory: String = "") -> [String] {
            FileDiscovery.discover(paths, workingDirectory: path(directory)).files.map(\.path)
        }
    }

    /// `path: content` for each input, in result order.
    private func contents(_ inputs: [LintInput]) -> [String] {
        inputs.map { $0.path + ": " + String(decoding: $0.bytes ?? [], as: UTF8.self) }
    }

    @Test func readsEachRevisionsBlobs() throws {
        let repository = try Repository()
        try repository.commit(["cluster.json": "{}", "services/api.yaml": "v1", "services/café.yaml": "é"])
        try repository.commit(["services/api.yaml": "v2", "services/web.yml": "web"])

        let before = try repository.read("HEAD~1")
        #expect(contents(before) == ["cluster.json: {}", "services/api.yaml: v1", "services/café.yaml: é"])
        #expect(before.allSatisfy { !$0.isExplicit })
        let after = try repository.read("HEAD")
        #expect(contents(after) == [
            "cluster.json: {}", "services/api.yaml: v2", "services/café.yaml: é", "services/web.yml: web",
        ])
        #expect(after.map(\.path) == repository.discovered())
    }

    @Test func namesFilesFromASubdirectoryAsDiscoveryDoes() throws {
        let repository = try Repository()
        try repository.commit(["top.yaml": "t", "services/api.yaml": "a", "other/x.json": "x"])
        let cases: [[String]] = [["."], [".."], ["../other", "."], ["../services/api.yaml"], [repository.path("other")]]
        for paths in cases {
            let inputs = try repository.read("HEAD", paths, from: "services")
            #expect(inputs.map(\.path) == repository.discovered(paths, from: "services"), "\(paths)")
        }
        #expect(contents(try repository.read("HEAD", [".."], from: "services")) == [
            "../other/x.json: x", "../top.yaml: t", "api.yaml: a",
        ])
    }

    @Test func skipsWhatAWalkSkips() throws {
        let repository = try Repository()
        try repository.commit([
            ".github/ci.yml": "", ".berth.yaml": "", "app/.hidden.yml": "", "notes.txt": "", "README.md": "",
            "node_modules/pkg/package.json": "", "chart/Chart.yaml": "", "chart/templates/deployment.yaml": "",
            "plain/templates/task.yaml": "", "app/service.yaml": "",
        ])
        let walked = try repository.read("HEAD").map(\.path)
        #expect(walked == ["app/service.yaml", "chart/Chart.yaml", "plain/templates/task.yaml"])
        #expect(walked == repository.discovered())
        // A hidden directory named outright is walked, as in the working tree.
        #expect(try repository.read("HEAD", [".github"]).map(\.path) == [".github/ci.yml"])
    }

    @Test func skipsSymlinksAndSubmodules() throws {
        let repository = try Repository()
        try repository.commit(["app/service.yaml": "s"])
        try FileManager.default.createSymbolicLink(atPath: repository.path("link.yaml"), withDestinationPath: "app/service.yaml")
        let commit = try repository.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        try repository.git("add", "link.yaml")
        // A submodule entry without its checkout, which `add -A` would stage as deleted.
        try repository.git("update-index", "--add", "--cacheinfo", "160000,\(commit),module.yaml")
        try repository.commitIndex()
        #expect(try repository.read("HEAD", [".", "link.yaml", "module.yaml"]).map(\.path) == ["app/service.yaml"])
    }

    @Test func keepsFilesNamedExplicitly() throws {
        let repository = try Repository()
        try repository.commit(["notes.txt": "n", "chart/Chart.yaml": "", "chart/templates/deployment.yaml": "d"])
        let inputs = try repository.read("HEAD", ["notes.txt", "chart/templates/deployment.yaml", "./chart/Chart.yaml", "chart"])
        #expect(contents(inputs) == ["chart/Chart.yaml: ", "chart/templates/deployment.yaml: d", "notes.txt: n"])
        #expect(inputs.allSatisfy { $0.isExplicit })
    }

    @Test func pathsMissingAtTheRevisionGiveNoInput() throws {
        let repository = try Repository()
        try repository.commit(["old.yaml": "o"])
        try repository.write(["new.yaml": "n", "new/service.yaml": "s"])
        #expect(try repository.read("HEAD", ["new.yaml", "new", "gone"]).isEmpty)
        #expect(try repository.read("HEAD", ["new.yaml", "old.yaml"]).map(\.path) == ["old.yaml"])
    }

    @Test func readsFilesDeletedFromTheWorkingTree() throws {
        let repository = try Repository()
        try repository.commit(["services/api.yaml": "a"])
        try FileManager.default.removeItem(atPath: repository.path("services"))
        #expect(contents(try repository.read("HEAD")) == ["services/api.yaml: a"])
        #expect(contents(try repository.read("HEAD", ["services/api.yaml"])) == ["services/api.yaml: a"])
    }

    @Test func rejectsUnknownAndOptionLikeRevisions() throws {
        let repository = try Repository()
        try repository.commit(["a.yaml": ""])
        let unknown = #expect(throws: GitRevisionFiles.Failure.self) { try repository.read("v9") }
        #expect(unknown?.message == "unknown revision 'v9'")
        let optionLike = #expect(throws: GitRevisionFiles.Failure.self) { try repository.read("--output=x") }
        #expect(optionLike?.message == "invalid revision '--output=x'")
    }

    @Test func failsOutsideARepository() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("berth-no-git-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(!GitRevisionFiles.isInsideWorkTree(directory))
        let failure = #expect(throws: GitRevisionFiles.Failure.self) {
            try GitRevisionFiles.read(revision: "HEAD", paths: ["."], workingDirectory: directory)
        }
        #expect(failure?.message == "not inside a git repository")
        let repository = try Repository()
        #expect(GitRevisionFiles.isInsideWorkTree(repository.root))
    }
}
