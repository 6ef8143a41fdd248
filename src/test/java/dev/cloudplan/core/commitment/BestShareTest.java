package dev.cloudplan.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commitment arithmetic written out from one set of rates, and the best share's invariants over random fleets. */
class BestShareTest {
    private static final MathContext MC = MathContext.DECIMAL64;
    // m5.large in us-east-1: on-demand 0.096/h; reserved 1yr partial upfront standard 0.029/h + 252 upfront
    // (the AWS Price List record in examples/commitments.yaml).
    private static final BigDecimal OD = new BigDecimal("0.096");
    private static final BigDecimal REC = new BigDecimal("0.029");
    private static final BigDecimal FEE = new BigDecimal("252");
    private static final Rates ONE_YEAR = new Rates(OD, REC, FEE, 12);

    @Test
    void rates_breakEvenAndPayback() {
        BigDecimal effective = REC.add(FEE.divide(new BigDecimal("8760"), MC));   // 12 x 730 hours
        assertThat(ONE_YEAR.effectiveHourly()).isEqualByComparingTo(effective);
        assertThat(ONE_YEAR.breakEvenUtilisation()).isEqualByComparingTo(effective.divide(OD, MC));
        // 252 / (730 x (0.096 - 0.029)) = 252 / 48.91 = 5.15: month 6.
        assertThat(ONE_YEAR.cashPaybackMonth(BigDecimal.ONE)).isEqualTo(6);
        // At half use on-demand costs 730 x 0.048 = 35.04 a month, against 21.17 recurring: 252 / 13.87 = 18.2.
        assertThat(ONE_YEAR.cashPaybackMonth(new BigDecimal("0.5"))).isEqualTo(19);
        // At 30% use on-demand (21.024) is below the recurring part alone (21.17): never.
        assertThat(ONE_YEAR.cashPaybackMonth(new BigDecimal("0.3"))).isNull();
        assertThat(new Rates(OD, new BigDecimal("0.06"), BigDecimal.ZERO, 12).cashPaybackMonth(BigDecimal.ONE)).isEqualTo(1);
    }

    @Test
    void steadyFleet_cashAndAmortisedWrittenOut() {
        List<FleetMonth> months = new ArrayList<>();
        for (int m = 1; m <= 36; m++) {
            months.add(FleetMonth.steady(m, 2));
        }
        BestShare s = BestShare.of(ONE_YEAR, months);
        BigDecimal hours = new BigDecimal("730").multiply(new BigDecimal("36"));
        assertThat(s.onDemand().cash()).isEqualByComparingTo(hours.multiply(new BigDecimal("2")).multiply(OD)); // 5,045.76
        // Two committed, fees in months 1, 13 and 25: 2 x (3 x 252 + 26,280 x 0.029) = 3,036.24.
        BigDecimal committed = new BigDecimal("2").multiply(FEE.multiply(new BigDecimal("3")).add(hours.multiply(REC)));
        assertThat(s.allCommitted().cash()).isEqualByComparingTo(committed);
        assertThat(s.best().committed()).isEqualByComparingTo("2");
        // One committed, one on demand.
        BigDecimal one = FEE.multiply(new BigDecimal("3")).add(hours.multiply(REC)).add(hours.multiply(OD));
        assertThat(s.options().get(1).cash()).isEqualByComparingTo(one);
        assertThat(s.allCommitted().amortised()).isEqualByComparingTo(committed);   // three whole terms
        assertThat(s.allCommitted().paybackMonth()).isEqualTo(6);
        assertThat(s.floor()).isEqualByComparingTo("2");
    }

