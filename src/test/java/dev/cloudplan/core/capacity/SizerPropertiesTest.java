package dev.cloudplan.core.capacity;

import static dev.cloudplan.Fixtures.architecture;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import dev.cloudplan.core.pricing.rules.Ec2Rule;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.Workload;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Auto-sizing through the Estimator with the bundled catalog (us-east-1 prices) and limits: an EC2 component with
 * {@code instance_type: auto, families: t3, t4g, count: auto} (1 to 20, target 70%), over request rates from 1M to
 * 20B a month. Properties, not figures: each holds for every rate tried.
 */
class SizerPropertiesTest {
    static final LoadedCatalog CATALOG = CatalogLoader.bundled();
    static final CapacityData DATA = LimitsLoader.with(CATALOG.instanceTypes());
    static final Sizing AUTO = new Sizing(true, List.of("t3", "t4g"), true, 1, 20, d("0.70"));
    static final AppWork WORK = new AppWork(AppWork.DEFAULT_CPU_MS, AppWork.DEFAULT_CONNECTION_KB,
            AppWork.DEFAULT_BASE_GB, BigDecimal.ONE);
    /** Requests a month; 2B is 761/s on average, 1,522/s at the default 2x peak. */
    static final List<String> RATES = List.of("1000000", "3000000", "10000000", "30000000", "100000000", "200000000",
            "500000000", "1000000000", "2000000000", "5000000000", "20000000000");
    static final String USERS = "2000";

    static Ec2Rule.Config ec2(String type, int count, Sizing sizing) {
        return new Ec2Rule.Config(type, count, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0, 3000, d("125"),
                BigDecimal.ZERO, d("730"), sizing, WORK, true);
    }

    static Workload workload(String requestsPerMonth) {
        return dev.cloudplan.Fixtures.workload(Map.of(Driver.REQUESTS, requestsPerMonth, Driver.CONCURRENT_USERS, USERS));
    }

    static Projection estimate(Architecture a, Workload w) {
        return new Estimator(CATALOG.prices(), DATA).estimate(scenario(1, Account.ALWAYS_FREE_ONLY, w, null, List.of(),
                a), a);
    }

    static PlannedComponent planned(Projection p) {
        return p.capacity().get(0).component("app").orElseThrow();
    }

    /** The checks of a configuration as the planner makes them, in a phase of the day. */
    static List<CapacityCheck> checks(Ec2Rule.Config c, WorkloadMonth w, Phase phase) {
        return new CapacityPlanner(DATA, (x, y, z) -> null).checks("app", "ec2", c, new PeakLoad(w, phase),
                new Assumptions());
    }

    static boolean allOk(List<CapacityCheck> checks) {
        return checks.stream().allMatch(k -> k.status() == Status.OK);
    }

    static List<String> candidateTypes() {
        List<String> out = new ArrayList<>();
        for (InstanceType t : CATALOG.instanceTypes().types()) {
            String family = t.name().substring(0, t.name().lastIndexOf('.'));
            if (t.service().equals("AmazonEC2") && t.currentGeneration() && List.of("t3", "t4g").contains(family)) {
                out.add(t.name());
            }
        }
        return out;
    }

    /** The fewest units of {@code type} whose checks are all within the target; null when 20 do not do it. */
    static Integer fewestFitting(String type, WorkloadMonth w, Phase phase) {
        for (int n = 1; n <= 20; n++) {
            if (allOk(checks(ec2(type, n, Sizing.FIXED), w, phase))) {
                return n;
            }
        }
        return null;
    }

    @Test
    void candidates_areTheFourteenT3AndT4gTypes() {
        // nano, micro, small, medium, large, xlarge, 2xlarge of each family (instance-types.csv)
        assertThat(candidateTypes()).hasSize(14);
    }

