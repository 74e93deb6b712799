import BerthPlan
public enum PlanJSONReporter { public static func render(_ plan: Plan, wording: PlanWording) -> String { "" } }
