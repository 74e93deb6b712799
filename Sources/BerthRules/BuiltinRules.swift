import BerthLint

extension RuleSet {
    /// Every rule berth ships. Adding a rule means adding it here; a test checks none is missing.
    public static let builtin = RuleSet(
        rules: [
            S3BucketVolume(),
            MissingTaskRole(),
            MissingExecutionRole(),
            FargateTaskSize(),
            FargateNetworkMode(),
            S3FilesVolumeOnEC2(),
            HostPortMismatch(),
            FargateUnsupportedParameter(),
            ContainerResourcesExceedTask(),
            MemoryReservationAboveMemory(),
            ContainerMemoryMissing(),
            TooManyContainers(),
            EphemeralStorageSize(),
            NoEssentialContainer(),
            UnknownSourceVolume(),
            UnknownContainerReference(),
            DependsOnCondition(),
            DuplicateContainerName(),
            DuplicatePortMapping(),
            AwslogsOptions(),
            HealthCheckBounds(),
            ClassicLoadBalancer(),
            AwsvpcNetworkConfiguration(),
            TargetGroupTargetType(),
            ContainerInsightsDisabled(),
            ManagedTerminationProtection(),
            ManagedScalingTargetCapacity(),
            EC2CapacityMissing(),
            ClassicLoadBalancerKind(),
            NetworkLoadBalancerForHTTP(),
            ApplicationLoadBalancerSubnets(),
            ListenerCertificate(),
        ],
        yaml: YAMLRules.all,
        spec: SpecRules.all)
}
