import BerthSpecs
import Testing

@Suite("schedule expressions")
struct ScheduleExpressionTests {
    private func problem(_ text: String, allowingAt: Bool = true) -> ScheduleExpression.Problem? {
        if case .failure(let problem) = ScheduleExpression.parse(text, allowingAt: allowingAt) { return problem }
        return nil
    }

    /// The part of the text a problem points at.
    private func located(_ text: String, allowingAt: Bool = true) -> String? {
        guard let range = problem(text, allowingAt: allowingAt)?.range else { return nil }
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[range]))
    }

    @Test("valid cron expressions", arguments: [
        "cron(0 10 * * ? *)", "cron(15 12 * * ? *)", "cron(0 18 ? * MON-FRI *)", "cron(0 8 1 * ? *)",
        "cron(0/15 * * * ? *)", "cron(*/5 * * * ? *)", "cron(0/10 * ? * MON-FRI *)", "cron(0/5 8-17 ? * MON-FRI *)",
        "cron(0 9 ? * 2#1 *)", "cron(15 10 ? * 6L *)", "cron(0 0 L * ? *)", "cron(0 0 LW * ? *)", "cron(0 0 15W * ? *)",
        "cron(0 12 ? JAN,FEB,MAR mon *)", "cron(5,35 14 * * ? 2026-2030)", "cron(0 0 10-20/2 * ? *)", "cron(0 0 ? * L *)",
    ])
    func validCron(text: String) {
        guard case .success(.cron(let cron)) = ScheduleExpression.parse(text, allowingAt: false) else {
            Issue.record("\(text): \(problem(text).map(\.message) ?? "not a cron expression")")
            return
        }
        #expect(cron.fields.count == 6)
    }

    @Test("invalid cron expressions point at the field", arguments: [
        ("cron(0 10 * * *)", "0 10 * * *"),
        ("cron(60 10 * * ? *)", "60"),
        ("cron(0 24 * * ? *)", "24"),
        ("cron(0 10 32 * ? *)", "32"),
        ("cron(0 10 * 13 ? *)", "13"),
        ("cron(0 10 * FOO ? *)", "FOO"),
        ("cron(0 10 ? * 8 *)", "8"),
        ("cron(0 10 * * ? 2200)", "2200"),
        ("cron(0 10 * * MON *)", "MON"),
        ("cron(0 10 ? * ? *)", "?"),
        ("cron(0 10 ? * 2#1,6#3 *)", "2#1,6#3"),
        ("cron(0 10 ? * 2#6 *)", "2#6"),
        ("cron(0/0 10 * * ? *)", "0/0"),
        ("cron(0 10 ? * MON/2 *)", "MON/2"),
        ("cron(0 L * * ? *)", "L"),
        ("cron(0 10 ?,1 * ? *)", "?,1"),
        ("cron(0 10 5L * ? *)", "5L"),
    ])
    func invalidCron(text: String, field: String) {
        #expect(located(text) == field, "\(problem(text)?.message ?? "no problem")")
    }

    @Test("the message names the field")
    func message() {
        #expect(problem("cron(0 10 32 * ? *)")?.message == "cron field 3 (day-of-month) '32' is not valid: use values 1-31")
        #expect(problem("cron(0 10 * * *)")?.message.hasSuffix("not 5; add the year field (usually '*')") == true)
    }

    @Test("rates", arguments: [("rate(1 minute)", 1, ScheduleExpression.Rate.Unit.minute, true),
                                ("rate(5 minutes)", 5, .minute, true), ("rate(12 hours)", 12, .hour, true),
                                ("rate(1 day)", 1, .day, true), ("rate(1 minutes)", 1, .minute, false),
                                ("rate(5 hour)", 5, .hour, false)])
    func rate(text: String, value: Int, unit: ScheduleExpression.Rate.Unit, agrees: Bool) {
        guard case .success(.rate(let rate)) = ScheduleExpression.parse(text, allowingAt: false) else {
            Issue.record("\(text) is not a rate")
            return
        }
        #expect(rate.value == value && rate.unit == unit && rate.unitAgreesWithValue == agrees)
    }

    @Test("invalid rates", arguments: [("rate(0 minutes)", "0"), ("rate(-5 minutes)", "-5"), ("rate(5 seconds)", "seconds"),
                                        ("rate(1.5 hours)", "1.5"), ("rate(5minutes)", "5minutes"), ("rate(5 minutes", "rate(5 minutes")])
    func invalidRate(text: String, part: String) {
        #expect(located(text) == part, "\(problem(text)?.message ?? "no problem")")
    }

    @Test("a rate value past Int.max is too large, not a fraction or a negative", arguments: [
        "rate(99999999999999999999 minutes)", "rate(9223372036854775808 days)",
    ])
    func hugeRate(text: String) {
        #expect(problem(text)?.message.hasSuffix("is too large for a rate") == true, "\(problem(text)?.message ?? "no problem")")
    }

    @Test("one-time expressions")
    func at() {
        guard case .success(.at(let time)) = ScheduleExpression.parse("at(2026-02-28T09:30:00)", allowingAt: true) else {
            Issue.record("not a one-time expression")
            return
        }
        #expect([time.year, time.month, time.day, time.hour, time.minute, time.second] == [2026, 2, 28, 9, 30, 0])
        #expect(located("at(2028-02-29T00:00:00)") == nil)
        #expect(located("at(2026-02-29T00:00:00)") == "29")
        #expect(located("at(2026-13-01T00:00:00)") == "13")
        #expect(located("at(2026-01-01T24:00:00)") == "24")
        #expect(located("at(2026-01-01 10:00:00)") == "2026-01-01 10:00:00")
        #expect(problem("at(2026-01-01T10:00:00)", allowingAt: false)?.message.contains("EventBridge Scheduler") == true)
    }

    @Test("not schedule expressions", arguments: ["", "every 5 minutes", "0 10 * * ? *", "Rate(5 minutes)", "cron", "at)"])
    func unknown(text: String) {
        #expect(problem(text)?.message.contains("is not a schedule expression") == true)
    }
}
