import BerthTestSupport
import Foundation
import Testing

/// Numbers from a spec at the edges of Int and Double, linted by the built binary next to a sound file: no
/// trap, a defined exit status, and the other file's findings still reported. Each spec crashed berth before
/// its fix.
@Suite("arithmetic hardening, end to end")
struct ArithmeticHardeningTests {
    private static let sound = HardeningTests.task

    @Test("a spec with an extreme number is linted, and so is the file next to it", arguments: [
        // App Runner Memory past Int.max, printed through Int(_:).
        ("apprunner.yaml", """
         kind: AppRunnerService
         ServiceName: web
         SourceConfiguration:
           ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
         InstanceConfiguration: {Cpu: 2 vCPU, Memory: 99999999999999999999 GB}
         """, "not 1e+20 GB"),
        // An infinite App Runner Memory.
        ("apprunner.yaml", """
         kind: AppRunnerService
         ServiceName: web
         SourceConfiguration:
           ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
         InstanceConfiguration: {Cpu: 2 vCPU, Memory: 1e400 GB}
         """, "'Memory' must be at most 6 characters long"),
        // Distances from Int.min to the retention periods.
        ("cluster.yaml", """
         apiVersion: eksctl.io/v1alpha5
         kind: ClusterConfig
         metadata: {name: prod, region: us-east-1}
         cloudWatch: {clusterLogging: {enableTypes: [api], logRetentionInDays: -9223372036854775808}}
         """, "not -9223372036854775808 days; the nearest is 1"),
        // Two containers' Int.min cpu, summed.
        ("task.yaml", """
         kind: TaskDefinition
         family: jobs
         cpu: "256"
         memory: "512"
         containerDefinitions:
           - {name: a, image: "nginx:1.27", memory: 128, cpu: -9223372036854775808}
           - {name: b, image: "nginx:1.27", memory: 128, cpu: -9223372036854775808}
         """, "task.yaml:2:9:"),
    ])
    func extremeNumber(name: String, spec: String, expected: String) throws {
        let workspace = try Workspace()
        try workspace.write("app/\(name)", spec + "\n")
        try workspace.write("app/sound.yaml", Self.sound)
        let run = try workspace.berth(["lint", "app", "--color", "never"])
        #expect(run.signal == nil, "\(run.stderr)")
        #expect([0, 1, 2].contains(run.status), "\(run.stderr)")
        #expect(run.stdout.contains(expected), "\(run.stdout)")
        #expect(run.stdout.contains("sound.yaml:2:9: info:"), "the sound file's findings are still reported: \(run.stdout)")
    }

    @Test("--max-file-size at Int.max is a usage error, not an overflow in the reader")
    func maxFileSizeIntMax() throws {
        let workspace = try Workspace()
        try workspace.write("sound.yaml", Self.sound)
        let run = try workspace.berth(["lint", "sound.yaml", "--max-file-size", "9223372036854775807"])
        #expect(run.signal == nil, "\(run.stderr)")
        #expect(run.status == 64)
        #expect(run.stderr.contains("--max-file-size must be a number of bytes from 1 to 2147483647"), "\(run.stderr)")
    }
}
