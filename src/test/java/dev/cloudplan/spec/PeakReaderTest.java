package dev.cloudplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cloudplan.Fixtures;
import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.capacity.Sizable;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** workload.peak (docs/spec.md#peak) read from a spec, and the refusals that point at the place and say the fix. */
class PeakReaderTest {
    static final LoadedCatalog CATALOG = CatalogLoader.bundled();
    static final String FILE = "peak.yaml";

    static String spec(String workload) {
        return spec(workload, "{name: web, type: ec2, instance_type: t3.medium}");
    }

    static String spec(String workload, String component) {
        return "region: us-east-1\n"
                + "horizon: 2 months\n"
                + "workload:\n"
                + workload.stripIndent().lines().map(l -> "  " + l + "\n").reduce("", String::concat)
                + "architectures:\n"
                + "  - name: a\n"
                + "    components:\n"
                + "      - " + component + "\n";
    }

    static Spec read(String text) {
        return new SpecReader(CATALOG, Fixtures.TODAY).read(FILE, text);
    }

    static Workload workload(String text) {
        return read(text).scenario().workload();
    }

    static SpecException refusal(String text) {
        try {
            read(text);
        } catch (SpecException e) {
            return e;
        }
        throw new AssertionError("the spec was accepted:\n" + text);
    }

    /** The 1-based line of the first line containing {@code needle}, and the column of {@code at} on it. */
    static int[] place(String text, String needle, String at) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return new int[] {i + 1, lines.get(i).indexOf(at) + 1};
            }
        }
        throw new AssertionError("no line with " + needle);
    }

    static void assertAt(SpecException e, String text, String needle, String at) {
        int[] p = place(text, needle, at);
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).as("line of '" + needle + "' in\n" + text + "\n" + e.getMessage()).isEqualTo(p[0]);
        assertThat(e.column()).as("column of '" + at + "'\n" + e.getMessage()).isEqualTo(p[1]);
        assertThat(e.fix()).isNotBlank();
    }

    @Test
    void factorThree_fourHours_reads() {
        Workload w = workload(spec("""
                requests: 50M/month
                peak:
                  factor: 3
                  hours_per_day: 4
                """));
        LoadProfile p = w.profile();
        assertThat(p.factor()).isEqualByComparingTo("3");
        assertThat(p.hoursPerDay()).isEqualByComparingTo("4");
        assertThat(p.stated()).isTrue();
        // 50M / 2,628,000 s x 3
        assertThat(w.month(1).peakRate(Driver.REQUESTS).orElseThrow().doubleValue())
                .isCloseTo(50e6 / 2_628_000 * 3, within(1e-9));
        // "3x" is the same factor
        assertThat(workload(spec("requests: 50M/month\npeak: {factor: 3x, hours_per_day: 4}")).profile().factor())
                .isEqualByComparingTo("3");
    }

    @Test
    void noPeak_isTheDefault_twiceForFourHours() {
        LoadProfile p = workload(spec("requests: 50M/month")).profile();
        assertThat(p).isEqualTo(LoadProfile.DEFAULT);
        assertThat(p.stated()).isFalse();
    }

    @Test
    void statedPeaks_andDriverFactors_read() {
        Workload w = workload(spec("""
                requests: 50M/month
                users: {concurrent: 3K}
                database: {reads: 10M/month, writes: 1M/month}
                peak:
                  requests: [100/s, 18K/minute]
                  database: {reads: 5x, writes: 20/s}
                  users: {concurrent: 5K}
                """));
        assertThat(w.month(1).peakRate(Driver.REQUESTS).orElseThrow()).isEqualByComparingTo("100");
        // 18,000 a minute / 60 s
        assertThat(w.month(2).peakRate(Driver.REQUESTS).orElseThrow()).isEqualByComparingTo("300");
        // 10M / 2,628,000 s x 5
        assertThat(w.month(1).peakRate(Driver.DB_READS).orElseThrow().doubleValue())
                .isCloseTo(10e6 / 2_628_000 * 5, within(1e-9));
        assertThat(w.month(1).peakRate(Driver.DB_WRITES).orElseThrow()).isEqualByComparingTo("20");
        assertThat(w.month(1).peakRate(Driver.CONCURRENT_USERS).orElseThrow()).isEqualByComparingTo("5000");
        // the general factor stays the default for the rest
        assertThat(w.profile().factor()).isEqualByComparingTo("2");
    }

    @Test
    void aPeakBelowTheAverage_isRefused_atThePeak() {
        // 100M / 2,628,000 s = 38.05/s on average; 10/s cannot be its peak
        String text = spec("""
                requests: 100M/month
                peak:
                  requests: 10/s
                """);
        SpecException e = refusal(text);
        assertThat(e.problem()).contains("requests").contains("below its average").contains("month 1");
        assertAt(e, text, "requests: 10/s", "10/s");
    }

    @Test
    void aPeakBelowTheAverage_inALaterMonth_namesTheMonth() {
        // month 2: 100M writes / 2,628,000 s = 38.05/s, above the 20/s stated
        String text = spec("""
                database: {reads: 1M/month, writes: [1M/month, 100M/month]}
                peak:
                  database: {writes: 20/s}
                """);
        SpecException e = refusal(text);
        assertThat(e.problem()).contains("database.writes").contains("month 2");
        assertAt(e, text, "{writes: 20/s}", "20/s");
    }

    @Test
    void aPeakWithoutItsAverage_isRefused() {
        String text = spec("""
                database: {reads: 1M/month, writes: 1M/month}
                peak:
                  users: {concurrent: 5K}
                """);
        SpecException e = refusal(text);
        assertThat(e.problem()).contains("users.concurrent").contains("needs its average");
        assertAt(e, text, "{concurrent: 5K}", "5K");
    }

    @Test
    void aFactorOfOneHalf_isRefused() {
        String text = spec("""
                requests: 50M/month
                peak:
                  factor: 0.5
                """);
        SpecException e = refusal(text);
        assertThat(e.problem()).contains("0.5").contains("below the average");
        assertAt(e, text, "factor: 0.5", "0.5");
        // a driver's own factor below 1 too
        String own = spec("""
                database: {reads: 1M/month, writes: 1M/month}
                peak:
                  database: {reads: 0.5x}
                """);
        assertAt(refusal(own), own, "{reads: 0.5x}", "0.5x");
    }

    @Test
    void factorEight_forFourHours_carriesMoreThanTheDay_andIsRefused() {
        // 8 x 4 h = 32 > 24
        String text = spec("""
                requests: 50M/month
                peak:
                  factor: 8x
                  hours_per_day: 4
                """);
        SpecException e = refusal(text);
        assertThat(e.problem()).contains("8x").contains("4 h").contains("more than the day");
        assertAt(e, text, "factor: 8x", "8x");
        // 6 x 4 h = 24: the whole day's load in the busy hours, allowed
        assertThat(workload(spec("requests: 50M/month\npeak: {factor: 6x, hours_per_day: 4}")).profile().factor())
                .isEqualByComparingTo("6");
        // the default factor 2 for 24 h a day: 48 > 24
        assertThat(refusal(spec("requests: 50M/month\npeak: {hours_per_day: 24}")).problem()).contains("2x");
    }

    @Test
    void hoursOutsideADay_areRefused() {
        String zero = spec("requests: 50M/month\npeak:\n  factor: 1\n  hours_per_day: 0\n");
        assertAt(refusal(zero), zero, "hours_per_day: 0", "0");
        String more = spec("requests: 50M/month\npeak:\n  factor: 1\n  hours_per_day: 25\n");
        SpecException e = refusal(more);
        assertThat(e.problem()).contains("25").contains("not within a day");
        assertAt(e, more, "hours_per_day: 25", "25");
    }

    @Test
    void aDriverFactorThatCarriesMoreThanTheDay_isRefusedAtThatFactor() {
        String text = spec("""
                database: {reads: 1M/month, writes: 1M/month}
                peak:
                  hours_per_day: 4
                  database: {reads: 8x}
                """);
        SpecException e = refusal(text);
        assertThat(e.problem()).contains("database.reads").contains("8x").contains("more than the day");
        assertAt(e, text, "{reads: 8x}", "8x");
    }

    @Test
    void anUnknownKeyUnderPeak_isRefused_withTheNearestKey() {
        String text = spec("""
                requests: 50M/month
                peak:
                  factr: 3
                """);
        SpecException e = refusal(text);
        assertThat(e.problem()).contains("unknown key 'factr'");
        assertThat(e.fix()).contains("factor");
        assertAt(e, text, "factr: 3", "factr");
        String nested = spec("requests: 50M/month\npeak:\n  database: {red: 3x}\n");
        assertThat(refusal(nested).problem()).contains("unknown key 'red'");
    }

    @Test
    void targetUtilisation_zeroAndAboveAHundredPercent_areRefused() {
        for (String bad : List.of("0%", "150%")) {
            String text = spec("requests: 50M/month",
                    "{name: web, type: ec2, instance_type: t3.medium, target_utilisation: " + bad + "}");
            SpecException e = refusal(text);
            assertThat(e.problem()).as(bad).contains("target_utilisation").contains(bad);
            assertAt(e, text, "target_utilisation", bad);
        }
        // 100% and 50% are shares one can plan to use
        for (String good : List.of("100%", "50%")) {
            Spec s = read(spec("requests: 50M/month",
                    "{name: web, type: ec2, instance_type: t3.medium, target_utilisation: " + good + "}"));
            Sizable web = (Sizable) s.scenario().architectures().get(0).components().get(0).config();
            assertThat(web.sizing().targetUtilisation()).isEqualByComparingTo(
                    new java.math.BigDecimal(good.replace("%", "")).movePointLeft(2));
        }
    }
}
