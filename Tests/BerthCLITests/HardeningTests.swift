import BerthTestSupport
import Foundation
import Testing

/// Hostile and unlucky inputs, each reproduced on the built binary: no crash, no hang, no damage, and a
/// defined exit status. Each test failed before its fix.
@Suite("hardening, end to end")
struct HardeningTests {
    /// A Fargate task definition with one error (ECS104): the file linted beside a hostile one.
    static let task = """
        kind: TaskDefinition
        family: web
        requiresCompatibilities: [FARGATE]
        networkMode: awsvpc
        cpu: "256"
        memory: "4096"
        containerDefinitions:
          - {name: web, image: "nginx:1.27"}

        """

    @Test("a YAML 1.1 base-60 scalar past Int.max in a file found by a walk does not crash the run")
    func sexagesimalOverflow() throws {
        let workspace = try Workspace()
        try workspace.write("app/docker-compose.yaml", "services:\n  web:\n    ports: [153722867280912931:0]\n")
        try workspace.write("app/task.yaml", Self.task)
        let run = try workspace.berth(["lint", "app", "--color", "never"])
        #expect(run.signal == nil, "\(run.stderr)")
        #expect(run.status == 1)
        #expect(run.stdout.contains("[ECS104"), "the other file's findings are still reported: \(run.stdout)")
    }

    @Test("a FIFO named on the command line is refused at once, and the other files are linted")
    func fifo() throws {
        let workspace = try Workspace()
        try workspace.write("task.yaml", Self.task)
        #expect(mkfifo(workspace.url.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        let run = try workspace.berth(["lint", "pipe.yaml", "task.yaml", "--color", "never"], timeout: 20)
        #expect(!run.timedOut, "berth blocked opening the FIFO")
        #expect(run.status == 2)
        #expect(run.stderr.contains("pipe.yaml: is a FIFO, not a regular file"), "\(run.stderr)")
        #expect(run.stdout.contains("[ECS104"))
    }

