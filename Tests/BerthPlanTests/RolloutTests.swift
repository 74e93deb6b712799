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

    @Test("bounds whose product overflows an Int are not computed, instead of trapping", arguments: [
        (100_000_000_000_000_000, 100, 200), (4, 100, Int.max), (Int.max, 1, 100), (Int.max, 100, 100),
    ])
    func tooLargeToCompute(desired: Int, minimum: Int, maximum: Int) {
        let rollout = Rollout(desiredCount: desired, minimumHealthyPercent: minimum, maximumPercent: maximum)
        #expect(rollout.maximumRunning == nil)
        #expect(rollout.extraTasks == nil)
    }

    @Test func boundsNearIntMaxAreExact() {
        // 92233720368547758 × 100 fits an Int, but adding 99 to round up would not.
        let rollout = Rollout(desiredCount: 92_233_720_368_547_758, minimumHealthyPercent: 100, maximumPercent: 100)
        #expect(rollout.minimumHealthy == 92_233_720_368_547_758)
        #expect(rollout.maximumRunning == 92_233_720_368_547_758)
        #expect(Rollout(desiredCount: 3, minimumHealthyPercent: 50, maximumPercent: 100).minimumHealthy == 2)
    }

    @Test func blueGreenOfMoreThanHalfIntMaxIsNotComputed() {
        let rollout = Rollout(desiredCount: Int.max / 2 + 1, minimumHealthyPercent: 100, maximumPercent: 200, strategy: "BLUE_GREEN")
        #expect(rollout.maximumRunning == nil)
        #expect(rollout.minimumHealthy == Int.max / 2 + 1)
    }

    @Test("negative counts and percentages, which ECS rejects, give no bounds", arguments: [
        (-4, 100, 200), (4, -100, 200), (4, 100, -200), (Int.min, 100, 200), (4, Int.min, Int.min),
    ])
    func negativeValues(desired: Int, minimum: Int, maximum: Int) {
        let rollout = Rollout(desiredCount: desired, minimumHealthyPercent: minimum, maximumPercent: maximum)
        #expect(rollout.minimumHealthy == nil)
        #expect(rollout.maximumRunning == nil)
        #expect(rollout.extraTasks == nil)
    }

    @Test func daemonServicesHaveNoCount() {
        let rollout = Rollout(desiredCount: nil, minimumHealthyPercent: 0, maximumPercent: 100)
        #expect(rollout.minimumHealthy == nil)
        #expect(rollout.extraTasks == nil)
    }
}
