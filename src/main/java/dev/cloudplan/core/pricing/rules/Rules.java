package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.pricing.PricingRule;
import java.util.List;
import java.util.Optional;

/** The registry of pricing rules, one per component type, in one obvious place. */
public final class Rules {
    private static final List<PricingRule<?>> ALL = List.of(
            new AcmRule(),
            new AlbRule(),
            new ApiGatewayRule(),
            new AuroraRule(),
            new AuroraServerlessRule(),
            new CloudFrontRule(),
            new CloudWatchRule(),
            new CognitoRule(),
            new DataTransferOutRule(),
            new DynamoDbRule(),
            new EbsRule(),
            new EbsSnapshotsRule(),
            new Ec2Rule(),
            new EcrRule(),
            new EksRule(),
            new ElasticIpRule(),
            new ElastiCacheRule(),
            new ElastiCacheServerlessRule(),
            new EventBridgeRule(),
            new FargateRule(),
            new GwlbRule(),
            new InterAzRule(),
            new InterRegionRule(),
            new KmsRule(),
            new LambdaRule(),
            new NatGatewayRule(),
            new NlbRule(),
            new RdsRule(),
            new Route53Rule(),
            new S3Rule(),
            new SecretsManagerRule(),
            new SnsRule(),
            new SqsRule(),
            new StatedPriceRule(),
            new StepFunctionsRule(),
            new TransitGatewayRule(),
            new VpcEndpointRule(),
            new WafRule());

    /** By type: every component of every month looks its rule up. */
    private static final java.util.Map<String, PricingRule<?>> BY_TYPE = ALL.stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(PricingRule::type, r -> r));

    private Rules() {}

    public static List<PricingRule<?>> all() {
        return ALL;
    }

    public static Optional<PricingRule<?>> forType(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }
}
