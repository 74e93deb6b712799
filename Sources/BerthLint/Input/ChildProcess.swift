#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Held from creating a child's pipes until it is spawned: another thread's child spawned in between would
/// inherit the pipe ends before they are marked close-on-exec, and this child would never see the end of its
/// input while that one lives, so both would wait forever. (`pipe2` with `O_CLOEXEC` is not in Swift's Glibc.)
private let spawning = Mutex<Void>(())

/// Runs a program and collects its output, with POSIX calls: Foundation's `Process` would load Foundation and
/// ICU into every berth run, a few milliseconds that `berth lint` on one file cannot spare.
struct ChildProcess {
    struct Output {
        let status: Int32
        let stdout: [UInt8]
        let stderr: [UInt8]
    }

    struct LaunchFailure: Error {
        let message: String
    }

    /// Runs `arguments[0]` found on PATH, with `environment` added to berth's own, writing `input` to its
    /// standard input while reading both outputs, so neither side ever waits on a full pipe.
    static func run(_ arguments: [String], environment: [String: String] = [:], input: [UInt8] = []) throws(LaunchFailure) -> Output {
        // A child that exits before reading all its input must not take berth down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") { variables[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            entry += 1
        }
        variables.merge(environment) { $1 }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }

        var pipes: [[Int32]] = []
        defer { for ends in pipes { for end in ends where end >= 0 { close(end) } } }
        let spawned: Result<pid_t, LaunchFailure> = spawning.withLock { _ in
            for _ in 0..<3 {
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else { return .failure(LaunchFailure(message: "cannot create a pipe: \(String(cString: strerror(errno)))")) }
                for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
                pipes.append(ends)
            }
            // dup2 onto 0, 1 and 2 clears close-on-exec for the child's own copies.
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, pipes[0][0], 0)
            posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 1)
            posix_spawn_file_actions_adddup2(&actions, pipes[2][1], 2)
            var pid = pid_t()
            let status = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
            guard status == 0 else { return .failure(LaunchFailure(message: "cannot run \(arguments[0]): \(String(cString: strerror(status)))")) }
            return .success(pid)
        }
        let pid = try spawned.get()
        for index in [(0, 0), (1, 1), (2, 1)] {
            close(pipes[index.0][index.1])
            pipes[index.0][index.1] = -1
        }
        let (stdout, stderr) = exchange(input: input, writeTo: &pipes[0][1], readFrom: pipes[1][0], and: pipes[2][0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Output(status: exitStatus, stdout: stdout, stderr: stderr)
    }

    /// Writes the input and reads both outputs as each becomes ready, until both outputs end.
    private static func exchange(input: [UInt8], writeTo inputEnd: inout Int32, readFrom outputEnd: Int32,
                                 and errorEnd: Int32) -> (stdout: [UInt8], stderr: [UInt8]) {
        var written = 0
        if input.isEmpty {
            close(inputEnd)
            inputEnd = -1
        }
        var outputs: [[UInt8]] = [[], []]
        var open = [outputEnd, errorEnd]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while open.contains(where: { $0 >= 0 }) || inputEnd >= 0 {
            var watched = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            watched.append(pollfd(fd: inputEnd, events: Int16(POLLOUT), revents: 0))
            guard poll(&watched, nfds_t(watched.count), -1) >= 0 || errno == EINTR else { break }
            for index in open.indices where open[index] >= 0 && watched[index].revents != 0 {
                let count = read(open[index], &buffer, buffer.count)
                if count > 0 {
                    outputs[index] += buffer[..<count]
                } else if count == 0 || errno != EINTR {
                    open[index] = -1
                }
            }
            if inputEnd >= 0, watched[2].revents != 0 {
                let count = input[written...].withUnsafeBytes { write(inputEnd, $0.baseAddress, $0.count) }
                if count > 0 { written += count }
                if written == input.count || (count < 0 && errno != EINTR && errno != EAGAIN) {
                    close(inputEnd)
                    inputEnd = -1
                }
            }
        }
        return (outputs[0], outputs[1])
    }
}
