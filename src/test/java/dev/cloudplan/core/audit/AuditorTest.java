package dev.cloudplan.core.audit;

import static dev.cloudplan.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudplan.Fixtures;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each cause from a hand-made claim against hand-made lines priced from a small test catalog (its prices are test
 * figures, not AWS's). Every expected difference is written out from those prices.
 */
class AuditorTest {
    private static final String EC2 = "instanceType=t4g.medium";
    private static final PriceCatalog CATALOG = new PriceCatalog(new CatalogInfo("test", Fixtures.TODAY, "test"),
            List.of(Fixtures.price("AmazonApiGateway", "requests", "apiType=HTTP", "Requests", "0.000001"),
                    Fixtures.price("AmazonEC2", "instance-hours", EC2, "Hrs", "0.0336"),
                    in("eu-west-1", "AmazonEC2", "instance-hours", EC2, "Hrs", "0.0368"),
                    Fixtures.price("AmazonDynamoDB", "storage", "tableClass=Standard", "GB-Mo", "0.25"),
                    Fixtures.price("AmazonDynamoDB", "write-request-units", "", "WriteRequestUnits", "0.000000625"),
                    Fixtures.price("AmazonS3", "storage", "", "GB-Mo", "0.023")),
            List.of(Fixtures.allowance(FreeTierRegime.LEGACY_12_MONTH, "AmazonApiGateway", "requests", "apiType=HTTP",
                    "1000000", "Requests", null),
                    Fixtures.allowance(FreeTierRegime.ALWAYS, "AmazonDynamoDB", "storage", "tableClass=Standard", "25",
                            "GB-Mo", null)));

    private static Price in(String region, String service, String charge, String attributes, String unit, String usd) {
        return new Price(service, region, charge, Attributes.parse(attributes), unit, BigDecimal.ZERO, null, d(usd),
                Fixtures.TODAY, "test fixture", "test fixture price", "", Grade.TRANSCRIBED, "test fixture");
    }

    /** A line as the estimator writes it: (quantity - free) x unit price, to the cent. */
    static LineItem line(String component, String service, String charge, String quantity, String unit, String usd,
            String free) {
        BigDecimal exact = d(quantity).subtract(d(free)).multiply(d(usd));
        return new LineItem(component, service, charge, charge + " line", d(quantity), unit, d(usd), d(free),
                Money.of(exact.setScale(2, RoundingMode.HALF_UP)), Money.of(exact), "test", null, "test price",
                "test", Fixtures.TODAY, 0, Grade.TRANSCRIBED);
    }

    static final LineItem API = line("api", "AmazonApiGateway", "requests", "100000000", "Requests", "0.000001", "0");
    static final LineItem VM = line("app", "AmazonEC2", "instance-hours", "730", "Hrs", "0.0336", "0");
    static final LineItem STORAGE = line("table", "AmazonDynamoDB", "storage", "50", "GB-Mo", "0.25", "25");
    static final LineItem WRITES = line("writes", "AmazonDynamoDB", "write-request-units", "10000000",
            "WriteRequestUnits", "0.000000625", "0");
    static final LineItem ASSETS = line("assets", "AmazonS3", "storage", "20", "GB-Mo", "0.023", "0");

    static Projection projection(List<LineItem> lines) {
        Money total = Money.ZERO;
        for (LineItem l : lines) {
            total = total.plus(l.cost());
        }
        MonthCost m = new MonthCost(1, YearMonth.of(2027, 1), lines, total, total, total, List.of(), Money.ZERO,
                Money.ZERO);
        return new Projection("a", "test", List.of(m), total, total, total, null, List.of(), List.of());
    }

    static Claim claim(String component, String total, String quantity, String unitPrice) {
        return new Claim(component + " claim", Claim.Scope.LINES, List.of(component), null, null, Claim.Period.month(1),
                total == null ? null : d(total), total == null ? 2 : Math.max(0, d(total).stripTrailingZeros().scale()), BigDecimal.ZERO,
                quantity == null ? null : d(quantity), unitPrice == null ? null : d(unitPrice), unitPrice, null, null,
                null, new Claim.Place("claims.yaml", 1, 1));
    }

    static Stream<Arguments> causes() {
        return Stream.of(
                // 99M billable, the legacy 1M HTTP API allowance subtracted: 99,000,000 x 0.000001 - 100,000,000 x 0.000001
                Arguments.of(API, claim("api", "99.00", "99000000", "0.000001"), Cause.FREE_TIER_NOT_APPLICABLE,
                        "-1.00"),
                // all 50 GB billed though 25 are free: 50 x 0.25 - (50 - 25) x 0.25
                Arguments.of(STORAGE, claim("table", "12.50", "50", "0.25"), Cause.FREE_TIER_MISSED, "6.25"),
                // the total alone, which is the bill without its free quantity: 50 x 0.25 = 12.50
                Arguments.of(STORAGE, claim("table", "12.50", null, null), Cause.FREE_TIER_MISSED, "6.25"),
                // eu-west-1's test price: 730 x 0.0368 = 26.864, claimed as 26.86; cloudplan 730 x 0.0336 = 24.528 -> 24.53
                Arguments.of(VM, claim("app", "26.86", null, "0.0368"), Cause.OTHER_REGION, "2.33"),
                // the total alone at eu-west-1's price: 730 x 0.0368 = 26.864 -> 26.86
                Arguments.of(VM, claim("app", "26.86", null, null), Cause.OTHER_REGION, "2.33"),
                // a price no region has: 730 x 0.02 = 14.60 against 24.53
                Arguments.of(VM, claim("app", "14.60", null, "0.02"), Cause.WRONG_PRICE, "-9.93"),
                // a month of 720 hours: 720 x 0.0336 = 24.192 -> 24.19 against 24.53
                Arguments.of(VM, claim("app", "24.19", "720", "0.0336"), Cause.UNIT_MISTAKE, "-0.34"),
                // 20 GB counted as 20 x 1,024 = 20,480 GB: 20,480 x 0.023 = 471.04 against 20 x 0.023 = 0.46
                Arguments.of(ASSETS, claim("assets", "471.04", "20480", null), Cause.UNIT_MISTAKE, "470.58"),
                // $0.50 written to one decimal place (±0.05) against 20 x 0.023 = 0.46
                Arguments.of(ASSETS, claim("assets", "0.50", null, null), Cause.ROUNDING, "0.04"),
                // 0.47, written to the cent (±0.005), is no rounding of 0.46 and no test price x 20 GB: derived differently
                Arguments.of(ASSETS, claim("assets", "0.47", null, null), Cause.QUANTITY, "0.01"),
                // (25) GB at 0.25 = 6.25, the same
                Arguments.of(STORAGE, claim("table", "6.25", null, null), Cause.AGREES, "0"),
                // writes claimed free: 0 - 10,000,000 x 0.000000625
                Arguments.of(WRITES, claim("writes", "0", null, null), Cause.LEFT_OUT, "-6.25"),
                // 12M writes at the catalog price: (12,000,000 - 10,000,000) x 0.000000625 = 1.25
                Arguments.of(WRITES, claim("writes", "7.50", "12000000", "0.000000625"), Cause.QUANTITY, "1.25"));
    }

    @ParameterizedTest
    @MethodSource("causes")
    void eachCauseIsComputedFromTheCatalog(LineItem line, Claim claim, Cause cause, String difference) {
        List<Finding> findings = new Auditor(new PriceFacts(CATALOG, "us-east-1")).audit(projection(List.of(line)),
                List.of(claim));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(cause, f.cause(), f.parts().toString());
        assertEquals(Money.of(difference), f.difference());
        assertEquals(f.difference(), f.parts().stream().map(Finding.Part::amount).reduce(Money.ZERO, Money::plus),
                "the parts add up to the difference");
    }

    @Test
    void aReadClaimAtAnOldPriceAndAWrongQuantitySplitsIntoBoth() {
        LineItem reads = line("reads", "AmazonDynamoDB", "read-request-units", "50000000", "ReadRequestUnits",
                "0.000000125", "0");
        // claimed 75M x 0.00000025 = 18.75 against 50M x 0.000000125 = 6.25: the quantity's share
        // (75M - 50M) x 0.000000125 = 3.125, the price's 75M x (0.00000025 - 0.000000125) = 9.375
        List<Finding> findings = new Auditor(new PriceFacts(CATALOG, "us-east-1")).audit(projection(List.of(reads)),
                List.of(claim("reads", "18.75", "75000000", "0.00000025")));
        Finding f = findings.get(0);
        assertEquals(Money.of("12.50"), f.difference());
        assertEquals(List.of(Cause.WRONG_PRICE, Cause.QUANTITY), f.parts().stream().map(Finding.Part::cause).toList());
        Money price = f.parts().get(0).amount();
        Money quantity = f.parts().get(1).amount();
        assertTrue(price.amount().subtract(d("9.375")).abs().compareTo(d("0.005")) <= 0, price.toString());
        assertTrue(quantity.amount().subtract(d("3.125")).abs().compareTo(d("0.005")) <= 0, quantity.toString());
        assertEquals(Money.of("12.50"), price.plus(quantity));
    }

    @Test
    void linesNoClaimCoversAreCostsLeftOutAndEverythingIsRankedByMoney() {
        List<LineItem> lines = List.of(VM, STORAGE, WRITES);
        Claim aws = new Claim("AWS subtotal", Claim.Scope.AWS, List.of(), null, null, Claim.Period.month(1), d("30.00"),
                0, BigDecimal.ZERO, null, null, null, null, null, null, new Claim.Place("claims.yaml", 9, 1));
        // VM: 15.00 against 24.53 (-9.53); storage: 12.50 against 6.25 (+6.25); writes unclaimed: -6.25
        List<Finding> findings = new Auditor(new PriceFacts(CATALOG, "us-east-1")).audit(projection(lines),
                List.of(claim("app", "15.00", null, null), claim("table", "12.50", null, null), aws));
        List<String> order = new ArrayList<>(findings.stream().map(f -> f.claim().item()).toList());
        // the subtotal: 30.00 against 24.53 + 6.25 + 6.25 = 37.03, -7.03
        assertEquals(List.of("app claim", "AWS subtotal", "table claim", "writes: write-request-units line"), order);
        Finding left = findings.get(3);
        assertTrue(left.unclaimed());
        assertEquals(Cause.LEFT_OUT, left.cause());
        assertEquals(Money.of("-6.25"), left.difference());
        Finding subtotal = findings.get(1);
        assertEquals(Money.of("-7.03"), subtotal.difference());
        assertEquals(subtotal.difference(), subtotal.parts().stream().map(Finding.Part::amount)
                .reduce(Money.ZERO, Money::plus));
        // the estimate's own lines add up to 15.00 + 12.50 + 0 = 27.50, not 30.00: +2.50 of its own arithmetic
        assertTrue(subtotal.parts().stream().anyMatch(p -> p.cause() == Cause.UNIT_MISTAKE
                && p.amount().equals(Money.of("2.50"))), subtotal.parts().toString());
    }

    @Test
    void withoutASubtotalAClaimOfOneLineSaysNothingOfTheOthers() {
        List<Finding> findings = new Auditor(new PriceFacts(CATALOG, "us-east-1"))
                .audit(projection(List.of(VM, STORAGE, WRITES)), List.of(claim("app", "24.53", null, null)));
        assertEquals(List.of("app claim"), findings.stream().map(f -> f.claim().item()).toList());
    }

    @Test
    void aRangeAgreesInsideAndIsMeasuredFromItsNearestEndOutside() {
        Claim inside = new Claim("vm", Claim.Scope.LINES, List.of("app"), null, null, Claim.Period.month(1), d("25"),
                0, d("5"), null, null, null, null, null, null, new Claim.Place("c.yaml", 1, 1));
        Claim above = new Claim("vm", Claim.Scope.LINES, List.of("app"), null, null, Claim.Period.month(1), d("40"),
                0, d("5"), null, null, null, null, null, null, new Claim.Place("c.yaml", 1, 1));
        Auditor auditor = new Auditor(new PriceFacts(CATALOG, "us-east-1"));
        // $20-30 holds 730 x 0.0336 = 24.53
        Finding in = auditor.audit(projection(List.of(VM)), List.of(inside)).get(0);
        assertEquals(Cause.AGREES, in.cause());
        assertEquals(Money.ZERO, in.difference());
        // $35-45: its nearest end, 35.00, against 24.53
        Finding out = auditor.audit(projection(List.of(VM)), List.of(above)).get(0);
        assertEquals(Money.of("10.47"), out.difference());
    }

    @Test
    void aClaimOfAnUnpricedChargeIsNotPricedNeverADifferenceOfTheWholeClaim() {
        Money total = VM.cost();
        MonthCost m = new MonthCost(1, YearMonth.of(2027, 1), List.of(VM), total, total, total,
                List.of(new dev.cloudplan.core.projection.UnpricedCharge("cache", "instance_type", "Cache nodes",
                        "no price")), Money.ZERO, Money.ZERO);
        Projection p = new Projection("a", "test", List.of(m), total, total, total, null, List.of(), List.of());
        Finding f = new Auditor(new PriceFacts(CATALOG, "us-east-1")).audit(p, List.of(claim("cache", "12.41", null,
                null))).get(0);
        assertEquals(Cause.NOT_PRICED, f.cause());
        assertEquals(null, f.cloudplan());
        assertEquals(null, f.difference());
    }

    @Test
    void aSumOfMonthlyTotalsIsSplitByTheMonthsCauses() {
        LineItem month2 = line("app", "AmazonEC2", "instance-hours", "730", "Hrs", "0.0336", "0");
        Money cost = month2.cost();
        List<MonthCost> months = List.of(
                new MonthCost(1, YearMonth.of(2027, 1), List.of(VM), cost, cost, cost, List.of(), Money.ZERO, Money.ZERO),
                new MonthCost(2, YearMonth.of(2027, 2), List.of(month2), cost, cost, cost.plus(cost), List.of(),
                        Money.ZERO, Money.ZERO));
        Projection p = new Projection("a", "test", months, cost.plus(cost), cost.plus(cost), cost.plus(cost), null,
                List.of(), List.of());
        Claim.Place at = new Claim.Place("c.yaml", 1, 1);
        Claim first = new Claim("m1", Claim.Scope.AWS, List.of(), null, null, Claim.Period.month(1), d("20"), 0,
                BigDecimal.ZERO, null, null, null, null, null, null, at);
        Claim second = new Claim("m2", Claim.Scope.AWS, List.of(), null, null, Claim.Period.month(2), d("30"), 0,
                BigDecimal.ZERO, null, null, null, null, null, null, at);
        Claim both = new Claim("both", Claim.Scope.AWS, List.of(), null, null,
                new Claim.Period(Claim.Period.Kind.HORIZON, 0), d("60"), 0, BigDecimal.ZERO, null, null, null, null,
                null, null, at);
        Finding sum = new Auditor(new PriceFacts(CATALOG, "us-east-1")).audit(p, List.of(first, second, both)).stream()
                .filter(f -> f.claim().item().equals("both")).findFirst().orElseThrow();
        // 60 against 2 x 24.53 = 49.06: the months' own differences (20 - 24.53) + (30 - 24.53) = 0.94, and the
        // estimate's addition, 60 - (20 + 30) = 10.00
        assertEquals(Money.of("10.94"), sum.difference());
        assertTrue(sum.parts().stream().anyMatch(x -> x.cause() == Cause.UNIT_MISTAKE
                && x.amount().equals(Money.of("10.00"))), sum.parts().toString());
        assertEquals(sum.difference(), sum.parts().stream().map(Finding.Part::amount).reduce(Money.ZERO, Money::plus));
    }

    @Test
    void twoClaimsOfOneLineAreRefusedAtTheSecond() {
        Claim second = new Claim("again", Claim.Scope.LINES, List.of("app"), null, Pattern.compile(".*"),
                Claim.Period.month(1), d("1"), 0, BigDecimal.ZERO, null, null, null, null, null, null, new Claim.Place("c.yaml", 7, 9));
        AuditException e = assertThrows(AuditException.class, () -> new Auditor(new PriceFacts(CATALOG, "us-east-1"))
                .audit(projection(List.of(VM)), List.of(claim("app", "1", null, null), second)));
        assertEquals(7, e.place().line());
        assertTrue(e.fix().contains("charge:"), e.fix());
    }

    @Test
    void aClaimOfNoLineNamesTheComponentsThereAre() {
        AuditException e = assertThrows(AuditException.class, () -> new Auditor(new PriceFacts(CATALOG, "us-east-1"))
                .audit(projection(List.of(VM)), List.of(claim("db", "1", null, null))));
        assertTrue(e.fix().contains("app (AmazonEC2)"), e.fix());
    }
}
