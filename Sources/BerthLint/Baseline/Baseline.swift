import BerthSpecs
import BerthYAML

/// Findings a project has accepted for now (`--write-baseline`), so a lint reports only new ones
/// (`--baseline`). A finding is known by its fingerprint: rule, repository path and the resource and field it
/// is about, never its line, so edits elsewhere in a file keep the baseline valid. Counts are kept per
/// fingerprint: a second identical finding is new.
public struct Baseline: Sendable {
    private let counts: [String: Int]

    public init(fingerprints: [String]) {
        counts = fingerprints.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// What comparing a run with the baseline found.
    public struct Comparison: Sendable, Equatable {
        public var known: Int
        public var new: Int
        public var fixed: Int

        public init(known: Int, new: Int, fixed: Int) {
            self.known = known
            self.new = new
            self.fixed = fixed
        }

        /// `3 known, 1 new, 2 fixed`.
        public var sentence: String { "\(known) known, \(new) new, \(fixed) fixed" }
    }

    /// The diagnostics the baseline does not hold, and the counts. `fingerprint` keys a diagnostic the way
    /// the baseline was written (by repository path).
    public func filter(_ diagnostics: [Diagnostic], fingerprint: (Diagnostic) -> String) -> (new: [Diagnostic], comparison: Comparison) {
        var remaining = counts
        var new: [Diagnostic] = []
        for diagnostic in diagnostics {
            let key = fingerprint(diagnostic)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
            } else {
                new.append(diagnostic)
            }
        }
        let fixed = remaining.values.reduce(0, +)
        return (new, Comparison(known: diagnostics.count - new.count, new: new.count, fixed: fixed))
    }

    public struct Invalid: Error, Sendable {
        public var message: String
    }

    /// Reads a baseline file written by `--write-baseline`: `{"version": 1, "findings": [{"fingerprint": …}]}`.
    public static func read(path: String) -> Result<Baseline, Invalid> {
        let bytes: [UInt8]
        switch ProjectPaths.read(path, limit: 64 << 20) {
        case .success(let read): bytes = read
        case .failure(let failure): return .failure(Invalid(message: "cannot read baseline \(path): \(failure.message)"))
        }
        let file = YAMLFile.read(bytes: bytes, isJSON: true, limits: YAMLLimits(maxFileBytes: 64 << 20))
        if let problem = file.problems.first(where: \.stopsReading) {
            return .failure(Invalid(message: "\(path):\(problem.range.start.line):\(problem.range.start.column): \(problem.message)"))
        }
        guard let root = file.documents.first?.root, root["version"]?.int == 1, let findings = root["findings"], findings.isSequence else {
            return .failure(Invalid(message: "\(path) is not a berth baseline (version 1, with a findings list); write one with --write-baseline"))
        }
        var fingerprints: [String] = []
        for finding in findings.elements {
            guard let fingerprint = finding["fingerprint"]?.string else {
                return .failure(Invalid(message: "\(path):\(finding.range.start.line):\(finding.range.start.column): a baseline finding needs its fingerprint"))
            }
            fingerprints.append(fingerprint)
        }
        return .success(Baseline(fingerprints: fingerprints))
    }
}
