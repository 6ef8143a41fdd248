package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.core.pricing.rules.RuleCases.cents;
import static dev.cloudplan.core.pricing.rules.RuleCases.month;
import static dev.cloudplan.core.pricing.rules.RuleCases.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.Fixtures;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DynamoDB backups, restores, Streams, global table replicas and reserved capacity against a hand-made catalog
 * (fixture prices, not AWS's): expected costs are arithmetic from the fixture prices.
 */
class DynamoDbExtrasTest {
    static final double WRU = 0.000000625;
    static final double RRU = 0.000000125;
    static final double WCU_HOUR = 0.00065;
    static final double RCU_HOUR = 0.00013;
    static final double RES_WCU_HOUR = 0.000128;
    static final double RES_RCU_HOUR = 0.0000256;
    static final double RES_WCU_UPFRONT = 1.5;
    static final double RES_RCU_UPFRONT = 0.3;
    static final double STORAGE = 0.25;
    static final double BACKUP = 0.1;
    static final double RESTORE = 0.15;
    static final double STREAM = 0.0000002;
    static final double WEST_RWRU = 0.00000075;
    static final double WEST_RWCU_HOUR = 0.00075;
    static final double WEST_STORAGE = 0.3;
    static final double TRANSFER = 0.02;

    static final String OD = "capacityMode=OnDemand;tableClass=Standard";
    static final String PROV = "capacityMode=Provisioned;tableClass=Standard";
    static final String RES = ";offeringClass=standard;payment=PartialUpfront;purchaseOption=Reserved;term=1yr";
    static final PriceCatalog CATALOG;

    static {
        List<Price> all = new ArrayList<>(List.of(
                price("AmazonDynamoDB", "write-request-units", OD, "WriteRequestUnits", "0.000000625"),
                price("AmazonDynamoDB", "read-request-units", OD, "ReadRequestUnits", "0.000000125"),
                price("AmazonDynamoDB", "write-capacity-unit-hours", PROV, "WriteCapacityUnit-Hrs", "0.00065"),
                price("AmazonDynamoDB", "read-capacity-unit-hours", PROV, "ReadCapacityUnit-Hrs", "0.00013"),
                price("AmazonDynamoDB", "write-capacity-unit-hours", PROV + RES, "WriteCapacityUnit-Hrs", "0.000128"),
                price("AmazonDynamoDB", "read-capacity-unit-hours", PROV + RES, "ReadCapacityUnit-Hrs", "0.0000256"),
                price("AmazonDynamoDB", "upfront", "offeringClass=standard;payment=PartialUpfront;purchaseOption=Reserved;tableClass=Standard;"
                        + "term=1yr;unit=WCU", "Quantity", "1.5"),
                price("AmazonDynamoDB", "upfront", "offeringClass=standard;payment=PartialUpfront;purchaseOption=Reserved;tableClass=Standard;"
                        + "term=1yr;unit=RCU", "Quantity", "0.3"),
                price("AmazonDynamoDB", "storage", "tableClass=Standard", "GB-Mo", "0.25"),
                price("AmazonDynamoDB", "on-demand-backup", "", "GB-Mo", "0.1"),
                price("AmazonDynamoDB", "restore", "", "GB", "0.15"),
                price("AmazonDynamoDB", "streams-read-request-units", "", "StreamsReadRequestUnits", "0.0000002"),
                price("AWSDataTransfer", "inter-region", "toRegion=us-west-2", "GB", "0.02"),
                price("AWSDataTransfer", "inter-region", "toRegion=eu-west-1", "GB", "0.02")));
        for (String region : List.of("us-west-2", "eu-west-1")) {
            all.add(in(region, "replicated-write-request-units", OD, "WriteRequestUnits", "0.00000075"));
            all.add(in(region, "replicated-write-capacity-unit-hours", PROV, "WriteCapacityUnit-Hrs", "0.00075"));
            all.add(in(region, "storage", "tableClass=Standard", "GB-Mo", "0.3"));
        }
        CATALOG = catalog(all, List.of());
    }

    static Price in(String region, String charge, String attributes, String unit, String usd) {
        return Fixtures.priceIn(region, "AmazonDynamoDB", charge, attributes, unit, usd);
    }

    static DynamoDbRule.Config table(String billing, String rcu, String wcu, DynamoDbExtras extras) {
        return new DynamoDbRule.Config(billing, "standard", "eventual", false, rcu == null ? null : d(rcu),
                wcu == null ? null : d(wcu), null, d("40"), false, null, extras);
    }

    static final Map<Driver, String> LOAD = Map.of(Driver.DB_READS, "10000000", Driver.DB_WRITES, "2097152",
            Driver.ITEM_SIZE, "1");

    static Stream<Arguments> cases() {
        PurchaseOption reserved = PurchaseOption.parse("reserved 1yr partial-upfront");
        return Stream.of(
                Arguments.of("on-demand with 100 GB of backups, 20 GB restored, 5M Streams reads",
                        table("on-demand", null, null, new DynamoDbExtras(d("100"), d("20"), d("5000000"), List.of(),
                                PurchaseOption.ON_DEMAND)),
                        10_000_000 * 0.5 * RRU + 2_097_152 * WRU + 40 * STORAGE + 100 * BACKUP + 20 * RESTORE
                                + 5_000_000 * STREAM),
                Arguments.of("on-demand global table in 2 more regions: replicated writes, storage and transfer in each",
                        table("on-demand", null, null, new DynamoDbExtras(BigDecimal.ZERO, BigDecimal.ZERO,
                                BigDecimal.ZERO, List.of("us-west-2", "eu-west-1"), PurchaseOption.ON_DEMAND)),
                        // 2,097,152 writes x 1 KB / 1,048,576 = 2 GB to each replica
                        10_000_000 * 0.5 * RRU + 2_097_152 * WRU + 40 * STORAGE
                                + 2 * (2_097_152 * WEST_RWRU + 40 * WEST_STORAGE + 2 * TRANSFER)),
                Arguments.of("provisioned global table: the replica provisions the table's 20 WCU again",
                        table("provisioned", "100", "20", new DynamoDbExtras(BigDecimal.ZERO, BigDecimal.ZERO,
                                BigDecimal.ZERO, List.of("us-west-2"), PurchaseOption.ON_DEMAND)),
                        100 * 730 * RCU_HOUR + 20 * 730 * WCU_HOUR + 40 * STORAGE + 20 * 730 * WEST_RWCU_HOUR
                                + 40 * WEST_STORAGE + 2 * TRANSFER),
                Arguments.of("reserved capacity 1yr partial upfront: reserved hourly rates and, in month 1, the upfront fee",
                        table("provisioned", "100", "20", new DynamoDbExtras(BigDecimal.ZERO, BigDecimal.ZERO,
                                BigDecimal.ZERO, List.of(), reserved)),
                        100 * 730 * RES_RCU_HOUR + 20 * 730 * RES_WCU_HOUR + 100 * RES_RCU_UPFRONT
                                + 20 * RES_WCU_UPFRONT + 40 * STORAGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, DynamoDbRule.Config config, double expected) {
        RuleCases.assertCompleteMonth(CATALOG, List.of("dynamodb", "table", config), LOAD, expected);
    }

    static Settings settings(Map<String, Object> given) {
        Map<String, Object> values = new HashMap<>();
        new DynamoDbRule().allSettings().forEach(s -> values.put(s.name(), s.defaultValue()));
        values.putAll(given);
        return new Settings(values);
    }

    @Test
    void reservedCapacityOtherThanPartialUpfront_orOnStandardIa_isRefused() {
        assertThatThrownBy(() -> new DynamoDbRule().configure(settings(Map.of("billing", "provisioned",
                "reserved_capacity", PurchaseOption.parse("reserved 1yr all-upfront")))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("upfront fee plus an hourly fee");
        assertThatThrownBy(() -> new DynamoDbRule().configure(settings(Map.of("billing", "provisioned", "table_class",
                "standard-ia", "reserved_capacity", PurchaseOption.parse("reserved 3yr partial-upfront")))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("Standard-IA");
    }

    @Test
    void replicaRegions_areReadAsCodes() {
        DynamoDbRule.Config c = new DynamoDbRule().configure(settings(Map.of("replica_regions", "us-west-2, EU-WEST-1")));
        assertThat(c.extras().replicaRegions()).containsExactly("us-west-2", "eu-west-1");
        assertThatThrownBy(() -> new DynamoDbRule().configure(settings(Map.of("replica_regions", "oregon"))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'oregon' is not a region code");
    }

    @Test
    void theBundledCatalog_hasNoBackupPrice_soItIsNotPriced() {
        Projection p = month(Fixtures.bundled(), List.of("dynamodb", "table", table("on-demand", null, null,
                new DynamoDbExtras(d("100"), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), PurchaseOption.ON_DEMAND))),
                LOAD);
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason()).contains("AmazonDynamoDB on-demand-backup"));
    }
}
