package dev.cloudplan.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Formulas.plain writes what it wrote with String.format and a regular expression, only cheaper. */
class FormulasTest {
    private static String reference(BigDecimal n) {
        return String.format(Locale.ROOT, "%,f", n).replaceAll("\\.?0+$", "");
    }

    @Test
    void plain_matchesTheFormatterItReplaced() {
        for (String s : new String[] {"0", "1", "10", "100", "1000", "100000000", "0.5", "1234.5678", "0.0000004",
                "0.0000005", "999999.9999995", "-1234.5", "-0.0000001", "1E+3", "2.50", "0.000001", "12345678901234567890.25"}) {
            assertThat(Formulas.plain(new BigDecimal(s))).as(s).isEqualTo(reference(new BigDecimal(s)));
        }
        qt().forAll(longs().all(), integers().between(0, 12))
                .check((unscaled, scale) -> Formulas.plain(BigDecimal.valueOf(unscaled, scale))
                        .equals(reference(BigDecimal.valueOf(unscaled, scale))));
    }
}
