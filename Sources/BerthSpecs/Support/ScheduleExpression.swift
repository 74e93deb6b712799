/// A schedule expression as EventBridge rules (`rate`, `cron`), EventBridge Scheduler and Application Auto
/// Scaling scheduled actions (also `at`) accept it. Parsing gives the typed expression, or the first problem
/// with where it lies in the text, so a message can name the wrong field.
public enum ScheduleExpression: Sendable, Equatable {
    /// `at(yyyy-mm-ddThh:mm:ss)`: one time.
    case at(AtTime)
    /// `rate(value unit)`.
    case rate(Rate)
    /// `cron(minutes hours day-of-month month day-of-week year)`.
    case cron(Cron)

    public struct AtTime: Sendable, Equatable {
        public let year, month, day, hour, minute, second: Int
    }

    public struct Rate: Sendable, Equatable {
        public enum Unit: String, Sendable { case minute, hour, day }
        public let value: Int
        public let unit: Unit
        /// The unit as written (`minutes`).
        public let unitText: String

        /// AWS documents the singular unit for 1 and the plural otherwise: `rate(1 hour)`, `rate(5 hours)`.
        public var unitAgreesWithValue: Bool {
            unitText.lowercased().hasSuffix("s") == (value != 1)
        }
    }

    public struct Cron: Sendable, Equatable {
        /// The six fields in order: minutes, hours, day-of-month, month, day-of-week, year.
        public let fields: [String]
    }

    /// What is wrong, and where: offsets in Unicode scalars from the start of the expression.
    public struct Problem: Error, Sendable, Equatable {
        public let message: String
        public let range: Range<Int>
    }

    /// Parses `text`; `allowingAt` is false for EventBridge rules, which have no one-time schedules.
    public static func parse(_ text: String, allowingAt: Bool) -> Result<ScheduleExpression, Problem> {
        let scalars = Array(text.unicodeScalars)
        let whole = 0..<scalars.count
        let forms = allowingAt ? "rate(value unit), cron(fields) or at(yyyy-mm-ddThh:mm:ss)" : "rate(value unit) or cron(fields)"
        let name = String(text.prefix { $0 != "(" })
        guard ["rate", "cron", "at"].contains(name), name.count < text.count else {
            return .failure(Problem(message: "'\(text)' is not a schedule expression; expected \(forms)", range: whole))
        }
        guard text.hasSuffix(")"), scalars.count > name.count + 1 else {
            return .failure(Problem(message: "'\(text)' does not end with ')'", range: whole))
        }
        let body = Array(scalars[(name.count + 1)..<(scalars.count - 1)])
        switch name {
        case "rate": return parseRate(body, offset: name.count + 1)
        case "cron": return parseCron(body, offset: name.count + 1)
        default:
            guard allowingAt else {
                return .failure(Problem(
                    message: "one-time at() expressions are accepted only by EventBridge Scheduler and Application Auto Scaling; use \(forms)",
                    range: whole))
            }
            return parseAt(body, offset: name.count + 1)
        }
    }

    // MARK: rate

    private static func parseRate(_ body: [Unicode.Scalar], offset: Int) -> Result<ScheduleExpression, Problem> {
        let words = split(body, offset: offset)
        guard words.count == 2 else {
            return .failure(Problem(message: "a rate needs a value and a unit, as in rate(5 minutes)", range: offset..<(offset + body.count)))
        }
        let (valueText, valueRange) = words[0]
        let (unitText, unitRange) = words[1]
        let isDigits = valueText.allSatisfy { $0.isASCII && $0.isNumber }
        guard isDigits, let value = Int(valueText), value > 0 else {
            // Digits that do not fit an Int are a whole number all the same, just far too large.
            let problem = isDigits && Int(valueText) == nil ? "is too large for a rate" : "must be a positive whole number (the shortest rate is 1 minute)"
            return .failure(Problem(message: "the rate value '\(valueText)' \(problem)", range: valueRange))
        }
        let singular = unitText.lowercased().hasSuffix("s") ? String(unitText.lowercased().dropLast()) : unitText.lowercased()
        guard let unit = Rate.Unit(rawValue: singular) else {
            return .failure(Problem(message: "the rate unit '\(unitText)' must be minute, minutes, hour, hours, day or days", range: unitRange))
        }
        return .success(.rate(Rate(value: value, unit: unit, unitText: unitText)))
    }

