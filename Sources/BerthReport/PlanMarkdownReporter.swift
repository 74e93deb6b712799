import BerthPlan
public enum PlanMarkdownReporter { public static func render(_ plan: Plan, limit: Int = 60_000) -> String { "" } }
