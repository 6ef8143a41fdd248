package dev.cloudplan.core.capacity;

import static dev.cloudplan.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.capacity.limits.AlbTargets;
import dev.cloudplan.core.capacity.limits.ApiGatewayThrottle;
import dev.cloudplan.core.capacity.limits.BurstableBalance;
import dev.cloudplan.core.capacity.limits.BurstableBaseline;
import dev.cloudplan.core.capacity.limits.CacheMemory;
import dev.cloudplan.core.capacity.limits.CapacityLimits;
import dev.cloudplan.core.capacity.limits.ComputeCpu;
import dev.cloudplan.core.capacity.limits.ComputeMemory;
import dev.cloudplan.core.capacity.limits.DynamoDbThroughput;
import dev.cloudplan.core.capacity.limits.Ec2Network;
import dev.cloudplan.core.capacity.limits.LambdaConcurrency;
import dev.cloudplan.core.capacity.limits.NatBandwidth;
import dev.cloudplan.core.capacity.limits.RdsAllocatedStorage;
import dev.cloudplan.core.capacity.limits.RdsConnections;
import dev.cloudplan.core.capacity.limits.RdsCpu;
import dev.cloudplan.core.capacity.limits.RdsReadReplicas;
import dev.cloudplan.core.capacity.limits.RdsStorageIops;
import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import dev.cloudplan.core.pricing.rules.AlbRule;
import dev.cloudplan.core.pricing.rules.ApiGatewayRule;
import dev.cloudplan.core.pricing.rules.DynamoDbRule;
import dev.cloudplan.core.pricing.rules.Ec2Rule;
import dev.cloudplan.core.pricing.rules.ElastiCacheRule;
import dev.cloudplan.core.pricing.rules.LambdaRule;
import dev.cloudplan.core.pricing.rules.NatGatewayRule;
import dev.cloudplan.core.pricing.rules.RdsRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per limit class: a component built by hand, a month's load chosen so its peak is a round rate, the
 * instance specifications of the bundled catalog and the bundled limits.csv. Every expected figure is worked out
 * here from the row or specification it names. Target utilisation is 70% throughout.
 */
class LimitsTest {
    static final InstanceTypes SPECS = CatalogLoader.bundled().instanceTypes();
    static final CapacityData DATA = LimitsLoader.with(SPECS);
    static final BigDecimal TARGET = d("0.70");
    static final double GIB = 1L << 30; // 2^30 bytes

    /** The monthly figure whose default peak (2x the average, docs/spec.md#peak) is {@code perSecond}. */
    static BigDecimal peakOf(double perSecond) {
        // average = peak / 2; monthly = average x 2,628,000 s (730 h x 3,600)
        return BigDecimal.valueOf(perSecond).multiply(d("2628000")).divide(d("2"));
    }

    static Map<Driver, BigDecimal> drivers(Object... driverValue) {
        Map<Driver, BigDecimal> m = new EnumMap<>(Driver.class);
        for (int i = 0; i < driverValue.length; i += 2) {
            Object v = driverValue[i + 1];
            m.put((Driver) driverValue[i], v instanceof BigDecimal b ? b : d(v.toString()));
        }
        return m;
    }

    static WorkloadMonth month(Map<Driver, BigDecimal> values) {
        return new WorkloadMonth(1, values, Map.of(), LoadProfile.DEFAULT);
    }

    static InstanceType spec(String service, String type) {
        return SPECS.find(service, type).orElseThrow(() -> new AssertionError(type + " is not in the bundled catalog"));
    }

    static CapacityUnit unit(String type, ComponentConfig config, InstanceType spec, int units, WorkloadMonth w,
            Integer clients) {
        PeakLoad load = new PeakLoad(w, Phase.PEAK, clients == null ? null : BigDecimal.valueOf(clients));
        return new CapacityUnit("c", type, config, spec, units, load, DATA, TARGET);
    }

    static Ec2Rule.Config ec2(String type, int count) {
        // default work: 10 ms CPU a request, 64 KB a connection, 0.5 GB base memory, request_share 1
        return new Ec2Rule.Config(type, count, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0);
    }

    static CapacityUnit ec2Unit(String type, int count, WorkloadMonth w) {
        return unit("ec2", ec2(type, count), spec("AmazonEC2", type), count, w, null);
    }

    static RdsRule.Config rds(String engine, String type, String storageGb, String volume) {
        // default work: 2 ms CPU a query, 10 connections a client, 0.1 I/O a read
        return new RdsRule.Config(engine, type, false, storageGb == null ? null : d(storageGb), volume, null,
                PurchaseOption.ON_DEMAND);
    }

