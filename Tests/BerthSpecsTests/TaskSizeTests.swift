import BerthSpecs
import Testing

@Suite("task size forms")
struct TaskSizeTests {
    @Test("cpu", arguments: [("256", 256), ("1 vCPU", 1024), ("1vcpu", 1024), (".25 vCPU", 256), ("0.5 VCPU", 512), ("16 vCPU", 16384)])
    func cpu(text: String, units: Int) {
        #expect(TaskSize.cpuUnits(text) == units)
    }

    @Test("memory", arguments: [("512", 512), ("2 GB", 2048), ("2GB", 2048), ("0.5 GB", 512), ("120 gb", 122880)])
    func memory(text: String, mib: Int) {
        #expect(TaskSize.memoryMiB(text) == mib)
    }

    @Test("not sizes", arguments: ["", "two", "1.3 vCPU", "-1", "0", "2 TB"])
    func invalid(text: String) {
        #expect(TaskSize.cpuUnits(text) == nil)
        #expect(TaskSize.memoryMiB(text) == nil)
    }
}

@Suite("placeholders")
struct PlaceholderTests {
    @Test("placeholders", arguments: ["${VAR}", "prefix-${VAR}-suffix", "{{ must_env `X` }}", "{{.Env.TAG}}", "a{{b}}c", "${a}}"])
    func placeholder(text: String) {
        #expect(Placeholder.contains(text))
    }

    @Test("not placeholders", arguments: ["", "plain", "$VAR", "{VAR}", "{{ open", "${ open", "}} {{", "{ {x} }", "$ {x}", "{{}"])
    func literal(text: String) {
        #expect(!Placeholder.contains(text))
    }
}
