import BerthLint
import BerthSpecs
import BerthYAML

/// Pods that a Fargate profile of the project's cluster schedules onto Fargate.
enum FargateScheduling {
    /// The pod template of a workload and the note pointing at the selector that sends it to Fargate, when one does.
    static func match(_ resource: Resource, in project: Project) -> (pod: PodTemplateView, note: Note)? {
        let pod = PodTemplateView(resource)
        guard let (cluster, profile, selector) = project.fargateProfile(for: pod) else { return nil }
        let note = Note("Fargate profile '\(profile.name)' of cluster '\(cluster.name ?? "")' selects the pod", at: selector["namespace"] ?? selector, in: cluster)
        return (pod, note)
    }
}
