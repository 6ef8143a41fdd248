package dev.cloudplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Decimals.plain writes what the formatter it replaces wrote. */
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
    void examples() {
        assertThat(Decimals.plain(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.5");
        assertThat(Decimals.plain(new BigDecimal("100"))).isEqualTo("100");
        assertThat(Decimals.plain(new BigDecimal("0.0000004"))).isEqualTo("0");
        assertThat(Decimals.plain(new BigDecimal("0.0000005"))).isEqualTo("0.000001");
    }
}
