import BerthLint
import Foundation
import Testing

struct FileDiscoveryTests {
    /// A scratch directory tree, unique per test so tests can run in parallel.
    private struct Tree: ~Copyable {
        let root: String

        init() throws {
            root = NSTemporaryDirectory() + "berth-discovery-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(atPath: root)
        }

        func path(_ relative: String) -> String {
            root + "/" + relative
        }

        /// Creates the files (and their directories); a path ending in `/` is an empty directory.
        func add(_ files: [String: String]) throws {
            for (relative, content) in files {
                let full = path(relative)
                if relative.hasSuffix("/") {
                    try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
                    continue
                }
                let parent = (full as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                try Data(content.utf8).write(to: URL(fileURLWithPath: full))
            }
        }

        func add(_ relatives: String...) throws {
            try add(Dictionary(uniqueKeysWithValues: relatives.map { ($0, "") }))
        }

        func link(_ relative: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
        }

        /// Display paths of the walked files (not those named explicitly), in result order.
        func walked(_ paths: [String] = ["."], from directory: String = "") -> [String] {
            let discovery = FileDiscovery.discover(paths, workingDirectory: path(directory))
            return discovery.files.filter { !$0.isExplicit }.map(\.path)
        }
    }

    @Test func keepsYAMLAndJSONExtensionsInAnyCase() throws {
        let tree = try Tree()
        try tree.add(
            "a.yaml", "b.yml", "c.json", "D.YAML", "e.Yml", "f.JSON", "g.txt", "h.yaml.bak", "yaml", "i.jsonc"
        )
        #expect(tree.walked() == ["D.YAML", "a.yaml", "b.yml", "c.json", "e.Yml", "f.JSON"])
    }

    @Test func skipsHiddenEntriesBuildDirectoriesAndNodeModules() throws {
        let tree = try Tree()
        try tree.add(
            ".git/config.yaml", ".build/a.yaml", ".build-linux/b.yaml", ".build_cache/c.yaml", ".github/ci.yml",
            ".swiftpm/d.json", "node_modules/pkg/package.json", "app/node_modules/x.json", ".berth.yaml",
            "app/.hidden.yml", "app/service.yaml"
        )
        #expect(tree.walked() == ["app/service.yaml"])
    }

    @Test func skipsTheTemplatesOfHelmChartsOnly() throws {
        let tree = try Tree()
        try tree.add(
            "chart/Chart.yaml", "chart/values.yaml", "chart/templates/deployment.yaml",
            "chart/templates/sub/more.yaml", "plain/templates/task.yaml"
        )
        #expect(tree.walked() == ["chart/Chart.yaml", "chart/values.yaml", "plain/templates/task.yaml"])
        let named = FileDiscovery.discover(["chart/templates/deployment.yaml"], workingDirectory: tree.root)
        #expect(named.files == [DiscoveredFile(path: "chart/templates/deployment.yaml", isExplicit: true)])
    }

