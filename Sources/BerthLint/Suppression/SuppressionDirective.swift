import BerthSpecs
import BerthYAML

/// One `# berth:…` comment: `# berth:disable-next-line ECS101, s3-bucket-volume until=2027-01-31 -- reason`.
/// Rules are ids, id prefixes or names, separated by commas or spaces; `until=` ends the suppression after
/// that day; the reason follows `--`.
struct SuppressionDirective: Sendable {
    enum Action: String, CaseIterable {
        case disableNextLine = "disable-next-line"
        case disableLine = "disable-line"
        case disable
        case enable
        case disableFile = "disable-file"
    }

    /// A rule named in the comment, with where it is written.
    struct Named: Sendable {
        var pattern: RulePattern
        var range: SourceRange
    }

    var action: Action
    var rules: [Named]
    var until: CalendarDate?
    var reason: String?
    /// The whole comment.
    var range: SourceRange
    /// The comment's line.
    var line: Int
    var isWholeLine: Bool
    /// Where `until=` is written, for its warnings.
    var untilRange: SourceRange?

    static let marker = "berth:"

    /// A comment that is not a well-formed directive, with why.
    struct Malformed: Error {
        var message: String
        var range: SourceRange
    }

    /// Nil when the comment is not addressed to berth; a failure when it is, but cannot be read.
    static func parse(_ comment: YAMLComment, in text: SourceText) -> Result<SuppressionDirective, Malformed>? {
        guard comment.text.hasPrefix(marker) else { return nil }
        var body = Substring(comment.text.dropFirst(marker.count))
        var reason: String?
        if let separator = body.firstRange(of: "--") {
            reason = body[separator.upperBound...].trimmingSpaces
            body = body[..<separator.lowerBound]
        }
        // Offsets of tokens inside the comment's text, for precise ranges.
        func range(of token: Substring) -> SourceRange {
            let start = comment.textOffset + comment.text.utf8.distance(from: comment.text.startIndex, to: token.startIndex)
            let end = start + token.utf8.count
            return SourceRange(start: text.position(atOffset: start), end: text.position(atOffset: end))
        }
        let tokens = body.split { $0 == " " || $0 == "\t" || $0 == "," }
        guard let word = tokens.first else {
            return .failure(Malformed(message: "a berth: comment needs an action (\(Self.actionList))", range: comment.range))
        }
        guard let action = Action(rawValue: String(word)) else {
            let hint = Suggestion.closest(to: String(word), in: Action.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
            return .failure(Malformed(message: "'\(word)' is not a berth: action (\(Self.actionList))\(hint)", range: range(of: word)))
        }
        var directive = SuppressionDirective(action: action, rules: [], until: nil, reason: reason.flatMap { $0.isEmpty ? nil : $0 },
                                             range: comment.range, line: comment.range.start.line, isWholeLine: comment.isWholeLine)
        for token in tokens.dropFirst() {
            if token.hasPrefix("until=") {
                guard let date = CalendarDate(token.dropFirst("until=".count)) else {
                    return .failure(Malformed(message: "'\(token)' is not a date: write until=YYYY-MM-DD", range: range(of: token)))
                }
                directive.until = date
                directive.untilRange = range(of: token)
            } else {
                directive.rules.append(Named(pattern: RulePattern(String(token)), range: range(of: token)))
            }
        }
        guard !directive.rules.isEmpty else {
            return .failure(Malformed(message: "berth:\(action.rawValue) needs the rules it applies to (ids such as ECS101, prefixes such as ECS1, names, or ALL)", range: comment.range))
        }
        return .success(directive)
    }

    private static var actionList: String { Action.allCases.map(\.rawValue).joined(separator: ", ") }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
