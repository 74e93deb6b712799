import Foundation

/// Runs a program and collects its exit status and output, for tests that drive the built binary,
/// python3 or git.
public struct Subprocess {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// The child was still running after the timeout and was killed: a hang.
        public var timedOut = false
        /// The signal that ended the child, if one did.
        public var signal: Int32?
    }

    /// Runs the program, killing it after `timeout` seconds so a hang fails the test instead of the run.
    public static func run(_ executable: String, _ arguments: [String], in directory: URL = PackageRoot.url,
                           environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = Box()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
            guard process.isRunning else { return }
            watchdog.timedOut = true
            kill(process.processIdentifier, SIGKILL)
        }
        // Drain both pipes before waiting, so a chatty child never blocks on a full pipe.
        let errors = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errors.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errors.data, as: UTF8.self), timedOut: watchdog.timedOut, signal: signal)
    }

    /// `python3` with the arguments, from the package root.
    public static func python(_ arguments: [String]) throws -> Output {
        try run("/usr/bin/env", ["python3"] + arguments)
    }

    /// Written by one reader thread, read after `group.wait()`.
    private final class Box: @unchecked Sendable {
        var data = Data()
        var timedOut = false
    }
}
