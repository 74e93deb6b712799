import BerthLint
import BerthSpecs

extension Note {
    /// "runs on Fargate: launchType FARGATE", at the node that decided it.
    init(_ decision: LaunchDecision) {
        self.init("runs on \(decision.kind.rawValue): \(decision.reason)", at: decision.node, path: decision.path)
    }
}
