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

    /// The content of a small regular file (`.gitignore`, a `gitdir:` pointer), or nil when it cannot be read,
    /// is not a regular file, is larger than `limit` or (without `followingLinks`) is a symlink.
    static func contents(of path: [UInt8], followingLinks: Bool, limit: Int = 16 << 20) -> [UInt8]? {
        guard case .bytes(let bytes) = withCString(path, { readRegularFile($0, limit: limit, followingLinks: followingLinks) }) else {
            return nil
        }
        return bytes
    }

    /// What reading a file gave: its bytes, or its size when over the limit, or why not.
    enum Read {
        case bytes([UInt8])
        /// The size `fstat` gave, or the bytes read before the limit stopped a file that grew or has no size.
        case tooLarge(Int)
        case failed(String)
    }

    /// Reads a regular file, symlinks followed, never more than `limit` bytes.
    static func readFile(_ path: String, limit: Int) -> Read {
        readRegularFile(path, limit: limit, followingLinks: true)
    }

    /// Only regular files are read: a FIFO would block the open and the read, and `/dev/zero` or
    /// `/dev/urandom` would never end. `O_NONBLOCK` makes opening a FIFO return at once so `fstat` can refuse
    /// it; `st_size` is checked first and the read is bounded anyway, since procfs files report 0 and a file
    /// can grow while it is read.
    private static func readRegularFile(_ path: UnsafePointer<CChar>, limit: Int, followingLinks: Bool) -> Read {
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followingLinks ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else { return .failed(Failure().message) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failed(Failure().message) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failed("is a directory")
        case S_IFIFO: return .failed("is a FIFO, not a regular file; berth reads regular files only")
        case S_IFCHR, S_IFBLK: return .failed("is a device, not a regular file; berth reads regular files only")
        case S_IFSOCK: return .failed("is a socket, not a regular file; berth reads regular files only")
        default: return .failed("is not a regular file; berth reads regular files only")
        }
        let size = Int(status.st_size)
        if size > limit { return .tooLarge(size) }
        return readAll(descriptor, limit: limit, expected: size)
    }

    /// Reads to the end, or to `limit + 1` bytes, which is enough to know the file is over the limit.
    private static func readAll(_ descriptor: Int32, limit: Int, expected: Int) -> Read {
        var content: [UInt8] = []
        content.reserveCapacity(min(expected, limit, 1 << 26))
        var chunk = [UInt8](repeating: 0, count: max(16_384, min(expected, 1 << 20) + 1))
        // One byte past the limit tells a file over it; `--max-file-size` may be Int.max.
        let ceiling = limit < Int.max ? limit + 1 : limit
        while true {
            let wanted = min(chunk.count, ceiling - content.count)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count == 0 { return .bytes(content) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(Failure().message)
            }
            content.append(contentsOf: chunk[..<count])
            if content.count > limit { return .tooLarge(content.count) }
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