    static CapacityUnit rdsUnit(RdsRule.Config c, WorkloadMonth w, Integer clients) {
        return unit("rds", c, spec("AmazonRDS", c.instanceType()), 1, w, clients);
    }

    static CapacityUnit cacheUnit(String type, int nodes, int replicas, String datasetGb, WorkloadMonth w) {
        var c = new ElastiCacheRule.Config("redis", type, nodes, replicas, datasetGb == null ? null : d(datasetGb),
                d("730"), Sizing.FIXED);
        return unit("elasticache", c, null, c.units(), w, null);
    }

    static CapacityUnit lambdaUnit(String durationMs, String invocations, WorkloadMonth w) {
        return unit("lambda", new LambdaRule.Config("x86_64", d("256"), d(durationMs), d(invocations)), null, 1, w, null);
    }

    static DynamoDbRule.Config table(String billing, String readCapacity, String writeCapacity) {
        return new DynamoDbRule.Config(billing, "standard", "eventual", false,
                readCapacity == null ? null : d(readCapacity), writeCapacity == null ? null : d(writeCapacity), null,
                null, false);
    }

    record Case(String name, CapacityLimit limit, CapacityUnit unit, String resource, double demand, double capacity,
            Status status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, CapacityLimit limit, CapacityUnit unit, String resource, double demand, double capacity,
            Status status) {
        return new Case(name, limit, unit, resource, demand, capacity, status);
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        // --- ComputeCpu: t3.medium has 2 vCPU (instance-types.csv); demand = requests/s x 10 ms / 1,000
        out.add(c("cpu t3.medium x1 at 100/s", new ComputeCpu(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.REQUESTS, peakOf(100)))), "CPU", 100 * 10 / 1000.0, 1 * 2, Status.OK));
        out.add(c("cpu t3.medium x1 at 150/s", new ComputeCpu(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.REQUESTS, peakOf(150)))), "CPU", 150 * 10 / 1000.0, 1 * 2, Status.TIGHT));
        out.add(c("cpu t3.medium x1 at 250/s", new ComputeCpu(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.REQUESTS, peakOf(250)))), "CPU", 250 * 10 / 1000.0, 1 * 2, Status.OVER));
        out.add(c("cpu t3.medium x2 at 250/s", new ComputeCpu(), ec2Unit("t3.medium", 2,
                month(drivers(Driver.REQUESTS, peakOf(250)))), "CPU", 250 * 10 / 1000.0, 2 * 2, Status.OK));

        // --- ComputeMemory: t3.medium has 4 GiB; demand = count x 0.5 GB + users x 64 KB / 1,048,576 KB per GB
        out.add(c("memory t3.medium x2, 20K users", new ComputeMemory(), ec2Unit("t3.medium", 2,
                month(drivers(Driver.CONCURRENT_USERS, 20000))), "memory", 2 * 0.5 + 20000 * 64 / 1048576.0, 2 * 4,
                Status.OK));
        out.add(c("memory t3.medium x1, 50K users", new ComputeMemory(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.CONCURRENT_USERS, 50000))), "memory", 0.5 + 50000 * 64 / 1048576.0, 4,
                Status.TIGHT));
        out.add(c("memory t3.medium x1, 60K users", new ComputeMemory(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.CONCURRENT_USERS, 60000))), "memory", 0.5 + 60000 * 64 / 1048576.0, 4,
                Status.OVER));

        // --- Ec2Network: t3.medium's baseline is 0.256 Gbit/s; egress GB/month / 2,628,000 s x 8 bits x 2 (peak)
        out.add(c("network t3.medium, 10 TB/month", new Ec2Network(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.EGRESS, 10000))), "network", 10000 / 2628000.0 * 8 * 2, 0.256, Status.OK));
        out.add(c("network t3.medium, 50 TB/month", new Ec2Network(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.EGRESS, 50000))), "network", 50000 / 2628000.0 * 8 * 2, 0.256, Status.OVER));

        // --- BurstableBaseline: t3.medium earns 24 credits/h; a credit is 1 vCPU-minute, so 24 / 60 = 0.4 vCPU.
        // Demand is the day's AVERAGE CPU: a 100/s peak is a 50/s average, x 10 ms = 0.5 vCPU.
        out.add(c("baseline t3.medium x1, 50/s average", new BurstableBaseline(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.REQUESTS, peakOf(100)))), "CPU baseline (credits)", 50 * 10 / 1000.0, 24 / 60.0,
                Status.OVER));
        out.add(c("baseline t3.medium x2, 50/s average", new BurstableBaseline(), ec2Unit("t3.medium", 2,
                month(drivers(Driver.REQUESTS, peakOf(100)))), "CPU baseline (credits)", 50 * 10 / 1000.0,
                2 * 24 / 60.0, Status.OK));
        // t3.micro earns 12 credits/h: 0.2 vCPU; a 20/s peak is 10/s average x 10 ms = 0.1 vCPU
        out.add(c("baseline t3.micro x1, 10/s average", new BurstableBaseline(), ec2Unit("t3.micro", 1,
                month(drivers(Driver.REQUESTS, peakOf(20)))), "CPU baseline (credits)", 10 * 10 / 1000.0, 12 / 60.0,
                Status.OK));

        // --- BurstableBalance: (peak vCPU per unit - 0.4 baseline) x 60 min x 4 peak hours, against 576 credits
        out.add(c("balance t3.medium x1 at 100/s", new BurstableBalance(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.REQUESTS, peakOf(100)))), "CPU credit balance", (1.0 - 0.4) * 60 * 4, 576,
                Status.OK));
        out.add(c("balance t3.medium x1 at 250/s", new BurstableBalance(), ec2Unit("t3.medium", 1,
                month(drivers(Driver.REQUESTS, peakOf(250)))), "CPU credit balance", (2.5 - 0.4) * 60 * 4, 576,
                Status.TIGHT));
        out.add(c("balance t3.medium x2 at 60/s: under the baseline", new BurstableBalance(), ec2Unit("t3.medium", 2,
                month(drivers(Driver.REQUESTS, peakOf(60)))), "CPU credit balance", 0, 576, Status.OK));

        // --- RdsCpu: queries = reads + writes at peak, x 2 ms; db.t3.micro 2 vCPU, db.r6g.4xlarge 16 vCPU
        WorkloadMonth queries = month(drivers(Driver.DB_READS, peakOf(1000), Driver.DB_WRITES, peakOf(50)));
        out.add(c("rds cpu db.t3.micro, 1,050 queries/s", new RdsCpu(), rdsUnit(rds("mysql", "db.t3.micro", "100",
                "gp3"), queries, 1), "CPU", (1000 + 50) * 2 / 1000.0, 2, Status.OVER));
        out.add(c("rds cpu db.r6g.4xlarge, 1,050 queries/s", new RdsCpu(), rdsUnit(rds("mysql", "db.r6g.4xlarge", "100",
                "gp3"), queries, 1), "CPU", (1000 + 50) * 2 / 1000.0, 16, Status.OK));
        // with 3 read replicas the reads spread over 4 instances, each applies every write: (1,000 / 4 + 50) x 2 ms
        out.add(c("rds cpu db.t3.micro + 3 replicas", new RdsCpu(), rdsUnit(rds("mysql", "db.t3.micro", "100", "gp3")
                .withReadReplicas(3), queries, 1), "CPU", (1000 / 4.0 + 50) * 2 / 1000.0, 2, Status.OK));
        out.add(c("iops with 2 replicas: 1,000 / 3 x 0.1 + 50", new RdsStorageIops(), rdsUnit(rds("mysql",
                "db.r6g.4xlarge", "20", "gp2").withReadReplicas(2), queries, 1), "storage IOPS", 1000 / 3.0 * 0.1 + 50,
                100, Status.TIGHT));
        // read_share 0 (a store that only receives copies of the writes): 50 writes x 2 ms
        out.add(c("rds cpu read_share 0: the writes only", new RdsCpu(), rdsUnit(new RdsRule.Config("postgresql",
                "db.t3.micro", false, d("100"), "gp3", null, PurchaseOption.ON_DEMAND, Sizing.FIXED,
                new DatabaseWork(d("2"), d("10"), d("0.1"), BigDecimal.ZERO, BigDecimal.ONE), 0), queries, 1), "CPU",
                50 * 2 / 1000.0, 2, Status.OK));
        // --- RdsReadReplicas: at most 15 (rds.read-replicas.max, CreateDBInstanceReadReplica)
        out.add(c("replicas: 3 of 15", new RdsReadReplicas(), rdsUnit(rds("mysql", "db.t3.micro", "100", "gp3")
                .withReadReplicas(3), queries, 1), "read replicas", 3, 15, Status.OK));
        out.add(c("replicas: 16 of 15", new RdsReadReplicas(), rdsUnit(rds("postgresql", "db.t3.micro", "100", "gp3")
                .withReadReplicas(16), queries, 1), "read replicas", 16, 15, Status.OVER));

        // --- RdsConnections: clients x 10 against floor(class GiB x 2^30 / divisor), capped (limits.csv
        // rds.max-connections.*); db.t3.micro 1 GiB, db.r6g.large 16, db.r6g.2xlarge 64, db.r6g.16xlarge 512
        WorkloadMonth none = month(drivers());
        long mysqlMicro = (1L << 30) / 12_582_880; // 85
        out.add(c("connections mysql db.t3.micro, 5 clients", new RdsConnections(), rdsUnit(rds("mysql", "db.t3.micro",
                "20", "gp3"), none, 5), "connections", 5 * 10, mysqlMicro, Status.OK));
        out.add(c("connections mysql db.t3.micro, 9 clients", new RdsConnections(), rdsUnit(rds("mysql", "db.t3.micro",
                "20", "gp3"), none, 9), "connections", 9 * 10, mysqlMicro, Status.OVER));
        // the same 9 clients' pools split over the primary and 2 replicas: 9 x 10 / 3 = 30 each
        out.add(c("connections mysql db.t3.micro + 2 replicas, 9 clients", new RdsConnections(), rdsUnit(rds("mysql",
                "db.t3.micro", "100", "gp3").withReadReplicas(2), none, 9), "connections", 9 * 10 / 3.0, mysqlMicro,
                Status.OK));
        long pgMicro = (1L << 30) / 9_531_392; // 112
        out.add(c("connections postgresql db.t3.micro, 8 clients", new RdsConnections(), rdsUnit(rds("postgresql",
                "db.t3.micro", "20", "gp3"), none, 8), "connections", 8 * 10, pgMicro, Status.TIGHT));
        // 64 x 2^30 / 9,531,392 = 7,209 > the cap of 5,000
        out.add(c("connections postgresql db.r6g.2xlarge: capped at 5,000", new RdsConnections(), rdsUnit(rds(
                "postgresql", "db.r6g.2xlarge", "20", "gp3"), none, 100), "connections", 100 * 10, 5000, Status.OK));
        long mariaLarge = 16L * (1L << 30) / 25_165_760; // 682
        out.add(c("connections mariadb db.r6g.large, 50 clients", new RdsConnections(), rdsUnit(rds("mariadb",
                "db.r6g.large", "20", "gp3"), none, 50), "connections", 50 * 10, mariaLarge, Status.TIGHT));
        // 512 x 2^30 / 25,165,760 = 21,845 > the cap of 12,000
        out.add(c("connections mariadb db.r6g.16xlarge: capped at 12,000", new RdsConnections(), rdsUnit(rds("mariadb",
                "db.r6g.16xlarge", "20", "gp3"), none, 1300), "connections", 1300 * 10, 12000, Status.OVER));

        // --- RdsStorageIops: reads/s x 0.1 + writes/s = 1,000 x 0.1 + 50 = 150 IOPS at peak
        double iops = 1000 * 0.1 + 50;
        // db.r6g.4xlarge's EBS baseline is 20,000 IOPS: it holds nothing back below that
        out.add(c("iops gp2 20 GB: 3 x 20 = 60, at least 100", new RdsStorageIops(), rdsUnit(rds("mysql",
                "db.r6g.4xlarge", "20", "gp2"), queries, 1), "storage IOPS", iops, 100, Status.OVER));
        out.add(c("iops gp2 500 GB: 3 x 500", new RdsStorageIops(), rdsUnit(rds("mysql", "db.r6g.4xlarge", "500", "gp2"),
                queries, 1), "storage IOPS", iops, 3 * 500, Status.OK));
        out.add(c("iops gp2 storage auto: the data (10 GB) but at least 20 GB, so 100", new RdsStorageIops(),
                rdsUnit(rds("mysql", "db.r6g.4xlarge", null, "gp2"), month(drivers(Driver.DB_READS, peakOf(1000),
                        Driver.DB_WRITES, peakOf(50), Driver.STORED_DATA, 10)), 1), "storage IOPS", iops,
                Math.max(3 * 20, 100), Status.OVER));
        out.add(c("iops gp3 100 GB: 3,000", new RdsStorageIops(), rdsUnit(rds("mysql", "db.r6g.4xlarge", "100", "gp3"),
                queries, 1), "storage IOPS", iops, 3000, Status.OK));
        out.add(c("iops gp3 399 GB: still 3,000", new RdsStorageIops(), rdsUnit(rds("mysql", "db.r6g.4xlarge", "399",
                "gp3"), queries, 1), "storage IOPS", iops, 3000, Status.OK));
        out.add(c("iops gp3 400 GB: 12,000", new RdsStorageIops(), rdsUnit(rds("postgresql", "db.r6g.4xlarge", "400",
                "gp3"), queries, 1), "storage IOPS", iops, 12000, Status.OK));
        // db.t3.micro's EBS baseline is 500 IOPS (instance-types.csv): gp3's 3,000 is held to it
        out.add(c("iops gp3 100 GB on db.t3.micro: held to 500", new RdsStorageIops(), rdsUnit(rds("mysql",
                "db.t3.micro", "100", "gp3"), queries, 1), "storage IOPS", iops, 500, Status.OK));
        // db.m5.large's EBS baseline is 3,600 IOPS: gp3's 12,000 from 400 GB is held to it
        out.add(c("iops gp3 400 GB on db.m5.large: held to 3,600", new RdsStorageIops(), rdsUnit(rds("mysql",
                "db.m5.large", "400", "gp3"), queries, 1), "storage IOPS", iops, 3600, Status.OK));

        // --- RdsAllocatedStorage: the most stored so far against the storage given
        out.add(c("storage 50 of 100 GB", new RdsAllocatedStorage(), rdsUnit(rds("mysql", "db.t3.micro", "100", "gp3"),
                month(drivers(Driver.STORED_DATA, 50)), 1), "storage", 50, 100, Status.OK));
        out.add(c("storage: peak 80 of 100 GB though this month holds 50", new RdsAllocatedStorage(), rdsUnit(rds(
                "mysql", "db.t3.micro", "100", "gp3"), new WorkloadMonth(3, drivers(Driver.STORED_DATA, 50),
                drivers(Driver.STORED_DATA, 80), LoadProfile.DEFAULT), 1), "storage", 80, 100, Status.TIGHT));
        out.add(c("storage 120 of 100 GB", new RdsAllocatedStorage(), rdsUnit(rds("mysql", "db.t3.micro", "100", "gp3"),
                month(drivers(Driver.STORED_DATA, 120)), 1), "storage", 120, 100, Status.OVER));

        // --- CacheMemory: cache.t3.micro maxmemory 536,870,912 bytes (limits.csv) / 2^30 x (1 - 0.25 reserved)
        double micro = 536870912 / GIB * (1 - 0.25);
        out.add(c("cache.t3.micro, 0.3 GB dataset", new CacheMemory(), cacheUnit("cache.t3.micro", 1, 0, "0.3", none),
                "memory", 0.3, micro, Status.TIGHT));
        out.add(c("cache.t3.micro, 10K users x 16 KB", new CacheMemory(), cacheUnit("cache.t3.micro", 1, 0, null,
                month(drivers(Driver.CONCURRENT_USERS, 10000))), "memory", 10000 * 16 / 1048576.0, micro, Status.OK));
        out.add(c("cache.t3.micro, 2 nodes = 1 shard + 1 replica, 0.4 GB", new CacheMemory(), cacheUnit("cache.t3.micro",
                2, 1, "0.4", none), "memory", 0.4, micro, Status.OVER));
        out.add(c("cache.t3.micro, 4 nodes = 2 shards + replicas, 0.4 GB", new CacheMemory(), cacheUnit(
                "cache.t3.micro", 4, 1, "0.4", none), "memory", 0.4, 2 * micro, Status.OK));
        // cache.r6g.large maxmemory 14,037,181,030 bytes
        out.add(c("cache.r6g.large, 10 GB", new CacheMemory(), cacheUnit("cache.r6g.large", 1, 0, "10", none), "memory",
                10, 14037181030.0 / GIB * 0.75, Status.OVER));

        // --- LambdaConcurrency: requests/s x invocations x duration / 1,000, against 1,000 (lambda.account-concurrency)
        out.add(c("lambda 100/s x 200 ms", new LambdaConcurrency(), lambdaUnit("200", "1",
                month(drivers(Driver.REQUESTS, peakOf(100)))), "concurrency", 100 * 1 * 200 / 1000.0, 1000, Status.OK));
        out.add(c("lambda 4,000/s x 200 ms", new LambdaConcurrency(), lambdaUnit("200", "1",
                month(drivers(Driver.REQUESTS, peakOf(4000)))), "concurrency", 4000 * 1 * 200 / 1000.0, 1000,
                Status.TIGHT));
        out.add(c("lambda 3,000/s x 2 invocations x 200 ms", new LambdaConcurrency(), lambdaUnit("200", "2",
                month(drivers(Driver.REQUESTS, peakOf(3000)))), "concurrency", 3000 * 2 * 200 / 1000.0, 1000,
                Status.OVER));

        // --- ApiGatewayThrottle: requests/s at peak against 10,000 (apigateway.account-throttle-rps)
        for (int rate : new int[] {2000, 8000, 12000}) {
            out.add(c("api gateway " + rate + "/s", new ApiGatewayThrottle(), unit("api-gateway",
                    new ApiGatewayRule.Config("http"), null, 1, month(drivers(Driver.REQUESTS, peakOf(rate))), null),
                    "request rate", rate, 10000, rate <= 7000 ? Status.OK : rate <= 10000 ? Status.TIGHT : Status.OVER));
        }

        // --- DynamoDbThroughput: 2 KB items: an eventual read is ceil(2/4) x 0.5 = 0.5 units, a write ceil(2) = 2
        WorkloadMonth table = month(drivers(Driver.DB_READS, peakOf(10000), Driver.DB_WRITES, peakOf(25000),
                Driver.ITEM_SIZE, 2));
        out.add(c("dynamodb on-demand reads", new DynamoDbThroughput(), unit("dynamodb", table("on-demand", null, null),
                null, 1, table, null), "read throughput", 10000 * 0.5, 40000, Status.OK));
        out.add(c("dynamodb on-demand writes", new DynamoDbThroughput(), unit("dynamodb", table("on-demand", null, null),
                null, 1, table, null), "write throughput", 25000 * 2, 40000, Status.OVER));
        WorkloadMonth small = month(drivers(Driver.DB_READS, peakOf(150), Driver.DB_WRITES, peakOf(20),
                Driver.ITEM_SIZE, 2));
        out.add(c("dynamodb provisioned 100 RCU", new DynamoDbThroughput(), unit("dynamodb", table("provisioned", "100",
                "100"), null, 1, small, null), "read capacity", 150 * 0.5, 100, Status.TIGHT));
        out.add(c("dynamodb provisioned 100 WCU", new DynamoDbThroughput(), unit("dynamodb", table("provisioned", "100",
                "100"), null, 1, small, null), "write capacity", 20 * 2, 100, Status.OK));
        // --- NatBandwidth: 1,000 GB a month x 8 / 2,628,000 s on average, x 2 at the default peak; 100 Gbit/s a
        // gateway (nat-gateway.bandwidth-max-gbps). Traffic follows the requests' profile, so requests are given.
        WorkloadMonth natLoad = month(drivers(Driver.REQUESTS, peakOf(100)));
        out.add(c("nat 1,000 GB a month, 1 gateway", new NatBandwidth(), unit("nat-gateway",
                new NatGatewayRule.Config(1, d("1000"), 1), null, 1, natLoad, null), "bandwidth",
                1000 * 8 / 2_628_000.0 * 2, 100, Status.OK));
        // 20 PB a month: 20,000,000 GB x 8 / 2,628,000 x 2 = 121.8 Gbit/s, over 1 gateway's 100 and under 2's 200
        out.add(c("nat 20 PB a month, 1 gateway", new NatBandwidth(), unit("nat-gateway",
                new NatGatewayRule.Config(1, d("20000000"), 1), null, 1, natLoad, null), "bandwidth",
                20_000_000 * 8 / 2_628_000.0 * 2, 100, Status.OVER));
        out.add(c("nat 20 PB a month, 2 gateways", new NatBandwidth(), unit("nat-gateway",
                new NatGatewayRule.Config(2, d("20000000"), 1), null, 1, natLoad, null), "bandwidth",
                20_000_000 * 8 / 2_628_000.0 * 2, 200, Status.OK));
        // --- AlbTargets: instances and tasks behind it against 1,000 a load balancer (alb.targets-per-load-balancer)
        out.add(c("alb 12 targets", new AlbTargets(), unit("alb", alb(1, "instance"), null, 1, none, 12), "targets", 12,
                1000, Status.OK));
        out.add(c("alb 1,200 targets on 1", new AlbTargets(), unit("alb", alb(1, "instance"), null, 1, none, 1200),
                "targets", 1200, 1000, Status.OVER));
        out.add(c("alb 1,200 targets on 2", new AlbTargets(), unit("alb", alb(2, "instance"), null, 1, none, 1200),
                "targets", 1200, 2000, Status.OK));
        return out;
    }

    static AlbRule.Config alb(int count, String target) {
        return new AlbRule.Config(count, target, BigDecimal.ONE, null, null, BigDecimal.ONE, true, 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void limit(Case k) {
        assertThat(k.limit().appliesTo(k.unit().type())).as("applies to " + k.unit().type()).isTrue();
        List<CapacityCheck> checks = k.limit().check(k.unit(), new Assumptions());
        CapacityCheck check = checks.stream().filter(x -> x.resource().equals(k.resource())).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + k.resource() + "' check in " + checks));
        assertThat(check.demand().doubleValue()).as("demand").isCloseTo(k.demand(), within(1e-9 * Math.max(1, k.demand())));
        assertThat(check.capacity().doubleValue()).as("capacity").isCloseTo(k.capacity(),
                within(1e-9 * Math.max(1, k.capacity())));
        assertThat(check.status()).as("status at %s of %s", k.demand(), k.capacity()).isEqualTo(k.status());
        assertThat(check.component()).isEqualTo("c");
        assertThat(check.source()).isNotBlank();
        assertThat(check.demandBasis()).isNotBlank();
        assertThat(check.capacityBasis()).isNotBlank();
    }

    @Test
    void everyLimitClass_hasACase() {
        Set<Class<?>> covered = new HashSet<>();
        cases().forEach(k -> covered.add(k.limit().getClass()));
        Set<Class<?>> all = new HashSet<>();
        CapacityLimits.all().forEach(l -> all.add(l.getClass()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void statusBoundaries_areInclusiveOfTheTargetAndOfTheCapacity() {
        // exactly at the target is ok, exactly at the capacity is tight, above it over
        CapacityCheck atTarget = new CapacityCheck("c", "r", d("70"), BigDecimal.ZERO, d("100"), "u", TARGET, "", "", "");
        CapacityCheck atCapacity = new CapacityCheck("c", "r", d("100"), BigDecimal.ZERO, d("100"), "u", TARGET, "", "", "");
        CapacityCheck above = new CapacityCheck("c", "r", d("100.01"), BigDecimal.ZERO, d("100"), "u", TARGET, "", "", "");
        assertThat(atTarget.status()).isEqualTo(Status.OK);
        assertThat(atCapacity.status()).isEqualTo(Status.TIGHT);
        assertThat(above.status()).isEqualTo(Status.OVER);
        // 30 headroom; memory: (8 - 1 fixed) / (3 - 1 variable) = 3.5 times this load before it runs out
        assertThat(atTarget.headroom()).isEqualByComparingTo("30");
        CapacityCheck memory = new CapacityCheck("c", "memory", d("3"), d("1"), d("8"), "GiB", TARGET, "", "", "");
        assertThat(memory.loadMultipleAtLimit()).isEqualByComparingTo("3.5");
        assertThat(memory.utilisation()).isEqualByComparingTo("0.375");
    }

    @Test
    void missingFigures_giveNoCheck_andSaySo_neverAZeroDemand() {
        Assumptions a = new Assumptions();
        assertThat(new ComputeCpu().check(ec2Unit("t3.medium", 1, month(drivers())), a)).isEmpty();
        assertThat(a.list()).anySatisfy(s -> assertThat(s).contains("workload.requests is not given"));

        Assumptions b = new Assumptions();
        // no clients in the architecture: the connections are not checked
        assertThat(new RdsConnections().check(rdsUnit(rds("mysql", "db.t3.micro", "20", "gp3"), month(drivers()), null), b))
                .isEmpty();
        assertThat(b.list()).anySatisfy(s -> assertThat(s).contains("connections are not checked"));

        // without users online the memory holds only base memory: 3 x 0.5 GB
        Assumptions m = new Assumptions();
        CapacityCheck mem = new ComputeMemory().check(ec2Unit("t3.medium", 3, month(drivers())), m).get(0);
        assertThat(mem.demand()).isEqualByComparingTo(BigDecimal.valueOf(3 * 0.5));
        assertThat(m.list()).anySatisfy(s -> assertThat(s).contains("users.concurrent is not given"));

        // a node type the limits do not list is not checked
        Assumptions n = new Assumptions();
        assertThat(new CacheMemory().check(cacheUnit("cache.x9.huge", 1, 0, "1", month(drivers())), n)).isEmpty();
        assertThat(n.list()).anySatisfy(s -> assertThat(s).contains("cache.x9.huge"));

        // a non-burstable type has no credit checks: m5.large publishes no credits
        assertThat(new BurstableBaseline().check(ec2Unit("m5.large", 1, month(drivers(Driver.REQUESTS, peakOf(100)))),
                new Assumptions())).isEmpty();
    }

    @Test
    void rdsConnections_readsTheDivisorFromTheData_notACopyInTheCode() {
        // A hand-made class of exactly 12 GiB: 12 x 2^30 / 12,582,880 = 1,023.99... floors to 1,023 for MySQL.
        InstanceType twelve = new InstanceType("AmazonRDS", "db.test.large", 2, d("12"), "x86_64", null, null, null, null,
                null, null, null, true, "test", null);
        CapacityUnit u = unit("rds", rds("mysql", "db.test.large", "20", "gp3"), twelve, 1, month(drivers()), 1);
        CapacityCheck k = new RdsConnections().check(u, new Assumptions()).get(0);
        assertThat(k.capacity()).isEqualByComparingTo(BigDecimal.valueOf(12L * (1L << 30) / 12_582_880));
        assertThat(k.source()).isEqualTo(DATA.limit("rds.max-connections.mysql.divisor").source());
    }

    /** Every key the limit classes read, spelt out (the RDS keys for each engine cloudplan accepts). */
    static final List<String> KEYS_READ = List.of(
            "apigateway.account-throttle-rps", "apigateway.account-burst",
            "lambda.account-concurrency",
            "dynamodb.table-read-units.on-demand", "dynamodb.table-write-units.on-demand",
            "dynamodb.table-read-units.provisioned", "dynamodb.table-write-units.provisioned",
            "rds.max-connections.mysql.divisor", "rds.max-connections.postgresql.divisor",
            "rds.max-connections.mariadb.divisor", "rds.max-connections.postgresql.max",
            "rds.max-connections.mariadb.max",
            "rds.gp2.iops-per-gib", "ebs.gp2.min-iops", "rds.gp2.max-iops", "rds.gp3.baseline-iops",
            "rds.gp3.baseline-iops.ge400gib",
            "elasticache.reserved-memory-share", "elasticache.node.cache.t3.micro.maxmemory-bytes");

    @Test
    void everyKeyTheLimitsRead_isInLimitsCsv_withAnHttpsSourceAndADate() {
        Map<String, Limit> limits = LimitsLoader.bundled();
        for (String key : KEYS_READ) {
            assertThat(limits).as(key).containsKey(key);
            Limit l = limits.get(key);
            assertThat(l.source()).as(key).startsWith("https://");
            assertThat(l.asOf()).as(key).isNotBlank();
            assertThat(l.value().signum()).as(key).isPositive();
        }
    }

    @Test
    void everyKeyLiteralInTheLimitClasses_isARowOrThePrefixOfRows() throws IOException {
        // Scans the sources so a key added to a limit class without its row fails here.
        Map<String, Limit> limits = LimitsLoader.bundled();
        Pattern literal = Pattern.compile("\"((?:rds|ebs|elasticache|lambda|apigateway|dynamodb|ec2|fargate)\\.[a-z0-9.-]*)\"");
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/cloudplan/core/capacity/limits"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        assertThat(found).as("the scan finds the keys").contains("lambda.account-concurrency", "rds.max-connections.");
        for (String key : found) {
            assertThat(limits.keySet().stream().anyMatch(k -> k.startsWith(key)))
                    .as(key).isTrue();
        }
        // Every engine's divisor, and the caps the User Guide gives (PostgreSQL, MariaDB; MySQL has none).
        for (String engine : List.of("mysql", "postgresql", "mariadb")) {
            assertThat(limits).containsKey("rds.max-connections." + engine + ".divisor");
        }
        assertThat(limits).doesNotContainKey("rds.max-connections.mysql.max");
    }

    @Test
    void everyRowOfLimitsCsv_hasAnHttpsSourceAndAQuote() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/cloudplan/capacity/limits.csv"));
        assertThat(lines.get(0)).isEqualTo("key,value,unit,source,as_of,quote");
        Map<String, Limit> limits = LimitsLoader.bundled();
        assertThat(limits).hasSize(lines.size() - 1);
        for (Limit l : limits.values()) {
            assertThat(l.source()).as(l.key()).startsWith("https://");
        }
        for (String line : lines.subList(1, lines.size())) {
            // the quote is the last column; every row ends with one that is not empty
            assertThat(line).as(line).doesNotEndWith(",");
        }
    }
}
