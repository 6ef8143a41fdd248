package dev.cloudplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers' own formatting writes what DecimalFormat writes, digit for digit, halves and signs included. */
class NumbersTest {
    private static final DecimalFormat MONEY = format("#,##0.00");
    private static final DecimalFormat QUANTITY = format("#,##0.####");

    private static DecimalFormat format(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    @Test
    void moneyAndQuantities_areWrittenAsDecimalFormatWritesThem() {
        for (BigDecimal v : values()) {
            assertThat(Numbers.money(v)).as("money %s", v).isEqualTo(MONEY.format(v));
            assertThat(Numbers.quantity(v)).as("quantity %s", v).isEqualTo(QUANTITY.format(v));
        }
    }

    @Test
    void examples() {
        assertThat(Numbers.money(new BigDecimal("1234567.005"))).isEqualTo("1,234,567.01");
        assertThat(Numbers.money(new BigDecimal("-0.004"))).isEqualTo(MONEY.format(new BigDecimal("-0.004")));
        assertThat(Numbers.money(new BigDecimal("1E+3"))).isEqualTo("1,000.00");
        assertThat(Numbers.quantity(new BigDecimal("112900000.00005"))).isEqualTo("112,900,000.0001");
        assertThat(Numbers.quantity(new BigDecimal("0.10"))).isEqualTo("0.1");
    }

    private static List<BigDecimal> values() {
        List<BigDecimal> out = new ArrayList<>();
        for (String s : new String[] {"0", "0.00", "-0", "0.005", "-0.005", "0.00499999", "-0.00499999", "0.00005",
                "-0.00005", "0.0000499", "-0.0000499", "999.995", "999999.995", "-999.995", "1E+3", "1E+12", "-1E+5",
                "12345678901234567.89", "92233720368547758.07", "922337203685477580.7", "-92233720368547758.075",
                "1E+30", "123456789012345678901234567890.125", "0.125", "2.5", "-2.5", "100", "1000", "10000"}) {
            out.add(new BigDecimal(s));
        }
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            BigInteger unscaled = switch (i % 4) {
                case 0 -> BigInteger.valueOf(random.nextInt(2_000_001) - 1_000_000);
                case 1 -> BigInteger.valueOf(random.nextLong());
                case 2 -> new BigInteger(40 + random.nextInt(60), random).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
                default -> BigInteger.valueOf((random.nextInt(2_001) - 1_000) * 5L); // halves at many scales
            };
            out.add(new BigDecimal(unscaled, random.nextInt(16) - 3));
        }
        return out;
    }
}
