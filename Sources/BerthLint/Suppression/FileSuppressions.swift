import BerthYAML

/// The suppression comments of one file, and the lines each rule they name is silenced on.
struct FileSuppressions: Sendable {
    /// One rule of one directive over the lines it covers.
    private struct Entry {
        var directive: Int
        var rule: Int
        var lines: ClosedRange<Int>?
    }

    private let path: String
    private let directives: [SuppressionDirective]
    private let entries: [Entry]
    private var findings: [PolicyFinding]

    /// Nil when the file has no `berth:` comment.
    init?(file: YAMLFile, path: String) {
        let comments = file.comments(containing: SuppressionDirective.marker)
        guard !comments.isEmpty else { return nil }
        var directives: [SuppressionDirective] = []
        var findings: [PolicyFinding] = []
        for comment in comments {
            switch SuppressionDirective.parse(comment, in: file.text) {
            case nil: continue
            case .success(let directive): directives.append(directive)
            case .failure(let malformed):
                findings.append(PolicyFinding(.malformedSuppression, malformed.message, at: Location(path: path, range: malformed.range)))
            }
        }
        guard !directives.isEmpty || !findings.isEmpty else { return nil }
        self.path = path
        self.directives = directives
        self.findings = findings
        var entries: [Entry] = []
        for (index, directive) in directives.enumerated() where directive.action != .enable {
            for rule in directive.rules.indices {
                entries.append(Entry(directive: index, rule: rule, lines: Self.lines(of: index, rule: rule, in: directives, text: file.text)))
            }
        }
        self.entries = entries
        for (index, directive) in directives.enumerated() where directive.action == .enable {
            for named in directive.rules where !Self.closesDisable(named.pattern, at: index, in: directives) {
                self.findings.append(PolicyFinding(.malformedSuppression, "berth:enable \(named.pattern) turns on what no berth:disable above turned off",
                                                   at: Location(path: path, range: named.range)))
            }
        }
    }

    /// The lines a directive's rule covers; nil when none (a next-line comment at the end of the file).
    private static func lines(of index: Int, rule: Int, in directives: [SuppressionDirective], text: SourceText) -> ClosedRange<Int>? {
        let directive = directives[index]
        switch directive.action {
        case .disableLine: return directive.line...directive.line
        case .disableFile: return 1...Int.max
        case .disableNextLine:
            // The next line with content: comments and blank lines between are skipped, so two directives can stack.
            var line = directive.line + 1
            while line <= text.lineCount {
                let content = text.line(line).drop { $0 == " " || $0 == "\t" }
                if !content.isEmpty && !content.hasPrefix("#") { return line...line }
                line += 1
            }
            return nil
        case .disable:
            let pattern = directive.rules[rule].pattern
            let end = directives[(index + 1)...].first { $0.action == .enable && $0.rules.contains { $0.pattern.text.lowercased() == pattern.text.lowercased() } }
            return directive.line...(end.map { $0.line - 1 } ?? Int.max)
        case .enable: return nil
        }
    }

    private static func closesDisable(_ pattern: RulePattern, at index: Int, in directives: [SuppressionDirective]) -> Bool {
        directives[..<index].contains { $0.action == .disable && $0.rules.contains { $0.pattern.text.lowercased() == pattern.text.lowercased() } }
    }

    /// Removes the findings the comments silence and returns them with the policy findings about the comments:
    /// no reason, expired (its findings come back), unknown rules, and rules that silence nothing.
    /// `rule` looks a finding's rule up by id; `isActive` tells whether a rule runs on this file at all.
    mutating func apply(to diagnostics: [Diagnostic], rules: [RuleDescription], today: CalendarDate,
                        rule: (String) -> RuleDescription?, isActive: (RuleDescription) -> Bool) -> (kept: [Diagnostic], findings: [PolicyFinding]) {
        let expired = directives.map { directive in directive.until.map { $0 < today } ?? false }
        var used = [Bool](repeating: false, count: entries.count)
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let line = diagnostic.location.range.start.line
            var silenced = false
            if let description = rule(diagnostic.ruleID) {
                for (index, entry) in entries.enumerated() where !expired[entry.directive] && entry.lines?.contains(line) == true
                    && directives[entry.directive].rules[entry.rule].pattern.matches(description) {
                    used[index] = true
                    silenced = true
                }
            }
            if !silenced { kept.append(diagnostic) }
        }

        var findings = self.findings
        for (index, directive) in directives.enumerated() {
            if directive.action != .enable, directive.reason == nil {
                findings.append(PolicyFinding(.missingReason, "berth:\(directive.action.rawValue) without a reason; add one after '--' so reviewers know why",
                                              at: location(directive.range)))
            }
            if expired[index], let until = directive.until {
                findings.append(PolicyFinding(.expiredSuppression, "this suppression expired after \(until); its findings are reported again",
                                              at: location(directive.untilRange ?? directive.range)))
            }
            for named in directive.rules {
                if let message = named.pattern.unknownMessage(in: rules) {
                    findings.append(PolicyFinding(.unknownRule, message, at: location(named.range)))
                }
            }
        }
        for (index, entry) in entries.enumerated() where !used[index] && !expired[entry.directive] {
            let named = directives[entry.directive].rules[entry.rule]
            // A rule that does not run here (unknown, or turned off by configuration) silences nothing by design.
            guard rules.contains(where: { named.pattern.matches($0) && isActive($0) }) else { continue }
            findings.append(PolicyFinding(.unusedSuppression, "berth:\(directives[entry.directive].action.rawValue) \(named.pattern) silences no finding; remove it",
                                          at: location(named.range)))
        }
        return (kept, findings)
    }

    private func location(_ range: SourceRange) -> Location {
        Location(path: path, range: range)
    }
}
