import BerthPlan
import Foundation
import Testing

/// Describe output that berth cannot understand is reported where it is wrong, never read as "absent".
@Suite struct StateProblemTests {
    private static let prod = "arn:aws:ecs:us-east-1:123456789012:cluster/prod"

    private func problems(_ text: String, path: String = "current/services.json", isDescribeFolder: Bool = true) -> [StateProblem] {
        PlanState.problems(in: PlanFixtures.loaded([path: text]), isDescribeFolder: isDescribeFolder)
    }

    @Test("each malformed describe output gets one problem at its place", arguments: [
        (#"{"services": {"serviceName": "web"}}"#, "1:14", "not describe output berth can read: describe-services returns a list of services"),
        ("[]", "1:1", "not a berth spec: the document is a list, not a mapping"),
        (#"{"taskDefinition": {}}"#, "1:20", "not describe output berth can read: describe-task-definition returns a task definition"),
        (#"{"services": [{"status": "ACTIVE", "clusterArn": "\#(prod)"}], "failures": []}"#, "1:14", "describe-services returns"),
        (#"{"services": [{"serviceName": "", "status": "ACTIVE"}], "failures": []}"#, "1:15", "this service has no 'serviceName'"),
        (#"{"services": [{"serviceName": null, "status": "ACTIVE"}], "failures": []}"#, "1:15", "this service has no 'serviceName'"),
        (#"{"services": [{"serviceName": "web", "desiredCount": "four"}], "failures": []}"#, "1:54", "'desiredCount' must be an integer, not the string 'four'"),
        (#"{"services": [{"serviceName": "web", "desiredCount": 1.5}], "failures": []}"#, "1:54", "'desiredCount' must be an integer"),
        (#"{"services": [{"serviceName": "web", "desiredCount": 1e400}], "failures": []}"#, "1:54", "'desiredCount' must be an integer"),
        (#"{"services": [{"serviceName": "web", "desiredCount": 18446744073709551616}], "failures": []}"#, "1:54", "'desiredCount' must be an integer"),
        (#"{"services": [{"serviceName": "web", "desiredCount": NaN}], "failures": []}"#, "1:54", "'desiredCount' must be an integer"),
        (#"{"services": [], "failures": [{"arn": "arn:aws:ecs:us-east-1:1:service/prod/web", "reason": "ACCESS_DENIED"}]}"#, "1:31",
         "the describe call failed for 'arn:aws:ecs:us-east-1:1:service/prod/web' (ACCESS_DENIED): the current state is unknown"),
        ("", "1:1", "file is empty"),
        (#"{"services": ["#, "1:15", "did not find expected node content"),
    ])
    func malformed(text: String, position: String, message: String) {
        let found = problems(text)
        #expect(found.count == 1, "\(found)")
        #expect(found.first.map { "\($0.range.start.line):\($0.range.start.column)" } == position)
        #expect(found.first?.message.contains(message) == true, "\(found)")
    }

    @Test("describe output that only a newer API or odd numbers set apart is read", arguments: [
        #"{"services": [{"serviceName": "web", "clusterArn": "\#(prod)", "brandNewField": {"a": 1}}], "failures": []}"#,
        #"{"services": [{"serviceName": "web", "schedulingStrategy": "SOMETHING_NEW"}], "failures": []}"#,
        #"{"services": [{"serviceName": "web", "desiredCount": -0}], "failures": []}"#,
        #"{"services": [{"serviceName": "web", "desiredCount": 1, "desiredCount": 2}], "failures": []}"#,
        #"{"services": [], "failures": [{"arn": "arn:aws:ecs:us-east-1:1:service/prod/web", "reason": "MISSING"}]}"#,
    ])
    func accepted(text: String) {
        #expect(problems(text).isEmpty, "\(problems(text))")
    }

    @Test func theSampleAndMotoOutputsAreRead() throws {
        for folder in ["samples/current", "Tests/Fixtures/plan/moto"] {
            let files = PlanFixtures.loaded(try PlanFixtures.folder(folder))
            #expect(PlanState.problems(in: files, isDescribeFolder: true).isEmpty, "\(folder)")
        }
    }

    @Test func nestingBeyondTheLimitStopsTheFileWithoutRecursingIntoIt() {
        let deep = #"{"services": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let found = problems(deep)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("nesting is deeper than") == true, "\(found)")
    }

    @Test func specsAtAGitRevisionOnlyFailWhenTheyCannotBeParsed() {
        #expect(problems(#"{"taskDefinition": {}}"#, path: "old.json", isDescribeFolder: false).isEmpty)
        #expect(problems("kind: Service\nserviceName: web\ndesiredCount: four\n", path: "old.yaml", isDescribeFolder: false).isEmpty)
        #expect(problems("kind: Service\nserviceName: [web\n", path: "old.yaml", isDescribeFolder: false).count == 1)
    }
}