    @Test
    void peakOnlyInstances_areLeftOnDemand() {
        // 1 instance all day, 3 for 6 hours a day (182.5 hours a month): the two peak-only ones run 25% of the hours,
        // below the 60% break-even, so committing the floor (1) is best.
        BigDecimal peakHours = new BigDecimal("182.5");
        BigDecimal hours = new BigDecimal("730").add(peakHours.multiply(new BigDecimal("2")));
        List<FleetMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new FleetMonth(m, 3, 1, peakHours, hours));
        }
        BestShare s = BestShare.of(ONE_YEAR, months);
        assertThat(s.best().committed()).isEqualByComparingTo("1");
        assertThat(s.floor()).isEqualByComparingTo("1");
        // 252 + 12 x (730 x 0.029 + 365 x 0.096)
        BigDecimal expected = FEE.add(new BigDecimal("12").multiply(new BigDecimal("730").multiply(REC)
                .add(new BigDecimal("365").multiply(OD))));
        assertThat(s.best().cash()).isEqualByComparingTo(expected);
        assertThat(months.get(0).onDemandHours(2)).isEqualByComparingTo("182.5");
    }

    @Test
    void staggered_commitsEachYearsFloorFromItsFirstMonth() {
        // 1 instance all of year 1, 2 in year 2, 3 in year 3; 1-year No Upfront at 0.06 against 0.096 on demand.
        Rates noUpfront = new Rates(OD, new BigDecimal("0.06"), BigDecimal.ZERO, 12);
        List<FleetMonth> months = new ArrayList<>();
        for (int m = 1; m <= 36; m++) {
            months.add(FleetMonth.steady(m, (m - 1) / 12 + 1));
        }
        BestShare s = BestShare.of(noUpfront, months);
        BigDecimal year = new BigDecimal("8760");
        // Bought 1 in month 1, +1 in month 13, +1 in month 25: every running hour committed, 8,760 x 0.06 x (1+2+3).
        assertThat(s.staggered().tranches()).extracting(BestShare.Tranche::month).containsExactly(1, 13, 25);
        assertThat(s.staggered().cash()).isEqualByComparingTo(year.multiply(new BigDecimal("0.06")).multiply(new BigDecimal("6")));
        // Once for the whole horizon the best is 2: 2 x 26,280 x 0.06 + 8,760 x 0.096 (year 3's third) = 3,994.56.
        assertThat(s.best().committed()).isEqualByComparingTo("2");
        assertThat(s.best().cash()).isEqualByComparingTo(new BigDecimal("2").multiply(new BigDecimal("26280"))
                .multiply(new BigDecimal("0.06")).add(year.multiply(OD)));
        // With an upfront fee, each tranche pays it at its own term starts: month 13's in months 13 and 25.
        Rates partial = ONE_YEAR;
        BestShare p = BestShare.of(partial, months);
        assertThat(p.staggered().cash()).isEqualByComparingTo(FEE.multiply(new BigDecimal("6"))
                .add(year.multiply(REC).multiply(new BigDecimal("6"))));
        assertThat(p.staggered().amortised()).isEqualByComparingTo(p.staggered().cash());   // whole terms only
    }

    @Test
    void spendLevels_halfHourlyAmounts() {
        // A Savings Plan's unit: 1 USD/h of on-demand spend at a ratio of 0.8; 0.30 USD/h all day and 0.50 for 6 h.
        Rates plan = new Rates(BigDecimal.ONE, new BigDecimal("0.8"), BigDecimal.ZERO, 12);
        BigDecimal peakHours = new BigDecimal("182.5");
        BigDecimal spend = new BigDecimal("0.30").multiply(new BigDecimal("730"))
                .add(new BigDecimal("0.20").multiply(peakHours));                  // 219 + 36.5 = 255.5 a month
        List<FleetMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new FleetMonth(m, new BigDecimal("0.50"), new BigDecimal("0.30"), peakHours, spend));
        }
        BestShare s = BestShare.atLevels(plan, months);
        assertThat(s.options()).extracting(BestShare.Option::committed).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("0.3"), new BigDecimal("0.5"));
        // The floor: 12 x (0.30 x 730 x 0.8 + 36.5 on demand) = 12 x 211.7 = 2,540.40; the peak's extra 0.20 USD/h
        // is used 25% of the hours, below the 80% break-even.
        assertThat(s.best().committed()).isEqualByComparingTo("0.3");
        assertThat(s.best().cash()).isEqualByComparingTo(new BigDecimal("12").multiply(new BigDecimal("0.30")
                .multiply(new BigDecimal("730")).multiply(new BigDecimal("0.8")).add(new BigDecimal("36.5"))));
        assertThat(s.onDemand().cash()).isEqualByComparingTo(spend.multiply(new BigDecimal("12")));
    }

    @Test
    void best_isNeverWorseThanAllOnDemandOrAllCommitted() {
        qt().withExamples(300).forAll(integers().between(1, 8), integers().between(0, 8), integers().between(1, 23),
                integers().between(1, 48)).checkAssert((peak, offRaw, hoursPerDay, horizon) -> {
                    int off = Math.min(offRaw, peak);
                    List<FleetMonth> months = new ArrayList<>();
                    for (int m = 1; m <= horizon; m++) {
                        int p = Math.max(1, peak + (m % 3) - 1);   // a fleet that moves month to month
                        int o = Math.min(off, p);
                        BigDecimal ph = new BigDecimal("730").multiply(BigDecimal.valueOf(hoursPerDay))
                                .divide(new BigDecimal("24"), MC);
                        BigDecimal h = ph.multiply(BigDecimal.valueOf(p))
                                .add(new BigDecimal("730").subtract(ph).multiply(BigDecimal.valueOf(o)));
                        months.add(new FleetMonth(m, p, o, ph, h));
                    }
                    for (Rates r : List.of(ONE_YEAR, new Rates(OD, new BigDecimal("0.019"), new BigDecimal("505"), 36),
                            new Rates(OD, new BigDecimal("0.06"), BigDecimal.ZERO, 12))) {
                        BestShare s = BestShare.of(r, months);
                        assertThat(s.best().cash()).isLessThanOrEqualTo(s.onDemand().cash())
                                .isLessThanOrEqualTo(s.onDemand().cash().max(s.allCommitted().cash()));
                        assertThat(s.best().cash()).isLessThanOrEqualTo(s.allCommitted().cash());
                        assertThat(s.bestAmortised().amortised()).isLessThanOrEqualTo(s.onDemand().amortised())
                                .isLessThanOrEqualTo(s.allCommitted().amortised().max(s.onDemand().amortised()));
                        assertThat(s.onDemand().committed()).isZero();
                        s.options().forEach(o -> assertThat(o.cash()).isGreaterThanOrEqualTo(s.best().cash()));
                        // Pricing only the levels held (what a Savings Plan or capacity units use) finds the same least
                        // cost as pricing every count: the cost is convex and piecewise linear between them.
                        BestShare levels = BestShare.atLevels(r, months);
                        assertThat(levels.best().cash()).isEqualByComparingTo(s.best().cash());
                        assertThat(levels.bestAmortised().amortised()).isEqualByComparingTo(s.bestAmortised().amortised());
                        assertThat(levels.options()).hasSizeLessThanOrEqualTo(s.options().size());
                    }
                });
    }
}
