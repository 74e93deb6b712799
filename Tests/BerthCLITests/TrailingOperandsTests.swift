@testable import BerthCLI
import BerthTestSupport
import Foundation
import Testing

@Suite("trailing operands")
struct TrailingOperandsTests {
    private let others: Set<String> = ["rules", "help"]

    @Test("the trailing run bypasses the parser but for its first element", arguments: [
        (["lint", "a", "b", "c"], ["lint", "a"], ["b", "c"]),
        (["lint", "--format", "json", "a", "b"], ["lint", "--format", "json"], ["a", "b"]),
        (["lint", "--strict", "a", "b"], ["lint", "--strict", "a"], ["b"]),
        (["a", "b"], ["a"], ["b"]),
        (["lint", "a", "b", "--format", "json"], ["lint", "a", "b", "--format", "json"], []),
        (["lint", "a"], ["lint", "a"], []),
        (["lint", "--", "-odd", "b"], ["lint", "--"], ["-odd", "b"]),
        (["rules", "ECS101"], ["rules", "ECS101"], []),
        (["help", "rules"], ["help", "rules"], []),
        ([], [], []),
    ])
    func split(arguments: [String], parsed: [String], paths: [String]) {
        let result = TrailingOperands.split(arguments, otherSubcommands: others)
        #expect(result.parsed == parsed)
        #expect(result.paths == paths)
    }

    @Test("hundreds of files on the command line are all linted, options before them applied")
    func manyFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("berth-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let names = (0..<300).map { "cluster-\($0).yaml" }
        for name in names {
            try "kind: Cluster\nclusterName: \(name.dropLast(5))\n".write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let run = try BerthBinary.run(["lint", "--format", "json"] + names, in: directory)
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"files\": 300"))
    }
}
