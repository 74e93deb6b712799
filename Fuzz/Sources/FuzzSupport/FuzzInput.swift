/// Turning libFuzzer's buffer into what berth reads.
public enum FuzzInput {
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// A file name for the bytes: berth reads `.json` files without the YAML 1.1 checks, so JSON-looking input
    /// gets the name a real JSON file would have.
    public static func fileName(_ stem: String, for bytes: [UInt8]) -> String {
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? "\(stem).json" : "\(stem).yaml"
    }
}

/// A property berth promises, checked on every input. `precondition` drops its message in optimised builds;
/// this keeps it for the crash report.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
