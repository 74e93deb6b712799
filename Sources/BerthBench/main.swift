// berth-bench: measures berth against the floor, a bare libyaml event parse of the same bytes.
// Run with `swift run -c release berth-bench` (see docs/performance.md).
import BerthLint
import BerthRules
import CYAML
import Foundation

let arguments = CommandLine.arguments
let count = arguments.firstIndex(of: "--files").flatMap { Int(arguments[$0 + 1]) } ?? 2_000
/// `--corpus DIR` writes the corpus there and keeps it, for callgrind runs of the binary over the same files.
let keptCorpus = arguments.firstIndex(of: "--corpus").map { arguments[$0 + 1] }
let corpus = keptCorpus.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("berth-bench-\(getpid())")
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("berth").path

// MARK: corpus

func taskDefinition(_ index: Int) -> String {
    """
    kind: TaskDefinition
    family: app-\(index)
    requiresCompatibilities: [FARGATE]
    networkMode: awsvpc
    cpu: "\([256, 512, 1024, 2048][index % 4])"
    memory: "\([512, 1024, 2048, 4096][index % 4])"
    taskRoleArn: arn:aws:iam::123456789012:role/app-\(index)
    executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
    containerDefinitions:
      - name: app
        image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app-\(index):1.\(index % 50).0
        essential: true
        portMappings:
          - containerPort: 8080
            protocol: tcp
        environment:
          - name: SERVICE_NAME
            value: app-\(index)
          - name: LOG_LEVEL
            value: info
        secrets:
          - name: DATABASE_URL
            valueFrom: arn:aws:secretsmanager:us-east-1:123456789012:secret:app-\(index)/db
        healthCheck:
          command: [CMD-SHELL, "curl -f http://localhost:8080/health || exit 1"]
          interval: 30
          timeout: 5
          retries: 3
        logConfiguration:
          logDriver: awslogs
          options:
            awslogs-group: /ecs/app-\(index)
            awslogs-region: us-east-1
            awslogs-stream-prefix: app
      - name: envoy
        image: public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod
        essential: false
        memoryReservation: 128
    tags:
      - key: team
        value: team-\(index % 17)

    """
}

func service(_ index: Int) -> String {
    """
    kind: Service
    cluster: prod
    serviceName: app-\(index)
    taskDefinition: app-\(index)
    desiredCount: \(2 + index % 6)
    launchType: FARGATE
    networkConfiguration:
      awsvpcConfiguration:
        subnets: [subnet-0a1b2c3d4e5f60718, subnet-0f1e2d3c4b5a69788]
        securityGroups: [sg-0123456789abcdef0]
    loadBalancers:
      - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app-\(index)/6d0ecf831eec9f09
        containerName: app
        containerPort: 8080
    deploymentConfiguration:
      minimumHealthyPercent: 100
      maximumPercent: 200
      deploymentCircuitBreaker: {enable: true, rollback: true}

    """
}

func writeCorpus() throws -> [(path: String, bytes: [UInt8])] {
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    var files: [(path: String, bytes: [UInt8])] = []
    for index in 0..<count {
        for (name, text) in [("task-\(index).yaml", taskDefinition(index)), ("service-\(index).yaml", service(index))] {
            let path = corpus.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            files.append((path, Array(text.utf8)))
        }
    }
    return files
}

let files = try writeCorpus()
defer { if keptCorpus == nil { try? FileManager.default.removeItem(at: corpus) } }
let totalBytes = files.reduce(0) { $0 + $1.bytes.count }

// MARK: measurements

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Best of `runs` (wall, cpu) seconds.
func measure(runs: Int = 5, _ body: () -> Void) -> (wall: Double, cpu: Double) {
    var best = (wall: Double.infinity, cpu: Double.infinity)
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let cpuStart = cpuSeconds()
        let elapsed = clock.measure(body)
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        best = (min(best.wall, wall), min(best.cpu, cpuSeconds() - cpuStart))
    }
    return best
}

/// The floor: libyaml's event loop over every file, events discarded.
func bareParse() -> Int {
    var events = 0
    for file in files {
        var parser = yaml_parser_t()
        yaml_parser_initialize(&parser)
        file.bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) != 0 {
                events += 1
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if done { break }
            }
        }
        yaml_parser_delete(&parser)
    }
    return events
}

let linter = Linter(ruleSet: .builtin)
let inputs = files.map { LintInput(path: $0.path, isExplicit: false, bytes: $0.bytes) }
var diagnostics = 0
let floor = measure { _ = bareParse() }
let lint = measure { diagnostics = linter.lint(inputs).diagnostics.count }
let fromDisk = measure { _ = linter.lint(files.map { LintInput(path: $0.path, isExplicit: false) }) }

/// Runs the berth binary with posix_spawn (Foundation's Process adds tens of milliseconds) under GNU time,
/// which reports berth's own peak resident memory: a child spawned from this large process would report
/// this process's pages as its own. Returns wall seconds (time's start-up included) and megabytes.
let rssFile = corpus.appendingPathComponent("rss.txt").path
func runBerth(_ arguments: [String]) -> (seconds: Double, peakMB: Double) {
    let argv = (["/usr/bin/time", "-f", "%M", "-o", rssFile, binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pid = pid_t()
    let clock = ContinuousClock()
    let started = clock.now
    guard posix_spawn(&pid, "/usr/bin/time", &actions, nil, argv, environ) == 0 else { return (.nan, .nan) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = clock.now - started
    let kilobytes = (try? String(contentsOfFile: rssFile, encoding: .utf8)).flatMap { $0.split(separator: "\n").last.flatMap { Double($0) } }
    return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, (kilobytes ?? .nan) / 1024)
}

let megabytes = Double(totalBytes) / 1_000_000
print("corpus: \(files.count) files (\(count) task definitions, \(count) services), \(String(format: "%.2f", megabytes)) MB, \(diagnostics) diagnostics")
print(String(format: "bare libyaml parse (1 core):      %7.1f ms wall  %7.1f ms cpu  %6.1f MB/s", floor.wall * 1000, floor.cpu * 1000, megabytes / floor.wall))
print(String(format: "berth lint, in memory:            %7.1f ms wall  %7.1f ms cpu  %6.1f MB/s", lint.wall * 1000, lint.cpu * 1000, megabytes / lint.wall))
print(String(format: "berth lint, reading the files:    %7.1f ms wall  %7.1f ms cpu", fromDisk.wall * 1000, fromDisk.cpu * 1000))
print(String(format: "ratio lint / floor:               %7.2f× wall  %7.2f× cpu", lint.wall / floor.wall, lint.cpu / floor.cpu))
print(String(format: "files per second:                 %7.0f", Double(files.count) / fromDisk.wall))
if FileManager.default.isExecutableFile(atPath: binary), FileManager.default.isExecutableFile(atPath: "/usr/bin/time") {
    let small = files[0].path
    _ = runBerth(["lint", small])
    let runs = (0..<21).map { _ in runBerth(["lint", small]) }.sorted { $0.seconds < $1.seconds }
    print(String(format: "single small file, berth binary:  %7.1f ms wall (median of 21)  %6.1f MB peak RSS", runs[10].seconds * 1000, runs[10].peakMB))
    let whole = (0..<3).map { _ in runBerth(["lint", corpus.path]) }.sorted { $0.seconds < $1.seconds }[1]
    print(String(format: "whole corpus, berth binary:       %7.1f ms wall (median of 3)   %6.1f MB peak RSS", whole.seconds * 1000, whole.peakMB))
} else {
    print("process figures need the berth binary at \(binary) (`swift build -c release`) and GNU time (apt-get install time)")
}
