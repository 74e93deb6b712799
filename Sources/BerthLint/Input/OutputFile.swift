#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes a file berth was asked for (`--output`, a baseline, `berth init`). berth often runs as root, so it
/// must never replace what is not a regular file: a regular file (or a missing one) is replaced atomically, at
/// the end of any symlinks; a device, a FIFO or a descriptor link (`/dev/stdout`, `/dev/fd/N`) is written
/// as it is.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String) -> POSIXFiles.Failure? {
        switch destination(of: path) {
        case .success(.inPlace): writeInPlace(bytes, to: path)
        case .success(.replacing(let target, let mode)): writeAtomically(bytes, to: target, mode: mode)
        case .failure(let failure): failure
        }
    }

    private enum Destination {
        /// Written through an open descriptor, never replaced.
        case inPlace
        /// A regular file at `target` (symlinks resolved), created or replaced with a renamed temporary file.
        case replacing(target: String, mode: mode_t)
    }

    private static func destination(of path: String) -> Result<Destination, POSIXFiles.Failure> {
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: return .failure(POSIXFiles.Failure(code: EISDIR))
            default: return .success(.inPlace)
            }
        } else if errno != ENOENT {
            return .failure(POSIXFiles.Failure())
        }
        // A regular file, or nothing yet (perhaps behind a dangling symlink): replace it where the links end.
        var target = path
        for _ in 0..<40 {
            guard lstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else {
                let mode = errno == ENOENT ? 0o644 : info.st_mode & 0o7777
                return .success(.replacing(target: target, mode: mode_t(mode)))
            }
            guard let link = readLink(target) else { return .failure(POSIXFiles.Failure()) }
            let directory = parent(of: target)
            // A descriptor's link names the file behind an open descriptor: replacing that file would break a
            // `>>` redirection and need write access to its directory.
            if isProcessDirectory(directory) { return .success(.inPlace) }
            target = link.hasPrefix("/") ? link : directory + "/" + link
        }
        return .failure(POSIXFiles.Failure(code: ELOOP))
    }

    private static func writeInPlace(_ bytes: [UInt8], to path: String) -> POSIXFiles.Failure? {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return POSIXFiles.Failure() }
        var failure = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = POSIXFiles.Failure() }
        return failure
    }

    /// Writes a temporary file beside `target`, flushes it and renames it over `target`, so a reader never sees
    /// half a file and a failure leaves the old one in place. A signal meanwhile removes the temporary file.
    private static func writeAtomically(_ bytes: [UInt8], to target: String, mode: mode_t) -> POSIXFiles.Failure? {
        let temporary = "\(target).berth-\(getpid()).tmp"
        let cleanup = InterruptCleanup(removing: temporary)
        defer { cleanup.finish() }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return POSIXFiles.Failure() }
        var failure = writeAll(bytes, to: descriptor)
        // The creation mode passed through the umask; an existing file keeps its own.
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = POSIXFiles.Failure() }
        if failure == nil, fsync(descriptor) != 0 { failure = POSIXFiles.Failure() }
        if close(descriptor) != 0, failure == nil { failure = POSIXFiles.Failure() }
        if failure == nil, rename(temporary, target) != 0 { failure = POSIXFiles.Failure() }
        if failure != nil { unlink(temporary) }
        return failure
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> POSIXFiles.Failure? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else if errno != EINTR {
                return POSIXFiles.Failure()
            }
        }
        return nil
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `/proc/PID/fd` and what leads there (`/dev/fd` is a link to it).
    private static func isProcessDirectory(_ directory: String) -> Bool {
        guard let resolved = realpath(directory, nil) else { return false }
        defer { free(resolved) }
        return String(cString: resolved).hasPrefix("/proc/")
    }
}
