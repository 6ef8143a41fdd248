package dev.cloudplan.core.projection;

import static dev.cloudplan.Fixtures.allowance;
import static dev.cloudplan.Fixtures.architecture;
import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.Fixtures.scenario;
import static dev.cloudplan.Fixtures.tier;
import static dev.cloudplan.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.rules.ApiGatewayRule;
import dev.cloudplan.core.pricing.rules.DataTransferOutRule;
import dev.cloudplan.core.workload.Driver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Free tiers by account age, pooling across components, credits, fixed costs and budget verdicts. */
class EstimatorTest {
    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonApiGateway", "requests", "apiType=HTTP", "Requests", "0.000001"),
            tier("AWSDataTransfer", "data-transfer-out", "destination=Internet", "GB", "0", "10240", "0.09"),
            tier("AWSDataTransfer", "data-transfer-out", "destination=Internet", "GB", "10240", null, "0.085")),
            List.of(allowance(FreeTierRegime.LEGACY_12_MONTH, "AmazonApiGateway", "requests", "apiType=HTTP", "1000000",
                            "Requests", "apigw"),
                    allowance(FreeTierRegime.ALWAYS, "AWSDataTransfer", "data-transfer-out", "destination=Internet", "100", "GB",
                            "internet-egress")));

    @Test
    void legacyFreeTier_appliesOnlyInTheFirstTwelveMonthsAfterCreation() {
        // Created 2026-03-10: months before 2027-03-10 get 1M free requests; 2027-03 (month 3) starts before that day.
        Account account = new Account(LocalDate.of(2026, 3, 10), FreeTierRegime.LEGACY_12_MONTH, Money.ZERO, 12);
        var arch = architecture("a", "api-gateway", "api", new ApiGatewayRule.Config("http"));
        Projection p = new Estimator(CATALOG).estimate(scenario(5, account, workload(Map.of(Driver.REQUESTS, "3000000")),
                null, List.of(), arch), arch);
        double free = (3_000_000 - 1_000_000) * 0.000001;
        double full = 3_000_000 * 0.000001;
        assertThat(p.months()).extracting(m -> m.total().amount().doubleValue())
                .containsExactly(free, free, free, full, full);
    }

    @Test
    void egressFreeTier_isOnePoolSharedByAllComponents() {
        var arch = architecture("a",
                "data-transfer-out", "from-ec2", new DataTransferOutRule.Config(d("0.5")),
                "data-transfer-out", "from-s3", new DataTransferOutRule.Config(d("0.5")));
        Projection p = new Estimator(CATALOG).estimate(scenario(1, Account.ALWAYS_FREE_ONLY,
                workload(Map.of(Driver.EGRESS, "300")), null, List.of(), arch), arch);
        // 150 GB each; the 100 GB pool is used up by the first component only: (150 - 100) x 0.09 + 150 x 0.09
        assertThat(p.months().get(0).lines()).extracting(l -> l.freeQuantity().intValue()).containsExactly(100, 0);
        assertThat(p.total().amount().doubleValue()).isEqualTo((150 - 100) * 0.09 + 150 * 0.09);
    }

    @Test
    void tiers_areClimbedByTheAccountNotPerComponent() {
        var arch = architecture("a",
                "data-transfer-out", "one", new DataTransferOutRule.Config(d("0.5")),
                "data-transfer-out", "two", new DataTransferOutRule.Config(d("0.5")));
        Projection p = new Estimator(CATALOG).estimate(scenario(1, Account.ALWAYS_FREE_ONLY,
                workload(Map.of(Driver.EGRESS, "20480")), null, List.of(), arch), arch);
        // 10,240 GB each: the first fills tier 1, the second is all in tier 2.
        assertThat(p.total().amount().doubleValue()).isEqualTo((10_240 - 100) * 0.09 + 10_240 * 0.085, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void freePlanCredits_areSpentMonthByMonthUntilGone() {
        Account account = new Account(LocalDate.of(2026, 12, 1), FreeTierRegime.FREE_PLAN, Money.of("100"), 12);
        var arch = architecture("a", "api-gateway", "api", new ApiGatewayRule.Config("http"));
        Projection p = new Estimator(CATALOG).estimate(scenario(4, account, workload(Map.of(Driver.REQUESTS, "40000000")),
                null, List.of(), arch), arch);
        // 40M x 0.000001 = 40 USD a month: credits cover 40, 40, 20, then nothing.
        assertThat(p.months()).extracting(m -> m.total().amount().doubleValue()).containsExactly(0.0, 0.0, 20.0, 40.0);
        assertThat(p.months()).extracting(m -> m.creditsUsed().amount().doubleValue()).containsExactly(40.0, 40.0, 20.0, 0.0);
        assertThat(p.months()).extracting(m -> m.creditsLeft().amount().doubleValue())
                .containsExactly(100 - 40.0, 100 - 80.0, 0.0, 0.0);
    }

    @Test
    void freePlanCredits_leftOverExpireTwelveMonthsAfterCreation() {
        // Created 2026-03-01: credits usable in months before 2027-03-01, i.e. 2027-01 and 2027-02 only.
        Account account = new Account(LocalDate.of(2026, 3, 1), FreeTierRegime.FREE_PLAN, Money.of("100"), 12);
        var arch = architecture("a", "api-gateway", "api", new ApiGatewayRule.Config("http"));
        Projection p = new Estimator(CATALOG).estimate(scenario(3, account, workload(Map.of(Driver.REQUESTS, "10000000")),
                null, List.of(), arch), arch);
        // 10 USD a month: 10 and 10 from credits, then the remaining 80 have expired.
        assertThat(p.months()).extracting(m -> m.creditsLeft().amount().doubleValue()).containsExactly(90.0, 80.0, 0.0);
        assertThat(p.months()).extracting(m -> m.total().amount().doubleValue()).containsExactly(0.0, 0.0, 10.0);
    }

    @Test
    void budgetVerdicts_perMonthPerYearAndTotal() {
        var arch = architecture("a", "api-gateway", "api", new ApiGatewayRule.Config("http"));
        var load = workload(Map.of(Driver.REQUESTS, "10000000"));
        Estimator e = new Estimator(CATALOG);
        List<FixedCost> fees = List.of(new FixedCost("store", Money.of("25"), FixedCost.Recurrence.ONCE));
        // 10 USD a month of requests; 35 in month 1 with the one-time fee.
        BudgetVerdict monthly = e.estimate(scenario(3, Account.ALWAYS_FREE_ONLY, load,
                new Budget(Money.of("30"), Budget.Period.MONTH), fees, arch), arch).budget();
        assertThat(monthly.fits()).isFalse();
        assertThat(monthly.firstMonthOver()).isEqualTo(1);
        BudgetVerdict yearly = e.estimate(scenario(24, Account.ALWAYS_FREE_ONLY, load,
                new Budget(Money.of("140"), Budget.Period.YEAR), fees, arch), arch).budget();
        // year 1: 25 + 12 x 10 = 145 > 140, crossing in month 12 (25 + 11 x 10 = 135 before it)
        assertThat(yearly.firstMonthOver()).isEqualTo(12);
        BudgetVerdict total = e.estimate(scenario(6, Account.ALWAYS_FREE_ONLY, load,
                new Budget(Money.of("85"), Budget.Period.TOTAL), fees, arch), arch).budget();
        // cumulative 35, 45, 55, 65, 75, 85: never above 85
        assertThat(total.fits()).isTrue();
        assertThat(total.firstMonthOver()).isNull();
        assertThat(total.months()).extracting(m -> m.left().amount().doubleValue())
                .containsExactly(85 - 35.0, 85 - 45.0, 85 - 55.0, 85 - 65.0, 85 - 75.0, 0.0);
    }

    @Test
    void budgetMonths_showWhatIsSpentAgainstEachPeriod() {
        var arch = architecture("a", "api-gateway", "api", new ApiGatewayRule.Config("http"));
        Estimator e = new Estimator(CATALOG);
        // Requests listed month by month: 20M, 30M, 40M then 40M: 20, 30, 40, 40 USD.
        var growing = new dev.cloudplan.core.workload.Workload(Map.of(Driver.REQUESTS, new dev.cloudplan.core.workload.Series
                .Listed(List.of(d("20000000"), d("30000000"), d("40000000")))));
        BudgetVerdict total = e.estimate(scenario(4, Account.ALWAYS_FREE_ONLY, growing,
                new Budget(Money.of("80"), Budget.Period.TOTAL), List.of(), arch), arch).budget();
        assertThat(total.months()).extracting(m -> m.spent().amount().doubleValue())
                .containsExactly(20.0, 20 + 30.0, 20 + 30 + 40.0, 20 + 30 + 40 + 40.0);
        assertThat(total.months()).extracting(BudgetMonth::over).containsExactly(false, false, true, true);
        assertThat(total.firstMonthOver()).isEqualTo(3);
        assertThat(total.explanation()).contains("first exceeded in month 3 (2027-03): 90.00 USD against 80.00 USD");
        BudgetVerdict monthly = e.estimate(scenario(4, Account.ALWAYS_FREE_ONLY, growing,
                new Budget(Money.of("35"), Budget.Period.MONTH), List.of(), arch), arch).budget();
        assertThat(monthly.months()).extracting(m -> m.left().amount().doubleValue())
                .containsExactly(35 - 20.0, 35 - 30.0, 35 - 40.0, 35 - 40.0);
        assertThat(monthly.firstMonthOver()).isEqualTo(3);
        BudgetVerdict yearly = e.estimate(scenario(14, Account.ALWAYS_FREE_ONLY, growing,
                new Budget(Money.of("1000"), Budget.Period.YEAR), List.of(), arch), arch).budget();
        // Year 2 starts again in month 13.
        assertThat(yearly.months().get(11).spent().amount().doubleValue()).isEqualTo(20 + 30 + 40 + 9 * 40.0);
        assertThat(yearly.months().get(12).spent().amount().doubleValue()).isEqualTo(40.0);
        assertThat(yearly.fits()).isTrue();
    }

    @Test
    void shortHorizon_annualIsScaledAndSaidSo() {
        var arch = architecture("a", "api-gateway", "api", new ApiGatewayRule.Config("http"));
        Projection p = new Estimator(CATALOG).estimate(scenario(6, Account.ALWAYS_FREE_ONLY,
                workload(Map.of(Driver.REQUESTS, "10000000")), null, List.of(), arch), arch);
        assertThat(p.annual()).isEqualTo(Money.of("120.00"));
        assertThat(p.assumptions()).anyMatch(a -> a.contains("x 12 / 6"));
    }

    @Test
    void shortHorizon_annualCountsOneTimeCostsOnce() {
        // 6 months of 10M HTTP API requests (10 USD a month, as above) and a 25 USD one-time fixed cost:
        // annual = (6 x 10) x 12 / 6 + 25 = 145, not (60 + 25) x 12 / 6 = 170
        var arch = architecture("a", "api-gateway", "api", new ApiGatewayRule.Config("http"));
        Projection p = new Estimator(CATALOG).estimate(scenario(6, Account.ALWAYS_FREE_ONLY,
                workload(Map.of(Driver.REQUESTS, "10000000")), null,
                List.of(new FixedCost("registration", Money.of("25"), FixedCost.Recurrence.ONCE)), arch), arch);
        assertThat(p.annual()).isEqualTo(Money.of("145.00"));
        assertThat(p.assumptions()).anyMatch(a -> a.contains("except 25.00 USD paid once"));
    }
}