    // MARK: at

    private static func parseAt(_ body: [Unicode.Scalar], offset: Int) -> Result<ScheduleExpression, Problem> {
        let text = String(String.UnicodeScalarView(body))
        let range = offset..<(offset + body.count)
        let shape = "dddd-dd-ddTdd:dd:dd"
        guard body.count == shape.unicodeScalars.count,
              zip(body, shape.unicodeScalars).allSatisfy({ $1 == "d" ? ("0"..."9").contains($0) : $0 == $1 }) else {
            return .failure(Problem(message: "'\(text)' is not a time in the form yyyy-mm-ddThh:mm:ss", range: range))
        }
        func number(_ start: Int, _ length: Int) -> Int { Int(String(String.UnicodeScalarView(body[start..<(start + length)])))! }
        let time = AtTime(year: number(0, 4), month: number(5, 2), day: number(8, 2),
                          hour: number(11, 2), minute: number(14, 2), second: number(17, 2))
        let checks: [(Bool, String, Int, Int)] = [
            ((1...12).contains(time.month), "month", 5, 2),
            (time.day >= 1 && time.day <= daysInMonth(time.year, time.month), "day", 8, 2),
            ((0...23).contains(time.hour), "hour", 11, 2),
            ((0...59).contains(time.minute), "minute", 14, 2),
            ((0...59).contains(time.second), "second", 17, 2),
        ]
        if let (_, name, start, length) = checks.first(where: { !$0.0 }) {
            let value = String(String.UnicodeScalarView(body[start..<(start + length)]))
            return .failure(Problem(message: "'\(text)' is not a valid time: \(name) '\(value)' is out of range",
                                    range: (offset + start)..<(offset + start + length)))
        }
        return .success(.at(time))
    }

