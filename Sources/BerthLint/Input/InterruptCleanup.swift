#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// While a temporary file exists, SIGINT, SIGTERM or SIGHUP removes it before berth dies of the signal, so
/// an interrupted `--output` leaves no `PATH.berth-PID.tmp` behind.
struct InterruptCleanup {
    private static let signals = [SIGINT, SIGTERM, SIGHUP]
    private var previous: [(@convention(c) (Int32) -> Void)?] = []

    /// One file at a time: berth writes its outputs one after another.
    init(removing path: String) {
        Self.pending = strdup(path)
        for number in Self.signals {
            let old = signal(number, Self.handler)
            // A signal the parent ignores (nohup, a background job) stays ignored.
            if let old, unsafeBitCast(old, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(number, SIG_IGN) }
            previous.append(old)
        }
    }

    func finish() {
        for (number, old) in zip(Self.signals, previous) { signal(number, old) }
        let path = Self.pending
        Self.pending = nil
        free(path)
    }

    /// Read only by the handler, which may run on any thread: unlink, signal and raise are async-signal-safe.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?

    private static let handler: @convention(c) (Int32) -> Void = { number in
        if let path = InterruptCleanup.pending { unlink(path) }
        signal(number, SIG_DFL)
        raise(number)
    }
}
