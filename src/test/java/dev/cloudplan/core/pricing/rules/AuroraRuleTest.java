package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.Fixtures.priceIn;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Aurora provisioned clusters (Standard and I/O-Optimized, reserved), their backups, backtrack, snapshot export and
 * global database, and the same extras on Serverless v2, against a hand-made catalog (fixture prices, not AWS's):
 * expected costs are arithmetic from the fixture prices.
 */
class AuroraRuleTest {
    static final double HOUR = 0.26;
    static final double HOUR_IOOPT = 0.338;
    static final double HOUR_RESERVED = 0.17;
    static final double UPFRONT = 1500;
    static final double HOUR_WEST = 0.29;
    static final double GB = 0.1;
    static final double GB_IOOPT = 0.225;
    static final double GB_WEST = 0.11;
    static final double IO = 0.0000002;
    static final double BACKUP = 0.021;
    static final double BACKTRACK = 0.000000012;
    static final double EXPORT = 0.01;
    static final double REPLICATED_IO = 0.0000002;
    static final double TRANSFER = 0.02;
    static final double ACU = 0.12;

    static final String PG = "databaseEngine=Aurora PostgreSQL;deploymentOption=Single-AZ;instanceType=db.r6g.large;";
    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonRDS", "instance-hours", PG + "purchaseOption=OnDemand;storageConfiguration=Standard", "Hrs", "0.26"),
            price("AmazonRDS", "instance-hours", PG + "purchaseOption=OnDemand;storageConfiguration=IOOptimized", "Hrs",
                    "0.338"),
            price("AmazonRDS", "instance-hours", PG + "offeringClass=standard;payment=PartialUpfront;purchaseOption=Reserved;"
                    + "storageConfiguration=Standard;term=1yr", "Hrs", "0.17"),
            price("AmazonRDS", "upfront", PG + "offeringClass=standard;payment=PartialUpfront;purchaseOption=Reserved;"
                    + "storageConfiguration=Standard;term=1yr", "Quantity", "1500"),
            priceIn("us-west-2", "AmazonRDS", "instance-hours", PG + "purchaseOption=OnDemand;storageConfiguration=Standard",
                    "Hrs", "0.29"),
            price("AmazonRDS", "aurora-storage", "storageConfiguration=Standard", "GB-Mo", "0.1"),
            price("AmazonRDS", "aurora-storage", "storageConfiguration=IOOptimized", "GB-Mo", "0.225"),
            priceIn("us-west-2", "AmazonRDS", "aurora-storage", "storageConfiguration=Standard", "GB-Mo", "0.11"),
            price("AmazonRDS", "aurora-io", "", "IOs", "0.0000002"),
            price("AmazonRDS", "aurora-backup-storage", "", "GB-Mo", "0.021"),
            price("AmazonRDS", "aurora-backtrack", "", "ChangeRecord-Hrs", "0.000000012"),
            price("AmazonRDS", "aurora-snapshot-export", "", "GB", "0.01"),
            price("AmazonRDS", "aurora-global-replicated-io", "", "IOs", "0.0000002"),
            price("AWSDataTransfer", "inter-region", "toRegion=us-west-2", "GB", "0.02"),
            price("AmazonRDS", "aurora-serverless-v2-acu-hours", "databaseEngine=Aurora PostgreSQL;"
                    + "storageConfiguration=Standard", "ACU-Hr", "0.12")), List.of());

    static final AuroraExtras NONE = new AuroraExtras(null, BigDecimal.ZERO, BigDecimal.ZERO);

    static AuroraRule.Config aurora(String configuration, int instances, PurchaseOption purchase, List<String> global,
            AuroraExtras extras) {
        return new AuroraRule.Config("postgresql", configuration, "db.r6g.large", instances, d("200"), BigDecimal.ONE,
                purchase, global, 1, extras);
    }

    static final Map<Driver, String> LOAD = Map.of(Driver.DB_READS, "40000000", Driver.DB_WRITES, "10485760",
            Driver.ITEM_SIZE, "1");

    static Stream<Arguments> cases() {
        PurchaseOption reserved = PurchaseOption.parse("reserved 1yr partial-upfront");
        double io = (40_000_000 + 10_485_760) * IO;
        return Stream.of(
                Arguments.of("standard: 2 instances, 200 GB, (40M reads + 10.5M writes) x 1 I/O",
                        List.of("aurora", "db", aurora("standard", 2, PurchaseOption.ON_DEMAND, List.of(), NONE)),
                        2 * 730 * HOUR + 200 * GB + io),
                Arguments.of("I/O-Optimized: the dearer instance and storage, no I/O line",
                        List.of("aurora", "db", aurora("io-optimized", 2, PurchaseOption.ON_DEMAND, List.of(), NONE)),
                        2 * 730 * HOUR_IOOPT + 200 * GB_IOOPT),
                Arguments.of("reserved 1yr partial upfront: reserved hourly and, in month 1, the fee per instance",
                        List.of("aurora", "db", aurora("standard", 2, reserved, List.of(), NONE)),
                        2 * 730 * HOUR_RESERVED + 2 * UPFRONT + 200 * GB + io),
                Arguments.of("backups of 300 GB (100 above the free 200), 1M change records kept, 50 GB exported",
                        List.of("aurora", "db", aurora("standard", 1, PurchaseOption.ON_DEMAND, List.of(),
                                new AuroraExtras(d("300"), d("1000000"), d("50")))),
                        730 * HOUR + 200 * GB + io + (300 - 200) * BACKUP + 1_000_000 * 730 * BACKTRACK + 50 * EXPORT),
                Arguments.of("global database with us-west-2: 1 secondary instance and the volume there, replicated"
                                + " write I/Os and 10 GB of writes crossing",
                        List.of("aurora", "db", aurora("standard", 1, PurchaseOption.ON_DEMAND, List.of("us-west-2"), NONE)),
                        // 10,485,760 writes x 1 KB / 1,048,576 KB per GB = 10 GB
                        730 * HOUR + 200 * GB + io + 730 * HOUR_WEST + 200 * GB_WEST + 10_485_760 * REPLICATED_IO
                                + 10 * TRANSFER),
                Arguments.of("serverless v2 takes the same extras: 250 GB of backups, 50 above the free 200",
                        List.of("aurora-serverless-v2", "db", new AuroraServerlessRule.Config("postgresql", "standard",
                                d("2"), 1, d("200"), BigDecimal.ONE, new AuroraExtras(d("250"), BigDecimal.ZERO,
                                BigDecimal.ZERO))),
                        2 * 730 * ACU + 200 * GB + io + 50 * BACKUP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, List<Object> component, double expected) {
        RuleCases.assertCompleteMonth(CATALOG, component, LOAD, expected);
    }

    static Settings settings(Map<String, Object> given) {
        Map<String, Object> values = new HashMap<>();
        new AuroraRule().allSettings().forEach(s -> values.put(s.name(), s.defaultValue()));
        values.put("instance_type", "db.r6g.large");
        values.putAll(given);
        return new Settings(values);
    }

    @Test
    void backtrackOnPostgresql_andThreeYearNoUpfront_areRefused() {
        assertThatThrownBy(() -> new AuroraRule().configure(settings(Map.of("backtrack", d("1000")))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("Aurora MySQL feature");
        assertThatThrownBy(() -> new AuroraRule().configure(settings(Map.of("purchase",
                PurchaseOption.parse("reserved 3yr no-upfront")))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("1-year terms only");
        assertThatThrownBy(() -> new AuroraRule().configure(settings(Map.of("global_regions", "virginia"))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("not a region code");
    }
}
