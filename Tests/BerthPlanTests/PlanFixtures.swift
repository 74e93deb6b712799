import BerthPlan
import BerthSpecs
import BerthTestSupport
import Foundation

/// Plans built from YAML written in the tests or from files of the package.
enum PlanFixtures {
    /// Files by path; `coversEveryKind` as for a git revision (true) or a folder of describe output (false).
    static func state(_ files: [String: String], coversEveryKind: Bool = true, source: String = "test") -> PlanState {
        PlanState(files: loaded(files), source: source, coversEveryKind: coversEveryKind)
    }

    /// Files by path, loaded as named on the command line.
    static func loaded(_ files: [String: String]) -> [SpecFile] {
        let loader = SpecLoader()
        return files.keys.sorted().map { loader.load(path: $0, bytes: Array(files[$0]!.utf8), isExplicit: true) }
    }

    static func plan(desired: [String: String], current: [String: String], coversEveryKind: Bool = true,
                     options: PlanOptions = PlanOptions()) -> Plan {
        Planner.plan(desired: state(desired), current: state(current, coversEveryKind: coversEveryKind), options: options)
    }

    /// The files of a package folder, by package-relative path.
    static func folder(_ relative: String) throws -> [String: String] {
        let root = PackageRoot.url.appendingPathComponent(relative)
        let names = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".json") {
            files["\(relative)/\(name)"] = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }
}

extension Plan {
    /// The resource of a kind whose identity is shown as `identity`.
    func resource(_ kind: ResourceKind, _ identity: String) -> ResourcePlan? {
        resources.first { $0.kind == kind && $0.identity == identity }
    }

    /// `kind identity → action` for every resource, for whole-plan expectations.
    var actions: [String: PlanAction] {
        Dictionary(uniqueKeysWithValues: resources.map { ("\($0.kind.rawValue) \($0.identity)", $0.action) })
    }
}

extension ResourcePlan {
    var changedPaths: [String] { fields.map(\.change.path.description) }
}