    private static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        case 1...12: 31
        default: 0
        }
    }

    // MARK: cron

    /// One cron field: its values and the wildcards it takes (the EventBridge cron reference).
    private struct Field {
        let name: String
        let values: ClosedRange<Int>
        let names: [String]
        let wildcards: [Character]

        static let all = [
            Field(name: "minutes", values: 0...59, names: [], wildcards: [",", "-", "*", "/"]),
            Field(name: "hours", values: 0...23, names: [], wildcards: [",", "-", "*", "/"]),
            Field(name: "day-of-month", values: 1...31, names: [], wildcards: [",", "-", "*", "?", "/", "L", "W"]),
            Field(name: "month", values: 1...12,
                  names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
                  wildcards: [",", "-", "*", "/"]),
            Field(name: "day-of-week", values: 1...7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"],
                  wildcards: [",", "-", "*", "?", "L", "#"]),
            Field(name: "year", values: 1970...2199, names: [], wildcards: [",", "-", "*", "/"]),
        ]

        var describedValues: String {
            names.isEmpty ? "\(values.lowerBound)-\(values.upperBound)"
                : "\(values.lowerBound)-\(values.upperBound) or \(names[0])-\(names[names.count - 1])"
        }

        /// A number or a name (case-insensitive), within the field's values.
        func value(_ text: Substring) -> Int? {
            if let index = names.firstIndex(of: text.uppercased()) { return values.lowerBound + index }
            guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text) else { return nil }
            return values.contains(number) ? number : nil
        }
    }

    private static func parseCron(_ body: [Unicode.Scalar], offset: Int) -> Result<ScheduleExpression, Problem> {
        let words = split(body, offset: offset)
        guard words.count == 6 else {
            let hint = words.count == 5 ? "; add the year field (usually '*')" : ""
            return .failure(Problem(
                message: "a cron expression has 6 fields (minutes hours day-of-month month day-of-week year), not \(words.count)\(hint)",
                range: offset..<(offset + body.count)))
        }
        for (position, (word, range)) in words.enumerated() {
            if let message = problem(in: word, Field.all[position]) {
                return .failure(Problem(message: "cron field \(position + 1) (\(Field.all[position].name)) '\(word)' \(message)", range: range))
            }
        }
        let (dayOfMonth, dayOfMonthRange) = words[2]
        let (dayOfWeek, dayOfWeekRange) = words[4]
        if (dayOfMonth == "?") == (dayOfWeek == "?") {
            let both = dayOfMonth == "?" ? "both are '?'" : "day-of-month is '\(dayOfMonth)' and day-of-week is '\(dayOfWeek)'"
            return .failure(Problem(
                message: "exactly one of day-of-month and day-of-week must be '?' (\(both)); use '?' in the one you do not restrict",
                range: (dayOfMonth == "?" ? dayOfMonthRange : dayOfWeekRange)))
        }
        return .success(.cron(Cron(fields: words.map(\.text))))
    }

    /// What is wrong with one field, completing "cron field N (name) 'text' …"; nil when it is valid.
    private static func problem(in text: String, _ field: Field) -> String? {
        if let wildcard = text.first(where: { !$0.isLetter && !$0.isNumber && !field.wildcards.contains($0) }) {
            return "uses '\(wildcard)', which this field does not take; it takes \(field.wildcards.map(String.init).joined(separator: " "))"
        }
        if text == "?" { return nil }
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        if text.contains("#"), items.count > 1 || text.filter({ $0 == "#" }).count > 1 {
            return "has more than one expression with '#'; day-of-week takes only one"
        }
        for item in items {
            if let message = problem(inItem: item, field) { return message }
        }
        return nil
    }

    private static func problem(inItem item: Substring, _ field: Field) -> String? {
        let invalid = "is not valid: use values \(field.describedValues)"
        if item == "*" { return nil }
        if item == "?" { return "uses '?' inside a list; '?' must stand alone" }
        if item.contains("/") {
            let parts = item.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let step = Int(parts[1]), step > 0 else {
                return "has an invalid increment; write start/step, such as 0/15"
            }
            return parts[0] == "*" || isRange(parts[0], field) ? nil : invalid
        }
        if let valid = specialDay(item, field) { return valid ? nil : invalid }
        return isRange(item, field) ? nil : invalid
    }

    /// `a` or `a-b`, both ends values of the field.
    private static func isRange(_ text: Substring, _ field: Field) -> Bool {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        return (1...2).contains(ends.count) && ends.allSatisfy { field.value($0) != nil }
    }

    /// The day forms with L, W and #: whether the item is well formed, or nil when it uses none of them.
    private static func specialDay(_ item: Substring, _ field: Field) -> Bool? {
        let upper = item.uppercased()
        switch field.name {
        case "day-of-month" where upper.contains("L") || upper.contains("W"):
            // L (last day), LW (last weekday), L-n (n days before the last), nW (weekday nearest day n).
            if upper == "L" || upper == "LW" { return true }
            if upper.hasPrefix("L-"), let days = Int(upper.dropFirst(2)) { return (1...30).contains(days) }
            return upper.hasSuffix("W") && field.value(item.dropLast()) != nil
        case "day-of-week" where upper.hasSuffix("L"):
            // L (the last day of the week), nL (the last day n of the month).
            return upper == "L" || field.value(item.dropLast()) != nil
        case "day-of-week" where upper.contains("#"):
            // n#k: the k-th day n of the month.
            let parts = item.split(separator: "#", omittingEmptySubsequences: false)
            guard parts.count == 2, let week = Int(parts[1]) else { return false }
            return field.value(parts[0]) != nil && (1...5).contains(week)
        default:
            return nil
        }
    }

    /// Whitespace-separated words with their ranges.
    private static func split(_ body: [Unicode.Scalar], offset: Int) -> [(text: String, range: Range<Int>)] {
        var words: [(text: String, range: Range<Int>)] = []
        var start: Int?
        for index in 0...body.count {
            let isSpace = index == body.count || body[index].properties.isWhitespace
            if isSpace, let begin = start {
                words.append((String(String.UnicodeScalarView(body[begin..<index])), (offset + begin)..<(offset + index)))
                start = nil
            } else if !isSpace, start == nil {
                start = index
            }
        }
        return words
    }
}
