#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls discovery makes, on paths held as UTF-8 bytes (no NUL). Plain POSIX rather
/// than FileManager: a walk of a large repository is dominated by per-entry overhead, and `readdir`'s
/// `d_type` spares a `stat` for almost every entry.
enum POSIXFiles {
    enum Kind: Equatable {
        case file, directory, symlink, other
        /// `d_type` was `DT_UNKNOWN` (some file systems never fill it): ask `lstat`.
        case unknown
    }

    struct Entry {
        let name: [UInt8]
        let kind: Kind
    }

    /// The entries of a directory except `.` and `..`, in `readdir` order, or the `errno` of the failure.
    static func list(_ path: [UInt8]) -> Result<[Entry], Failure> {
        guard let directory = withCString(path, { opendir($0) }) else { return .failure(Failure()) }
        defer { closedir(directory) }
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let namePointer = UnsafeRawPointer(entry) + nameOffset
            let length = strlen(namePointer.assumingMemoryBound(to: CChar.self))
            let name = UnsafeRawBufferPointer(start: namePointer, count: length)
            if name.elementsEqual([0x2E]) || name.elementsEqual([0x2E, 0x2E]) { continue }
            entries.append(Entry(name: Array(name), kind: kind(direntType: entry.pointee.d_type)))
        }
        return .success(entries)
    }

    /// The kind of `path` itself (`lstat`) or, with `followingLinks`, of what it points to (`stat`).
    static func kind(of path: [UInt8], followingLinks: Bool) -> Result<Kind, Failure> {
        var info = stat()
        let status = withCString(path) { followingLinks ? stat($0, &info) : lstat($0, &info) }
        guard status == 0 else { return .failure(Failure()) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success(.file)
        case S_IFDIR: return .success(.directory)
        case S_IFLNK: return .success(.symlink)
        default: return .success(.other)
        }
    }

    static func exists(_ path: [UInt8]) -> Bool {
        var info = stat()
        return withCString(path) { lstat($0, &info) } == 0
    }

    /// The whole content of a file, or nil when it cannot be opened or read (or, without `followingLinks`,
    /// is a symlink).
    static func contents(of path: [UInt8], followingLinks: Bool) -> [UInt8]? {
        let flags = O_RDONLY | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW)
        let descriptor = withCString(path) { open($0, flags) }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return try? readAll(descriptor).get()
    }

    /// What reading a spec file gave: its bytes, or its size when over the limit (nothing is read), or why not.
    enum Read {
        case bytes([UInt8])
        case tooLarge(Int)
        case failed(String)
    }

    /// Reads a file whose size is checked first, so an oversized file is never loaded.
    static func readFile(_ path: String, limit: Int) -> Read {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failed(Failure().message) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failed(Failure().message) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { return .failed("is a directory") }
        if Int(status.st_size) > limit { return .tooLarge(Int(status.st_size)) }
        switch readAll(descriptor, expected: Int(status.st_size)) {
        case .success(let bytes): return .bytes(bytes)
        case .failure(let failure): return .failed(failure.message)
        }
    }

    /// Writes `bytes` to a temporary file beside `path`, flushes it and renames it over `path`, so a reader
    /// never sees half a file and a failure leaves the old one in place.
    static func writeAtomically(_ bytes: [UInt8], to path: String) -> Failure? {
        let temporary = "\(path).berth-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return Failure() }
        var failure: Failure?
        var offset = 0
        while offset < bytes.count, failure == nil {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 { offset += written } else if errno != EINTR { failure = Failure() }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = Failure() }
        if close(descriptor) != 0, failure == nil { failure = Failure() }
        if failure == nil, rename(temporary, path) != 0 { failure = Failure() }
        if failure != nil { unlink(temporary) }
        return failure
    }

    private static func readAll(_ descriptor: Int32, expected: Int = 0) -> Result<[UInt8], Failure> {
        var content: [UInt8] = []
        content.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: max(16_384, min(expected + 1, 1 << 20)))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return .success(content) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure())
            }
            content.append(contentsOf: chunk[..<count])
        }
    }

    /// A captured `errno`, rendered the way command-line tools print it ("no such file or directory").
    struct Failure: Error {
        let code: Int32

        init(code: Int32 = errno) {
            self.code = code
        }

        var message: String {
            let text = String(cString: strerror(code))
            return text.prefix(1).lowercased() + text.dropFirst()
        }
    }

    private static func kind(direntType: UInt8) -> Kind {
        switch Int32(direntType) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK): return .symlink
        case Int32(DT_UNKNOWN): return .unknown
        default: return .other
        }
    }

    private static func withCString<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}
