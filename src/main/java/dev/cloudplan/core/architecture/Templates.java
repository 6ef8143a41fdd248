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

    private static final Template.Part MEDIA = new Template.Part("media", "s3", Map.of());
    private static final Template.Part QUEUE = new Template.Part("queue", "sqs", Map.of("queue_type", "standard"));
    private static final Template.Part MONITORING = new Template.Part("monitoring", "cloudwatch", Map.of());

    /** Seed 001's MVP and its option A differ only in sizes: one app instance, managed database, cache and queue. */
    private static Template chatMvp(String name, String description, String appType, String dbVolume) {
        return new Template(name, description, List.of(
                new Template.Part("app", "ec2", Map.of("instance_type", appType)),
                new Template.Part("db", "rds", Map.of("engine", "postgresql", "instance_type", "db.t3.micro",
                        "volume_type", dbVolume)),
                new Template.Part("cache", "elasticache", Map.of("instance_type", "cache.t3.micro")),
                MEDIA, QUEUE, MONITORING, EGRESS), ONE_AZ_GLUE);
    }

    private static final String ONE_AZ_GLUE = "Included: CloudWatch logs (monitoring), the instance's public IPv4"
            + " (public_ipv4: 1). Not included: inter-AZ traffic (app, database and cache in one AZ, as the seed runs"
            + " them), a NAT gateway (the instance is in a public subnet).";

    private static final Template CHAT_MVP = chatMvp("chat-mvp",
            "EC2 + RDS PostgreSQL + ElastiCache Redis + S3 + SQS + CloudWatch (chat MVP on one app instance)",
            "t3.medium", "gp3");

    /** Seed 001 option A: the smallest free-tier-eligible sizes (gp2 storage, which the RDS free tier covers). */
    private static final Template CHAT_MVP_FREE_TIER = chatMvp("chat-mvp-free-tier",
            "Chat MVP on free-tier sizes: EC2 t2.micro + RDS db.t3.micro (gp2) + ElastiCache cache.t3.micro + S3 + SQS + CloudWatch",
            "t2.micro", "gp2");

    /**
     * Seed 001 option B: PostgreSQL, Redis and RabbitMQ on the app instance. The database lives on the
     * instance's EBS volume, so the volume is sized for it and backed up by EBS snapshots.
     */
    private static final Template CHAT_MVP_SELF_HOSTED = new Template("chat-mvp-self-hosted",
            "Everything on one EC2 instance (app, PostgreSQL, Redis, RabbitMQ) with its EBS volume and snapshots + S3 + CloudWatch",
            List.of(
                    new Template.Part("app", "ec2", Map.of("instance_type", "t3.medium", "volume", "50 GB",
                            "snapshots", "50 GB")),
                    MEDIA, MONITORING, EGRESS),
            "Included: CloudWatch logs (monitoring), the instance's public IPv4. Not included: inter-AZ traffic (everything"
                    + " runs on one instance), a NAT gateway (public subnet).");

    /** Seed 001 option C, phase 1: free-tier-sized instance running Redis itself, managed PostgreSQL and SQS. */
    private static final Template CHAT_MVP_HYBRID = new Template("chat-mvp-hybrid",
            "Hybrid: EC2 t2.micro with Redis on the instance + RDS PostgreSQL db.t3.micro (gp2) + S3 + SQS + CloudWatch",
            List.of(
                    new Template.Part("app", "ec2", Map.of("instance_type", "t2.micro")),
                    new Template.Part("db", "rds", Map.of("engine", "postgresql", "instance_type", "db.t3.micro",
                            "volume_type", "gp2")),
                    MEDIA, QUEUE, MONITORING, EGRESS), ONE_AZ_GLUE);

    /**
     * Seeds 002/004: PostgreSQL self-hosted on EKS. Nodes sit in private subnets (no public IPv4) behind a NAT
     * gateway; primary and replica run in two AZs, so replication crosses AZs.
     */
    private static final Template POSTGRES_EKS = new Template("postgres-eks",
            "PostgreSQL self-hosted on EKS: control plane + 2 nodes (primary, replica) with EBS volumes and snapshots + NAT + monitoring + inter-AZ replication",
            List.of(
                    new Template.Part("control-plane", "eks", Map.of()),
                    new Template.Part("nodes", "ec2", Map.of("instance_type", "r6g.xlarge", "count", "2",
                            "volume", "500 GB", "snapshots", "50 GB", "public_ipv4", "0")),
                    new Template.Part("nat", "nat-gateway", Map.of()),
                    new Template.Part("monitoring", "cloudwatch", Map.of("custom_metrics", "50", "alarms", "10")),
                    new Template.Part("replication", "inter-az", Map.of("traffic", "replication"))),
            "Included: CloudWatch logs, custom metrics and alarms (monitoring), inter-AZ replication, the NAT gateway the"
                    + " private nodes need. Public IPv4: none (private subnets).");

    private static Template dynamoDb(String name, String billing) {
        return new Template(name, "DynamoDB (" + billing + ") with point-in-time recovery", List.of(
                new Template.Part("table", "dynamodb", Map.of("billing", billing, "point_in_time_recovery", "true"))),
                "A table alone, to compare capacity modes: with no compute of its own it has no CloudWatch logs, public"
                        + " IPv4, inter-AZ traffic or NAT gateway to bill (DynamoDB replicates across AZs at no charge).");
    }

    /** Seed 004's hybrid: operational data in DynamoDB, streamed by Lambda into a small PostgreSQL for analytics. */
    private static final Template DYNAMODB_ANALYTICS = new Template("dynamodb-postgres-analytics",
            "DynamoDB (on-demand) + DynamoDB Streams -> Lambda -> small RDS PostgreSQL for analytics", List.of(
                    new Template.Part("table", "dynamodb", Map.of("billing", "on-demand", "point_in_time_recovery", "true")),
                    new Template.Part("sync", "lambda", Map.of("memory", "128 MB", "duration", "100 ms",
                            "invocations_per_request", "0.01")),
                    // The sync copies the writes into it; the application's reads go to DynamoDB.
                    new Template.Part("analytics", "rds", Map.of("engine", "postgresql", "instance_type", "db.t4g.small",
                            "read_share", "0"))),
            "Not included: CloudWatch logs (the sync function writes its logs to CloudWatch Logs: add a cloudwatch"
                    + " component to price them), public IPv4 (none: no instance of its own), inter-AZ traffic (the"
                    + " function and the database in one AZ), a NAT gateway (the function reaches only the stream and the"
                    + " database).");

    /**
     * Seed 003: containers behind a load balancer, tasks in public subnets (a public IPv4 each, no NAT), the
     * frontend on S3 + CloudFront. The ALB spans two AZs while the database sits in one, so half the traffic
     * crosses an AZ.
     */
    private static final String FARGATE_GLUE = "Included: CloudWatch logs, a public IPv4 per task and the load balancer's,"
            + " inter-AZ traffic (tasks in two AZs, the database in one). Not included: a NAT gateway (tasks in public"
            + " subnets).";

    private static List<Template.Part> fargateParts(Map<String, String> web, Template.Part db) {
        return List.of(
                new Template.Part("web", "fargate", web),
                new Template.Part("lb", "alb", Map.of()),
                db,
                new Template.Part("cache", "elasticache", Map.of("instance_type", "cache.t4g.micro")),
                ASSETS,
                new Template.Part("cdn", "cloudfront", Map.of("share", "0.5")),
                new Template.Part("egress", "data-transfer-out", Map.of("share", "0.5")),
                DNS,
                new Template.Part("logs", "cloudwatch", Map.of()),
                new Template.Part("secrets", "secrets-manager", Map.of()),
                new Template.Part("cross-az", "inter-az", Map.of()));
    }

    private static final Map<String, String> FARGATE_TASK = Map.of("vcpu", "0.25", "memory", "0.5 GB");
    private static final Template.Part RDS_POSTGRES = new Template.Part("db", "rds",
            Map.of("engine", "postgresql", "instance_type", "db.t4g.micro"));

    private static final List<Template> ALL = List.of(
            new Template("ec2-rds", "EC2 application server + RDS (MySQL or PostgreSQL) + S3 + Route 53", List.of(
                    new Template.Part("app", "ec2", Map.of("instance_type", "t4g.medium")),
                    new Template.Part("db", "rds", Map.of("instance_type", "db.t4g.medium", "engine", "mysql")),
                    ASSETS, EGRESS, DNS),
                    "Included: the instance's public IPv4 (public_ipv4: 1). Not included: CloudWatch logs (none configured:"
                            + " add a cloudwatch component to price application logs), inter-AZ traffic (app and database"
                            + " in one AZ), a NAT gateway (the instance is in a public subnet)."),
            new Template("api-lambda-dynamodb", "API Gateway + Lambda + DynamoDB (serverless) + S3 + Route 53", List.of(
                    new Template.Part("api", "api-gateway", Map.of("api", "http")),
                    new Template.Part("functions", "lambda", Map.of("memory", "256 MB", "duration", "200 ms")),
                    new Template.Part("table", "dynamodb", Map.of("billing", "on-demand")),
                    ASSETS, EGRESS, DNS),
                    "Not included: CloudWatch logs (Lambda writes its logs to CloudWatch Logs, billed per GB: add a"
                            + " cloudwatch component to price them), public IPv4 (none: managed endpoints), inter-AZ traffic"
                            + " (managed services replicate across AZs at no charge), a NAT gateway (functions outside a"
                            + " VPC need none)."),
            new Template("ec2-dynamodb", "EC2 application server + DynamoDB + S3 + Route 53", List.of(
                    new Template.Part("app", "ec2", Map.of("instance_type", "t4g.medium")),
                    new Template.Part("table", "dynamodb", Map.of("billing", "on-demand")),
                    ASSETS, EGRESS, DNS),
                    "Included: the instance's public IPv4 (public_ipv4: 1). Not included: CloudWatch logs (none configured:"
                            + " add a cloudwatch component to price application logs), inter-AZ traffic (DynamoDB is reached"
                            + " through its regional endpoint at no inter-AZ charge), a NAT gateway (public subnet)."),
            CHAT_MVP, CHAT_MVP_FREE_TIER, CHAT_MVP_SELF_HOSTED, CHAT_MVP_HYBRID,
            dynamoDb("dynamodb-on-demand", "on-demand"),
            dynamoDb("dynamodb-provisioned", "provisioned"),
            POSTGRES_EKS,
            DYNAMODB_ANALYTICS,
            new Template("fargate-alb-rds",
                    "ECS Fargate + ALB + RDS PostgreSQL + ElastiCache + S3/CloudFront + Route 53 + logs + Secrets Manager",
                    fargateParts(FARGATE_TASK, RDS_POSTGRES), FARGATE_GLUE),
            new Template("fargate-spot-alb-rds", "As fargate-alb-rds, with the tasks on Fargate Spot",
                    fargateParts(Map.of("vcpu", "0.25", "memory", "0.5 GB", "capacity", "spot"), RDS_POSTGRES), FARGATE_GLUE),
            new Template("fargate-alb-aurora", "As fargate-alb-rds, with Aurora Serverless v2 (PostgreSQL) for the database",
                    fargateParts(FARGATE_TASK, new Template.Part("db", "aurora-serverless-v2",
                            Map.of("engine", "postgresql", "average_acu", "0.5"))), FARGATE_GLUE),
            new Template("paas", "A platform-as-a-service plan at a monthly price you state (not a catalog price)", List.of(
                    new Template.Part("platform", "stated-price", Map.of())),
                    "A platform's plan includes what it includes: no AWS logs, IPv4, inter-AZ or NAT charges apply."));

    private Templates() {}

    public static List<Template> all() {
        return ALL;
    }

    public static Optional<Template> find(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
