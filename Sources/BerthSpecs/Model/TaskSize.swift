/// ECS task sizes in the forms RegisterTaskDefinition accepts: cpu as units (`"1024"`) or vCPU
/// (`"1 vCPU"`, `"1 vcpu"`, `".25 vCPU"`), memory as MiB (`"2048"`) or GB (`"2 GB"`, `"2GB"`).
/// ECS normalises both to the numeric form at registration.
public enum TaskSize {
    public static func cpuUnits(_ text: String) -> Int? {
        parse(text, unit: "vcpu")
    }

    public static func memoryMiB(_ text: String) -> Int? {
        parse(text, unit: "gb")
    }

    private static func parse(_ text: String, unit: String) -> Int? {
        let compact = text.lowercased().filter { $0 != " " && $0 != "\t" }
        if let plain = Int(compact) { return plain > 0 ? plain : nil }
        guard compact.hasSuffix(unit) else { return nil }
        let number = compact.dropLast(unit.count)
        guard let value = Double(number.hasPrefix(".") ? "0" + number : String(number)), value > 0 else { return nil }
        let scaled = value * 1024
        return scaled == scaled.rounded() ? Int(exactly: scaled) : nil
    }
}