    @Test
    void utilisation_risesWithLoad_forAFixedTypeAndCount() {
        Architecture a = architecture("a", "ec2", "app", ec2("t3.medium", 2, Sizing.FIXED));
        Map<String, BigDecimal> last = new java.util.HashMap<>();
        for (String rate : RATES) {
            for (CapacityCheck k : planned(estimate(a, workload(rate))).checks()) {
                BigDecimal before = last.get(k.resource());
                if (before != null) {
                    assertThat(k.utilisation()).as(k.resource() + " at " + rate).isGreaterThanOrEqualTo(before);
                }
                last.put(k.resource(), k.utilisation());
            }
        }
        // the CPU figure itself: 20B / 2,628,000 s x 2 x 10 ms / (2 x 2 vCPU)
        assertThat(last.get("CPU").doubleValue()).isCloseTo(20e9 / 2_628_000 * 2 * 10 / 1000 / 4,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void auto_neverPicksAnOverType_whenAFittingOneExists_andCostsNoMoreThanAnyFittingFixedPlan() {
        Architecture auto = architecture("a", "ec2", "app", ec2("auto", 1, AUTO));
        int fitted = 0;
        for (String rate : RATES) {
            Workload w = workload(rate);
            WorkloadMonth month = w.month(1);
            Projection p = estimate(auto, w);
            PlannedComponent chosen = planned(p);
            BigDecimal autoCost = p.months().get(0).total().amount();
            boolean anyFits = false;
            for (String type : candidateTypes()) {
                Integer n = fewestFitting(type, month, Phase.PEAK);
                if (n == null) {
                    continue;
                }
                anyFits = true;
                // the same type and count running all month carries the peak; auto may scale in, never cost more
                BigDecimal fixed = estimate(architecture("a", "ec2", "app", ec2(type, n, Sizing.FIXED)), w).months().get(0)
                        .total().amount();
                assertThat(autoCost).as("auto at %s vs %s x %d", rate, type, n).isLessThanOrEqualTo(fixed);
            }
            if (anyFits) {
                fitted++;
                assertThat(chosen.checks()).as("at " + rate + ": " + chosen.decision())
                        .allSatisfy(k -> assertThat(k.status()).as(k.resource()).isEqualTo(Status.OK));
            } else {
                assertThat(chosen.decision()).as("at " + rate).contains("no candidate");
            }
        }
        assertThat(fitted).as("most rates have a fitting type").isGreaterThanOrEqualTo(RATES.size() - 2);
    }

    @Test
    void monthlyCost_neverFalls_asThePeakGrows() {
        Architecture auto = architecture("a", "ec2", "app", ec2("auto", 1, AUTO));
        BigDecimal last = null;
        String lastRate = null;
        for (String rate : RATES) {
            BigDecimal cost = estimate(auto, workload(rate)).months().get(0).total().amount();
            if (last != null) {
                assertThat(cost).as("%s/month after %s/month", rate, lastRate).isGreaterThanOrEqualTo(last);
            }
            last = cost;
            lastRate = rate;
        }
    }

    @Test
    void countAuto_offPeakIsAtMostThePeak_isTheFewestThatCarryTheOffPeakLoad_andBillsTheAverageHours() {
        Architecture auto = architecture("a", "ec2", "app", ec2("auto", 1, AUTO));
        for (String rate : RATES) {
            Workload w = workload(rate);
            PlannedComponent chosen = planned(estimate(auto, w));
            Ec2Rule.Config c = (Ec2Rule.Config) chosen.config();
            int peak = c.count();
            assertThat(peak).isBetween(1, 20);
            // off-peak: the fewest of the chosen type within the target at the off-peak load, never more than at peak
            Integer fewestOff = fewestFitting(c.instanceType(), w.month(1), Phase.OFF_PEAK);
            int off = fewestOff == null ? 20 : Math.min(fewestOff, peak);
            // ... and, for a burstable type, enough that the fleet earns the day's credits: the whole day checked at
            // the busiest hour with the average hours each
            while (off < peak && !allOk(checks(ec2Hours(c.instanceType(), peak, hoursEach(peak, off)), w.month(1),
                    Phase.PEAK))) {
                off++;
            }
            assertThat(off).as("at " + rate).isLessThanOrEqualTo(peak);
            BigDecimal expected = hoursEach(peak, off);
            assertThat(c.hoursEach()).as("hours each at %s: %d at peak, %d off-peak", rate, peak, off)
                    .isEqualByComparingTo(expected);
            assertThat(c.hoursEach()).isLessThanOrEqualTo(d("730"));
        }
    }

    /** Hours each = (4 h x peak + 20 h x off-peak) / 24 x 730 / peak (docs/spec.md#auto-sizing). */
    static BigDecimal hoursEach(int peak, int off) {
        return off == peak ? d("730") : BigDecimal.valueOf(4L * peak + 20L * off).multiply(d("730"))
                .divide(BigDecimal.valueOf(24L * peak), 4, RoundingMode.HALF_UP);
    }

    static Ec2Rule.Config ec2Hours(String type, int count, BigDecimal hoursEach) {
        return new Ec2Rule.Config(type, count, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0, 3000, d("125"),
                BigDecimal.ZERO, hoursEach, Sizing.FIXED, WORK, true);
    }
}