    @Test("endless devices are refused, named directly, as .berth.yaml through a symlink, or as a baseline", arguments: [
        (["lint", "/dev/zero"], "/dev/zero: is a device", nil),
        (["lint", "task.yaml", "--baseline", "/dev/urandom"], "/dev/urandom: is a device", nil),
        (["lint", "task.yaml", "--config", "linked.yaml"], "is a device", "linked.yaml"),
        (["lint", "task.yaml"], ".berth.yaml: error: is a device", ".berth.yaml"),
    ] as [([String], String, String?)])
    func endlessDevices(arguments: [String], message: String, link: String?) throws {
        let workspace = try Workspace()
        try workspace.write("task.yaml", Self.task)
        if let link {
            try FileManager.default.createSymbolicLink(atPath: workspace.url.appendingPathComponent(link).path,
                                                       withDestinationPath: "/dev/zero")
        }
        let run = try workspace.berth(arguments, timeout: 20)
        #expect(!run.timedOut, "berth kept reading an endless device")
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("--output to a device node writes to it and leaves it a device", .enabled(if: getuid() == 0, "mknod needs root"))
    func outputDeviceNode() throws {
        let workspace = try Workspace()
        try workspace.write("task.yaml", Self.task)
        let node = workspace.url.appendingPathComponent("null").path
        let made = try Subprocess.run("/usr/bin/env", ["mknod", node, "c", "1", "3"])
        #expect(made.status == 0, "\(made.stderr)")
        let run = try workspace.berth(["lint", "task.yaml", "--output", "null"])
        #expect(run.status == 1, "\(run.stderr)")
        var info = stat()
        #expect(lstat(node, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "the device node was replaced by a regular file")
        #expect(!FileManager.default.fileExists(atPath: node + ".berth-\(getpid()).tmp"))
    }

    @Test("--output /dev/null and /dev/stdout write in place", arguments: ["/dev/null", "/dev/stdout"])
    func outputSystemDevices(path: String) throws {
        let workspace = try Workspace()
        try workspace.write("task.yaml", Self.task)
        let run = try workspace.berth(["lint", "task.yaml", "--output", path, "--format", "json"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        if path == "/dev/stdout" { #expect(run.stdout.contains("ECS104")) }
    }

    @Test("--output through a symlink replaces its target and keeps the link")
    func outputSymlink() throws {
        let workspace = try Workspace()
        try workspace.write("task.yaml", Self.task)
        try workspace.write("reports/lint.txt", "old\n")
        let link = workspace.url.appendingPathComponent("latest.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "reports/lint.txt")
        let run = try workspace.berth(["lint", "task.yaml", "--output", "latest.txt"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "reports/lint.txt")
        #expect(try workspace.read("reports/lint.txt").contains("ECS104"))
    }

    @Test("a signal while --output is written removes the temporary file",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/cc"), "needs a C compiler for the shim"))
    func signalDuringOutput() throws {
        let workspace = try Workspace()
        try workspace.write("task.yaml", Self.task)
        // fsync runs while the temporary file exists: the shim sends berth SIGTERM right there.
        try workspace.write("shim.c", """
            #include <signal.h>
            #include <unistd.h>
            int fsync(int fd) { (void)fd; kill(getpid(), SIGTERM); pause(); return 0; }
            """)
        let shim = workspace.url.appendingPathComponent("shim.so").path
        let built = try Subprocess.run("/usr/bin/cc", ["-shared", "-fPIC", "-o", shim, workspace.url.appendingPathComponent("shim.c").path])
        #expect(built.status == 0, "\(built.stderr)")
        // The test runner's threads block SIGTERM and a spawned child inherits that mask: clear it first.
        let unblocked = "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execv(sys.argv[1], sys.argv[1:])"
        let run = try Subprocess.run("/usr/bin/env", ["python3", "-c", unblocked, BerthBinary.url.path, "lint", "task.yaml", "--output", "report.txt"],
                                     in: workspace.url, environment: ["LD_PRELOAD": shim], timeout: 30)
        #expect(run.signal == SIGTERM, "status \(run.status): \(run.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).filter { $0.contains(".berth-") }
        #expect(left.isEmpty, "temporary files left behind: \(left)")
        #expect(!workspace.exists("report.txt"))
    }

    @Test("a misspelt rule in --select is a usage error, not a silent run of no rules")
    func unknownSelectedRule() throws {
        let workspace = try Workspace()
        try workspace.write("task.yaml", Self.task)
        let run = try workspace.berth(["lint", "task.yaml", "--select", "ECS1244"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("'ECS1244' names no rule; did you mean 'ECS124'?"), "\(run.stderr)")
        #expect(!run.stdout.contains("no problems"))
    }

    @Test("a misspelt rule in .berth.yaml's select stops berth with exit 2")
    func unknownConfiguredRule() throws {
        let workspace = try Workspace()
        try workspace.write("task.yaml", Self.task)
        try workspace.write(".berth.yaml", "select: [image-latest-tags]\n")
        let run = try workspace.berth(["lint", "task.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(".berth.yaml:1:10: error: select: 'image-latest-tags' names no rule; did you mean"), "\(run.stderr)")
    }

    @Test("a file of 10,000 task definitions with a password each masks its messages in linear time (it took minutes)")
    func manySecretsInOneFile() throws {
        let workspace = try Workspace()
        let documents = (0..<10_000).map {
            "kind: TaskDefinition\nfamily: f\($0)\ncontainerDefinitions: [{name: a, image: x, environment: [{name: DB_PASSWORD, value: hunter\($0)}]}]\n"
        }
        try workspace.write("secrets.yaml", documents.joined(separator: "---\n"))
        let run = try workspace.berth(["lint", "secrets.yaml", "--color", "never"], timeout: 60)
        #expect(!run.timedOut)
        #expect(run.status == 1)
        #expect(run.stdout.contains("value: ****"))
        #expect(!run.stdout.contains("hunter1"))
    }

    @Test("a file of 32,000 small task definitions lints in linear time (it took 25.7 s in release)")
    func manyFindingsInOneFile() throws {
        let workspace = try Workspace()
        let documents = (0..<32_000).map { "kind: TaskDefinition\nfamily: f\($0)\ncontainerDefinitions: [{name: a, image: x}]\n" }
        try workspace.write("many.yaml", documents.joined(separator: "---\n"))
        let run = try workspace.berth(["lint", "many.yaml", "--format", "json"], timeout: 60)
        #expect(!run.timedOut)
        #expect(run.status == 1)
        #expect(run.stdout.contains("more like this in the file, not listed"))
    }
}
