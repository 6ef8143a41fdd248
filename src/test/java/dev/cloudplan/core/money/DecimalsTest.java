package dev.cloudplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Decimals.plain and Decimals.cents write what the formatters they replace wrote. */
class DecimalsTest {
    @Test
    void plain_equalsFormattedWithTrailingZerosRemoved() {
        qt().withExamples(2_000).forAll(longs().between(-10_000_000_000L, 10_000_000_000_000L), integers().between(-3, 12))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal n = BigDecimal.valueOf(unscaled, scale);
                    String expected = String.format(Locale.ROOT, "%,f", n).replaceAll("\\.?0+$", "");
                    assertThat(Decimals.plain(n)).as(n.toPlainString()).isEqualTo(expected);
                });
    }

    @Test
    void cents_equalsFormattedToTwoPlaces() {
        qt().withExamples(2_000).forAll(longs().between(-10_000_000_000L, 10_000_000_000_000L), integers().between(-3, 12))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal n = BigDecimal.valueOf(unscaled, scale);
                    assertThat(Decimals.cents(n)).as(n.toPlainString()).isEqualTo(String.format(Locale.ROOT, "%,.2f", n));
                });
        assertThat(Decimals.cents(new BigDecimal("1100"))).isEqualTo("1,100.00");
        assertThat(Decimals.cents(new BigDecimal("1016.945"))).isEqualTo("1,016.95");
    }

    @Test
    void examples() {
        assertThat(Decimals.plain(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.5");
        assertThat(Decimals.plain(new BigDecimal("100"))).isEqualTo("100");
        assertThat(Decimals.plain(new BigDecimal("0.0000004"))).isEqualTo("0");
        assertThat(Decimals.plain(new BigDecimal("0.0000005"))).isEqualTo("0.000001");
    }

    /** The edge cases the explanations met before (negative, huge, rounding at the sixth decimal, exponent form). */
    @Test
    void edgeCases_matchTheFormatter() {
        for (String v : new String[] {"0", "1", "10", "100", "1000", "100000000", "0.5", "1234.5678", "0.0000004",
                "0.0000005", "999999.9999995", "-1234.5", "-0.0000001", "1E+3", "2.50", "0.000001", "12345678901234567890.25"}) {
            BigDecimal n = new BigDecimal(v);
            assertThat(Decimals.plain(n)).as(v).isEqualTo(String.format(Locale.ROOT, "%,f", n).replaceAll("\\.?0+$", ""));
        }
    }
}
