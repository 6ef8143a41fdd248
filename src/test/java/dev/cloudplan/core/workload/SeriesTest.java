package dev.cloudplan.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each growth form month by month, against the arithmetic written out. */
class SeriesTest {
    static BigDecimal d(double v) {
        return BigDecimal.valueOf(v);
    }

    static Stream<Arguments> cases() {
        Series compound = new Series.Compound(d(1_000_000), d(0.2));
        Series decline = new Series.Compound(d(1_000), d(-0.1));
        Series linear = new Series.Linear(d(1_000), d(1_500));
        Series ramp = new Series.Ramp(d(1_000), d(10_000), 6);
        Series down = new Series.Ramp(d(500), d(100), 5);
        Series listed = new Series.Listed(List.of(d(1_000), d(2_000), d(4_000), d(8_000)));
        Series scaled = new Series.Scaled(ramp, d(66 * 365 / 12.0), "x 66 a day");
        return Stream.of(
                Arguments.of("compound month 1", compound, 1, 1_000_000.0),
                Arguments.of("compound month 6", compound, 6, 1_000_000 * Math.pow(1.2, 5)),
                Arguments.of("compound month 24", compound, 24, 1_000_000 * Math.pow(1.2, 23)),
                Arguments.of("decline month 4", decline, 4, 1_000 * Math.pow(0.9, 3)),
                Arguments.of("linear month 1", linear, 1, 1_000.0),
                Arguments.of("linear month 4", linear, 4, 1_000 + 1_500 * 3.0),
                Arguments.of("ramp month 1", ramp, 1, 1_000.0),
                Arguments.of("ramp month 3", ramp, 3, 1_000 + (10_000 - 1_000) * 2 / 5.0),
                Arguments.of("ramp month 6 reaches the end", ramp, 6, 10_000.0),
                Arguments.of("ramp holds after", ramp, 9, 10_000.0),
                Arguments.of("ramp down month 2", down, 2, 500 - 400 / 4.0),
                Arguments.of("listed month 3", listed, 3, 4_000.0),
                Arguments.of("listed: the last value holds", listed, 7, 8_000.0),
                Arguments.of("scaled follows its base", scaled, 2, (1_000 + 9_000 / 5.0) * 66 * 365 / 12.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void valueAt(String name, Series s, int month, double expected) {
        assertThat(s.valueAt(month).doubleValue()).isCloseTo(expected, Offset.offset(expected * 1e-12 + 1e-9));
    }

    @Test
    void explain_writesTheArithmetic() {
        assertThat(new Series.Compound(d(1_000_000), d(0.2)).explain(3)).isEqualTo("1,000,000 x 1.2^2 = 1,440,000");
        assertThat(new Series.Ramp(d(1_000), d(10_000), 6).explain(3)).isEqualTo("1,000 + (10,000 - 1,000) x 2/5 = 4,600");
        assertThat(new Series.Listed(List.of(d(1), d(2))).explain(5)).contains("last value, month 2");
    }

    @Test
    void onlyFixedIsConstant() {
        assertThat(Series.fixed(d(5)).varies()).isFalse();
        assertThat(new Series.Linear(d(5), d(0)).varies()).isTrue();
    }

    @Test
    void impossibleForms_areRefused() {
        assertThatThrownBy(() -> new Series.Compound(d(1), d(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Series.Ramp(d(1), d(2), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Series.Listed(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void growthSeries_areNeverNegative() {
        qt().withExamples(300).forAll(integers().between(0, 1_000_000), integers().between(-99, 300),
                        integers().between(0, 50_000), integers().between(1, 120))
                .checkAssert((start, percent, other, month) -> {
                    BigDecimal s = BigDecimal.valueOf(start);
                    BigDecimal o = BigDecimal.valueOf(other);
                    for (Series series : List.of(new Series.Compound(s, BigDecimal.valueOf(percent).movePointLeft(2)),
                            new Series.Linear(s, o), new Series.Ramp(s, o, 2 + other % 30),
                            new Series.Listed(List.of(s, o)))) {
                        assertThat(series.valueAt(month).signum()).as(series.toString()).isGreaterThanOrEqualTo(0);
                    }
                });
    }
}
