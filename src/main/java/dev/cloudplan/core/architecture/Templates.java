package dev.cloudplan.core.architecture;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in architectures, one for every architecture the seed analyses weigh. Each lists every
 * component the architecture incurs, including the ones hand-made estimates forget.
 */
public final class Templates {
    private static final Template.Part ASSETS = new Template.Part("assets", "s3", Map.of());
    private static final Template.Part EGRESS = new Template.Part("egress", "data-transfer-out", Map.of());
    private static final Template.Part DNS = new Template.Part("dns", "route53", Map.of());

    private static final List<Template> ALL = List.of(
            new Template("ec2-rds", "EC2 application server + RDS (MySQL or PostgreSQL) + S3 + Route 53", List.of(
                    new Template.Part("app", "ec2", Map.of("instance_type", "t4g.medium")),
                    new Template.Part("db", "rds", Map.of("instance_type", "db.t4g.medium", "engine", "mysql")),
                    ASSETS, EGRESS, DNS)),
            new Template("api-lambda-dynamodb", "API Gateway + Lambda + DynamoDB (serverless) + S3 + Route 53", List.of(
                    new Template.Part("api", "api-gateway", Map.of("api", "http")),
                    new Template.Part("functions", "lambda", Map.of("memory", "256 MB", "duration", "200 ms")),
                    new Template.Part("table", "dynamodb", Map.of("billing", "on-demand")),
                    ASSETS, EGRESS, DNS)),
            new Template("ec2-dynamodb", "EC2 application server + DynamoDB + S3 + Route 53", List.of(
                    new Template.Part("app", "ec2", Map.of("instance_type", "t4g.medium")),
                    new Template.Part("table", "dynamodb", Map.of("billing", "on-demand")),
                    ASSETS, EGRESS, DNS)));

    private Templates() {}

    public static List<Template> all() {
        return ALL;
    }

    public static Optional<Template> find(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
