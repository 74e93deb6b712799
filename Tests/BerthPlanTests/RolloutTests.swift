import BerthPlan
import Testing

/// The rollout table of reference/plan-semantics.md §4.3.
@Suite struct RolloutTests {
    @Test(arguments: [
        (4, 100, 200, 4, 8), (4, 50, 200, 2, 8), (4, 50, 100, 2, 4), (3, 50, 150, 2, 4), (10, 90, 110, 9, 11), (1, 0, 100, 0, 1),
        (1, 100, 100, 1, 1),
    ])
    func bounds(desired: Int, minimum: Int, maximum: Int, healthy: Int, running: Int) {
        let rollout = Rollout(desiredCount: desired, minimumHealthyPercent: minimum, maximumPercent: maximum)
        #expect(rollout.minimumHealthy == healthy)
        #expect(rollout.maximumRunning == running)
        #expect(rollout.extraTasks == running - desired)
    }

    @Test func blueGreenStartsASecondFullSet() {
        let rollout = Rollout(desiredCount: 3, minimumHealthyPercent: 100, maximumPercent: 200, strategy: "BLUE_GREEN")
        #expect(rollout.maximumRunning == 6)
        #expect(rollout.minimumHealthy == 3)
    }

    @Test func daemonServicesHaveNoCount() {
        let rollout = Rollout(desiredCount: nil, minimumHealthyPercent: 0, maximumPercent: 100)
        #expect(rollout.minimumHealthy == nil)
        #expect(rollout.extraTasks == nil)
    }
}
