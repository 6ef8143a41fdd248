package dev.cloudplan.core.capacity;

import static dev.cloudplan.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.Series;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The daily peak model (docs/spec.md#peak): the busiest hours run at factor x the average rate, the other hours at the
 * rate that keeps the day's total. A month has 730 h x 3,600 s = 2,628,000 seconds.
 */
class LoadProfileTest {
    /** 2,628,000,000 requests a month over 2,628,000 s = 1,000 requests/s on average. */
    static final BigDecimal THOUSAND_A_SECOND = d("2628000000");

    static WorkloadMonth month(LoadProfile profile, Map<Driver, BigDecimal> values) {
        return new WorkloadMonth(1, values, Map.of(), profile);
    }

    static LoadProfile profile(String factor, String hours) {
        return new LoadProfile(d(factor), d(hours), Map.of(), Map.of(), true);
    }

    @Test
    void default_isTwiceTheAverageForFourHours_andNotStated() {
        assertThat(LoadProfile.DEFAULT.factor()).isEqualByComparingTo("2");
        assertThat(LoadProfile.DEFAULT.hoursPerDay()).isEqualByComparingTo("4");
        assertThat(LoadProfile.DEFAULT.stated()).isFalse();
        assertThat(LoadProfile.DEFAULT.describe(Driver.REQUESTS)).contains("2 x").contains("4 h").contains("default");
        // A WorkloadMonth made without a profile uses the default.
        WorkloadMonth w = new WorkloadMonth(1, Map.of(Driver.REQUESTS, THOUSAND_A_SECOND), Map.of());
        assertThat(w.profile()).isEqualTo(LoadProfile.DEFAULT);
        // 1,000/s average x 2
        assertThat(w.peakRate(Driver.REQUESTS)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2000"));
    }

    @Test
    void average_isTheMonthlyFigureOverTheSecondsOfA730HourMonth() {
        assertThat(LoadProfile.SECONDS_PER_MONTH).isEqualByComparingTo(BigDecimal.valueOf(730L * 3600));
        WorkloadMonth w = month(LoadProfile.DEFAULT, Map.of(Driver.REQUESTS, d("100000000")));
        // 100M / 2,628,000 s = 38.0517... requests/s
        assertThat(LoadProfile.DEFAULT.averagePerSecond(Driver.REQUESTS, w).doubleValue())
                .isCloseTo(100_000_000.0 / 2_628_000, within(1e-9));
    }

    @Test
    void peak_isMonthlyOverSecondsTimesTheFactor() {
        LoadProfile p = profile("3", "4");
        WorkloadMonth w = month(p, Map.of(Driver.REQUESTS, d("50000000"), Driver.DB_READS, THOUSAND_A_SECOND));
        // 50M / 2,628,000 x 3
        assertThat(p.peak(Driver.REQUESTS, w).doubleValue()).isCloseTo(50_000_000.0 / 2_628_000 * 3, within(1e-9));
        // 1,000/s x 3 (every rate without its own factor takes the general one)
        assertThat(p.peak(Driver.DB_READS, w)).isEqualByComparingTo("3000");
    }

    @Test
    void offPeak_keepsTheDaysTotal() {
        LoadProfile p = LoadProfile.DEFAULT;
        WorkloadMonth w = month(p, Map.of(Driver.REQUESTS, THOUSAND_A_SECOND));
        // (24 h x 1,000 - 4 h x 2,000) / (24 - 4) h = 16,000 / 20 = 800 requests/s
        assertThat(p.offPeak(Driver.REQUESTS, w)).isEqualByComparingTo("800");
    }

    @Test
    void offPeak_keepsTheDaysTotal_forManyFactorsAndHours() {
        List<String> factors = List.of("1", "1.5", "2", "3", "4", "5.5", "6");
        List<String> hours = List.of("1", "2", "3.5", "4", "6", "8", "12", "16", "23");
        BigDecimal monthly = d("123456789");
        double average = 123_456_789.0 / 2_628_000;
        for (String f : factors) {
            for (String h : hours) {
                if (Double.parseDouble(f) * Double.parseDouble(h) > 24) {
                    continue; // refused by the spec reader: the peak would carry more than the day
                }
                LoadProfile p = profile(f, h);
                WorkloadMonth w = month(p, Map.of(Driver.REQUESTS, monthly));
                double peak = p.peak(Driver.REQUESTS, w).doubleValue();
                double off = p.offPeak(Driver.REQUESTS, w).doubleValue();
                double hh = Double.parseDouble(h);
                assertThat(peak).as("peak %sx %s h", f, h).isCloseTo(average * Double.parseDouble(f), within(1e-9));
                // hours x peak + (24 - hours) x off-peak = 24 x average
                assertThat(hh * peak + (24 - hh) * off).as("day total %sx %s h", f, h)
                        .isCloseTo(24 * average, within(1e-7));
                assertThat(off).as("off-peak %sx %s h", f, h).isLessThanOrEqualTo(average + 1e-9);
            }
        }
    }

    @Test
    void offPeak_isZero_whenThePeakCarriesTheWholeDay() {
        LoadProfile p = profile("6", "4"); // 6 x 4 h = 24: the busy hours carry everything
        WorkloadMonth w = month(p, Map.of(Driver.REQUESTS, THOUSAND_A_SECOND));
        assertThat(p.peak(Driver.REQUESTS, w)).isEqualByComparingTo("6000");
        assertThat(p.offPeak(Driver.REQUESTS, w)).isEqualByComparingTo("0");
    }

    @Test
    void allDayAtPeak_offPeakIsThePeak() {
        LoadProfile p = profile("1", "24");
        WorkloadMonth w = month(p, Map.of(Driver.REQUESTS, THOUSAND_A_SECOND));
        assertThat(p.peak(Driver.REQUESTS, w)).isEqualByComparingTo("1000");
        assertThat(p.offPeak(Driver.REQUESTS, w)).isEqualByComparingTo("1000");
    }

    @Test
    void explicitPeak_isUsedAsStated_monthByMonth_andOffPeakStillKeepsTheTotal() {
        Map<Driver, Series> explicit = new EnumMap<>(Driver.class);
        explicit.put(Driver.REQUESTS, new Series.Listed(List.of(d("1500"), d("1800"))));
        LoadProfile p = new LoadProfile(d("2"), d("4"), Map.of(), explicit, true);
        WorkloadMonth m1 = new WorkloadMonth(1, Map.of(Driver.REQUESTS, THOUSAND_A_SECOND), Map.of(), p);
        WorkloadMonth m2 = new WorkloadMonth(2, Map.of(Driver.REQUESTS, THOUSAND_A_SECOND), Map.of(), p);
        assertThat(p.peak(Driver.REQUESTS, m1)).isEqualByComparingTo("1500");
        assertThat(p.peak(Driver.REQUESTS, m2)).isEqualByComparingTo("1800");
        // (24 x 1,000 - 4 x 1,500) / 20 = 900
        assertThat(p.offPeak(Driver.REQUESTS, m1)).isEqualByComparingTo("900");
        // (24 x 1,000 - 4 x 1,800) / 20 = 840
        assertThat(p.offPeak(Driver.REQUESTS, m2)).isEqualByComparingTo("840");
        assertThat(p.describe(Driver.REQUESTS)).contains("as stated");
    }

    @Test
    void driverFactor_overridesTheGeneralFactorForThatDriverOnly() {
        LoadProfile p = new LoadProfile(d("2"), d("4"), Map.of(Driver.DB_READS, d("5")), Map.of(), true);
        WorkloadMonth w = month(p, Map.of(Driver.REQUESTS, THOUSAND_A_SECOND, Driver.DB_READS, THOUSAND_A_SECOND));
        assertThat(p.factorOf(Driver.DB_READS)).isEqualByComparingTo("5");
        assertThat(p.factorOf(Driver.REQUESTS)).isEqualByComparingTo("2");
        assertThat(p.peak(Driver.DB_READS, w)).isEqualByComparingTo("5000");
        assertThat(p.peak(Driver.REQUESTS, w)).isEqualByComparingTo("2000");
        // (24 x 1,000 - 4 x 5,000) / 20 = 200
        assertThat(p.offPeak(Driver.DB_READS, w)).isEqualByComparingTo("200");
    }

    @Test
    void concurrentUsers_areAlreadyTheNumberOnline_factorOne_andTheSameOffPeak() {
        LoadProfile p = profile("3", "4");
        WorkloadMonth w = month(p, Map.of(Driver.CONCURRENT_USERS, d("3000")));
        // the general factor 3 does not apply to users online
        assertThat(p.peak(Driver.CONCURRENT_USERS, w)).isEqualByComparingTo("3000");
        assertThat(p.offPeak(Driver.CONCURRENT_USERS, w)).isEqualByComparingTo("3000");
        assertThat(p.describe(Driver.CONCURRENT_USERS)).contains("peak factor 1");
        LoadProfile own = new LoadProfile(d("3"), d("4"), Map.of(Driver.CONCURRENT_USERS, d("1.5")), Map.of(), true);
        // 3,000 x 1.5, a factor stated for users.concurrent itself
        assertThat(own.peak(Driver.CONCURRENT_USERS, month(own, Map.of(Driver.CONCURRENT_USERS, d("3000")))))
                .isEqualByComparingTo("4500");
    }

    @Test
    void aDriverTheWorkloadDoesNotGive_hasNoRate_neverZero() {
        WorkloadMonth w = month(LoadProfile.DEFAULT, Map.of(Driver.REQUESTS, THOUSAND_A_SECOND));
        assertThat(LoadProfile.DEFAULT.averagePerSecond(Driver.DB_WRITES, w)).isNull();
        assertThat(LoadProfile.DEFAULT.peak(Driver.DB_WRITES, w)).isNull();
        assertThat(LoadProfile.DEFAULT.offPeak(Driver.DB_WRITES, w)).isNull();
        assertThat(LoadProfile.DEFAULT.peak(Driver.CONCURRENT_USERS, w)).isNull();
        assertThat(w.peakRate(Driver.DB_WRITES)).isEmpty();
    }

    @Test
    void peakLoad_readsThePhaseAskedFor() {
        WorkloadMonth w = month(LoadProfile.DEFAULT, Map.of(Driver.REQUESTS, THOUSAND_A_SECOND));
        PeakLoad peak = new PeakLoad(w, Phase.PEAK);
        assertThat(peak.rate(Driver.REQUESTS)).isEqualByComparingTo("2000");
        assertThat(peak.at(Phase.OFF_PEAK).rate(Driver.REQUESTS)).isEqualByComparingTo("800");
        assertThat(peak.at(Phase.AVERAGE).rate(Driver.REQUESTS)).isEqualByComparingTo("1000");
    }

    @Test
    void refuses_aFactorBelowOne_andHoursOutsideADay() {
        assertThatThrownBy(() -> profile("0.5", "4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profile("2", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profile("1", "24.5")).isInstanceOf(IllegalArgumentException.class);
    }
}
