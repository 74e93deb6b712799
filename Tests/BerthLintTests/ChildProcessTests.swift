@testable import BerthLint
import Dispatch
import Testing

@Suite("child processes")
struct ChildProcessTests {
    /// Children spawned at once from many threads must not inherit each other's pipes: a `cat` holding another
    /// `cat`'s input open would keep both waiting for an end of input that never comes.
    @Test("concurrent children each see the end of their own input", .timeLimit(.minutes(1)))
    func concurrentChildren() {
        let outputs = Outputs()
        DispatchQueue.concurrentPerform(iterations: 32) { index in
            let input = Array("child \(index)\n".utf8)
            outputs.store(try? ChildProcess.run(["cat"], input: input).stdout, at: index)
        }
        for index in 0..<32 { #expect(outputs.value(at: index) == Array("child \(index)\n".utf8)) }
    }

    private final class Outputs: @unchecked Sendable {
        private var values = [[UInt8]?](repeating: nil, count: 32)
        private let lock = DispatchQueue(label: "outputs")
        func store(_ value: [UInt8]?, at index: Int) { lock.sync { values[index] = value } }
        func value(at index: Int) -> [UInt8]? { lock.sync { values[index] } }
    }
}
