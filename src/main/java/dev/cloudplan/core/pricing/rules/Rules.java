package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.pricing.PricingRule;
import java.util.List;
import java.util.Optional;

/** The registry of pricing rules, one per component type, in one obvious place. */
public final class Rules {
    private static final List<PricingRule<?>> ALL = List.of(
            new AlbRule(),
            new ApiGatewayRule(),
            new AuroraRule(),
            new AuroraServerlessRule(),
            new CloudFrontRule(),
            new CloudWatchRule(),
            new DataTransferOutRule(),
            new DynamoDbRule(),
            new EbsRule(),
            new EbsSnapshotsRule(),
            new Ec2Rule(),
            new EksRule(),
            new ElastiCacheRule(),
            new ElastiCacheServerlessRule(),
            new FargateRule(),
            new InterAzRule(),
            new LambdaRule(),
            new NatGatewayRule(),
            new RdsRule(),
            new Route53Rule(),
            new S3Rule(),
            new SecretsManagerRule(),
            new SqsRule(),
            new StatedPriceRule());

    private Rules() {}

    public static List<PricingRule<?>> all() {
        return ALL;
    }

    public static Optional<PricingRule<?>> forType(String type) {
        return ALL.stream().filter(r -> r.type().equals(type)).findFirst();
    }
}