    @Test func takesExplicitFilesWhateverTheirExtensionOrIgnoreRules() throws {
        let tree = try Tree()
        try tree.add([".gitignore": "*.txt\nsecret.yaml\n", "notes.txt": "", "secret.yaml": "", "open.yaml": ""])
        let discovery = FileDiscovery.discover(["notes.txt", "secret.yaml", "."], workingDirectory: tree.root)
        #expect(discovery.files == [
            DiscoveredFile(path: "notes.txt", isExplicit: true),
            DiscoveredFile(path: "open.yaml", isExplicit: false),
            DiscoveredFile(path: "secret.yaml", isExplicit: true),
        ])
        #expect(discovery.errors.isEmpty)
    }

    @Test func reportsMissingPathsAndCarriesOn() throws {
        let tree = try Tree()
        try tree.add("ok.yaml", "dir/inner.yaml")
        let paths = ["missing.yaml", "ok.yaml", "gone/", "dir"]
        let discovery = FileDiscovery.discover(paths, workingDirectory: tree.root)
        #expect(discovery.files.map(\.path) == ["dir/inner.yaml", "ok.yaml"])
        #expect(discovery.errors == [
            DiscoveryError(path: "gone/", message: "no such file or directory"),
            DiscoveryError(path: "missing.yaml", message: "no such file or directory"),
        ])
    }

    @Test(.enabled(if: getuid() != 0, "root reads any directory"))
    func reportsUnreadableDirectoriesAndCarriesOn() throws {
        let tree = try Tree()
        try tree.add("locked/a.yaml", "open/b.yaml")
        let locked = tree.path("locked")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
        let discovery = FileDiscovery.discover(["."], workingDirectory: tree.root)
        #expect(discovery.files.map(\.path) == ["open/b.yaml"])
        #expect(discovery.errors == [DiscoveryError(path: "locked", message: "permission denied")])
    }

    @Test func listsAFileReachedTwiceOnceAsExplicit() throws {
        let tree = try Tree()
        try tree.add("samples/a.yaml", "samples/b.yaml")
        for paths in [[".", "samples/a.yaml"], ["./samples/a.yaml", "samples", tree.path("samples/a.yaml")]] {
            let discovery = FileDiscovery.discover(paths, workingDirectory: tree.root)
            #expect(discovery.files == [
                DiscoveredFile(path: "samples/a.yaml", isExplicit: true),
                DiscoveredFile(path: "samples/b.yaml", isExplicit: false),
            ])
        }
    }

    @Test func displaysPathsRelativeToTheWorkingDirectoryOrAsTyped() throws {
        let tree = try Tree()
        try tree.add("work/sub/a.yaml", "work/top.yaml", "outside/b.yaml", "elsewhere/c.yaml")
        let discovery = FileDiscovery.discover(
            ["./sub/", tree.path("work/top.yaml"), "../outside", tree.path("elsewhere") + "/", "../work/sub/a.yaml"],
            workingDirectory: tree.path("work")
        )
        #expect(discovery.files == [
            DiscoveredFile(path: "../outside/b.yaml", isExplicit: false),
            DiscoveredFile(path: tree.path("elsewhere/c.yaml"), isExplicit: false),
            DiscoveredFile(path: "sub/a.yaml", isExplicit: true),
            DiscoveredFile(path: "top.yaml", isExplicit: true),
        ])
        let fromParent = FileDiscovery.discover([".."], workingDirectory: tree.path("work/sub"))
        #expect(fromParent.files.map(\.path) == ["../top.yaml", "a.yaml"])
    }

    @Test func ordersByUTF8BytesDeterministically() throws {
        let tree = try Tree()
        try tree.add("b.yaml", "a/z.yaml", "a.yaml", "A.yaml", "é.yaml", "e.yaml", "a-b.yaml", "a_b/c.yaml")
        // Uppercase before lowercase, `-` < `.` < `/` < `_`, and `é` (0xC3 0xA9) after ASCII.
        let expected = ["A.yaml", "a-b.yaml", "a.yaml", "a/z.yaml", "a_b/c.yaml", "b.yaml", "e.yaml", "é.yaml"]
        #expect(tree.walked() == expected)
        #expect(tree.walked() == tree.walked())
    }

    @Test func doesNotFollowDirectorySymlinksButFollowsFileSymlinks() throws {
        let tree = try Tree()
        try tree.add("data/real.yaml", "data/plain.txt")
        try tree.link("data/loop", to: "..")
        try tree.link("data/self.yaml", to: ".")
        try tree.link("alias.yaml", to: "data/plain.txt")
        try tree.link("dangling.yaml", to: "nowhere.yaml")
        #expect(tree.walked() == ["alias.yaml", "data/real.yaml"])
    }

    @Test func walksANamedHiddenDirectory() throws {
        let tree = try Tree()
        try tree.add(".github/workflows/ci.yml", ".github/.secret.yml")
        #expect(tree.walked([".github"]) == [".github/workflows/ci.yml"])
    }

    // MARK: .gitignore while walking

    @Test func negationCannotReincludeBelowAnExcludedDirectory() throws {
        let tree = try Tree()
        try tree.add([
            ".gitignore": "# build output\n\nbuild/\n!build/keep.yaml\n*.json\n!keep.json\n",
            "build/keep.yaml": "", "build/out.yaml": "", "keep.json": "", "drop.json": "", "app.yaml": "",
        ])
        #expect(tree.walked() == ["app.yaml", "keep.json"])
    }

    @Test func anchoredAndFloatingPatternsAndDirectoryOnlyOnes() throws {
        let tree = try Tree()
        try tree.add([
            ".gitignore": "/root-only.yaml\nanywhere.yaml\ncache/\ndocs/*.yaml\n",
            "root-only.yaml": "", "sub/root-only.yaml": "", "anywhere.yaml": "", "sub/deep/anywhere.yaml": "",
            "cache/a.yaml": "", "sub/cache/b.yaml": "", "cache.yaml": "", "docs/a.yaml": "", "docs/more/b.yaml": "",
        ])
        #expect(tree.walked() == ["cache.yaml", "docs/more/b.yaml", "sub/root-only.yaml"])
    }

    @Test func deeperGitignoreFilesOverrideShallowerOnes() throws {
        let tree = try Tree()
        try tree.add([
            ".gitignore": "*.yaml\n",
            "top.yaml": "", "keep/.gitignore": "!*.yaml\n/local.yaml\n", "keep/a.yaml": "", "keep/local.yaml": "",
            "keep/deeper/local.yaml": "", "other/b.yaml": "",
        ])
        #expect(tree.walked() == ["keep/a.yaml", "keep/deeper/local.yaml"])
    }

    @Test func appliesAncestorGitignoresUpToTheRepositoryRootOnly() throws {
        let tree = try Tree()
        try tree.add([
            ".gitignore": "*.yaml\n", // above the repository: not git's business
            "repo/.git/": "",
            "repo/.gitignore": "ignored.yaml\n/services/anchored.yaml\n",
            "repo/services/.gitignore": "local.json\n",
            "repo/services/api/service.yaml": "", "repo/services/api/ignored.yaml": "",
            "repo/services/anchored.yaml": "", "repo/services/api/anchored.yaml": "",
            "repo/services/api/local.json": "",
        ])
        #expect(tree.walked(from: "repo/services/api") == ["anchored.yaml", "service.yaml"])
        #expect(tree.walked(from: "repo/services") == ["api/anchored.yaml", "api/service.yaml"])
    }

    @Test func honoursInfoExcludeBelowGitignoreFiles() throws {
        let tree = try Tree()
        try tree.add([
            "repo/.git/info/exclude": "excluded.yaml\nreincluded.yaml\n",
            "repo/.gitignore": "!reincluded.yaml\n",
            "repo/excluded.yaml": "", "repo/reincluded.yaml": "", "repo/sub/excluded.yaml": "", "repo/kept.yaml": "",
        ])
        #expect(tree.walked(from: "repo") == ["kept.yaml", "reincluded.yaml"])
        #expect(tree.walked(from: "repo/sub").isEmpty)
    }

    @Test func findsInfoExcludeThroughAGitFile() throws {
        let tree = try Tree()
        try tree.add([
            "store/info/exclude": "excluded.yaml\n",
            "worktree/.git": "gitdir: ../store\n",
            "worktree/excluded.yaml": "", "worktree/kept.yaml": "",
        ])
        #expect(tree.walked(from: "worktree") == ["kept.yaml"])
    }

    @Test func ignoresASymlinkedGitignoreLikeGit() throws {
        let tree = try Tree()
        try tree.add(["rules.txt": "*.yaml\n", "sub/.gitignore": "*.json\n", "a.yaml": "", "sub/b.json": ""])
        try tree.add("sub/nested/c.json")
        try tree.link(".gitignore", to: "rules.txt")
        try tree.link("sub/nested/.gitignore", to: "../.gitignore")
        #expect(tree.walked() == ["a.yaml"])
        #expect(tree.walked(from: "sub/nested") == ["c.json"])
    }

    @Test func aNestedRepositoryDoesNotInheritOuterRules() throws {
        let tree = try Tree()
        try tree.add([
            ".git/": "", ".gitignore": "*.json\n", "outer.json": "",
            "vendor/lib/.git/": "", "vendor/lib/inner.json": "",
        ])
        #expect(tree.walked() == ["vendor/lib/inner.json"])
    }
}
