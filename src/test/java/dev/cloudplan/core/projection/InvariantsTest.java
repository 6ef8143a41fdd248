package dev.cloudplan.core.projection;

import static dev.cloudplan.Fixtures.architecture;
import static dev.cloudplan.Fixtures.bundled;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.pricing.rules.ApiGatewayRule;
import dev.cloudplan.core.pricing.rules.DataTransferOutRule;
import dev.cloudplan.core.pricing.rules.DynamoDbRule;
import dev.cloudplan.core.pricing.rules.LambdaRule;
import dev.cloudplan.core.pricing.rules.Route53Rule;
import dev.cloudplan.core.pricing.rules.S3Rule;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.Workload;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties over random workloads: never negative, lines sum to totals, cost never falls when usage grows. */
class InvariantsTest {
    static final Architecture SERVERLESS = architecture("serverless",
            "api-gateway", "api", new ApiGatewayRule.Config("http"),
            "lambda", "fn", new LambdaRule.Config("arm64", d("512"), d("120"), d("1")),
            "dynamodb", "table", new DynamoDbRule.Config("on-demand", "standard", "eventual", false, null, null, d("2"), null, false),
            "s3", "assets", new S3Rule.Config(null),
            "data-transfer-out", "egress", new DataTransferOutRule.Config(d("1")),
            "route53", "dns", new Route53Rule.Config(1, "standard"));

    static Workload load(long requests, long reads, long writes, int itemKb, int storedGb, int egressGb) {
        Map<Driver, BigDecimal> m = new EnumMap<>(Driver.class);
        m.put(Driver.REQUESTS, BigDecimal.valueOf(requests));
        m.put(Driver.REQUEST_SIZE, BigDecimal.valueOf(2));
        m.put(Driver.DB_READS, BigDecimal.valueOf(reads));
        m.put(Driver.DB_WRITES, BigDecimal.valueOf(writes));
        m.put(Driver.ITEM_SIZE, BigDecimal.valueOf(itemKb));
        m.put(Driver.STORED_DATA, BigDecimal.valueOf(storedGb));
        m.put(Driver.STATIC_ASSETS, BigDecimal.valueOf(storedGb));
        m.put(Driver.EGRESS, BigDecimal.valueOf(egressGb));
        return Workload.of(m);
    }

    static Projection price(Workload w) {
        return new Estimator(bundled()).estimate(scenario(2, Account.ALWAYS_FREE_ONLY, w, null, List.of(), SERVERLESS),
                SERVERLESS);
    }

    @Test
    void costIsNeverNegative_andLinesSumToTotals() {
        qt().withExamples(200).forAll(longs().between(0, 300_000_000L), longs().between(0, 500_000_000L),
                        integers().between(0, 100), integers().between(0, 20_000))
                .checkAssert((requests, reads, storedGb, egressGb) -> {
                    Projection p = price(load(requests, reads, reads / 10, 3, storedGb, egressGb));
                    Money sumOfMonths = Money.ZERO;
                    for (MonthCost m : p.months()) {
                        Money sum = Money.ZERO;
                        for (LineItem l : m.lines()) {
                            assertThat(l.cost().isNegative()).isFalse();
                            assertThat(l.freeQuantity()).isLessThanOrEqualTo(l.quantity());
                            sum = sum.plus(l.cost());
                        }
                        assertThat(m.total()).isEqualTo(sum);
                        sumOfMonths = sumOfMonths.plus(m.total());
                    }
                    assertThat(p.total()).isEqualTo(sumOfMonths);
                });
    }

    @Test
    void costNeverFalls_whenAnyDriverGrows() {
        qt().withExamples(200).forAll(longs().between(0, 200_000_000L), integers().between(0, 10_000),
                        integers().between(1, 5), integers().between(0, 6))
                .checkAssert((requests, egressGb, itemKb, which) -> {
                    long reads = requests / 2;
                    Projection base = price(load(requests, reads, reads / 10, itemKb, 30, egressGb));
                    long r2 = which == 0 ? requests * 2 + 1 : requests;
                    long rd2 = which == 1 ? reads * 3 + 7 : reads;
                    long wr2 = which == 2 ? reads + 1000 : reads / 10;
                    int item2 = which == 3 ? itemKb + 4 : itemKb;
                    int stored2 = which == 4 ? 500 : 30;
                    int egress2 = which == 5 ? egressGb + 777 : egressGb;
                    Projection grown = price(load(r2, rd2, wr2, item2, stored2, egress2));
                    assertThat(grown.total()).isGreaterThanOrEqualTo(base.total());
                });
    }
}
