package dev.cloudplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The units the spec accepts, and the messages for the ones it does not. */
class UnitsTest {
    @ParameterizedTest(name = "{0} = {1} a month")
    @CsvSource(delimiter = ';', value = {
            "100M/month; 100000000",
            "1.5B / month; 1500000000",
            "3,000/day; 91250",          // 3,000 x 365 / 12
            "2/second; 5256000",         // 2 x 730 x 3600
            "10/hour; 7300"})
    void perMonth(String text, String expected) {
        assertThat(Units.perMonth(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1} = {2}")
    @CsvSource(delimiter = ';', value = {
            "2 KB; KB; 2",
            "1 MB; KB; 1024",
            "1.5 TB; GB; 1536",
            "512 MB; GB; 0.5",
            "256 MB; MB; 256",
            "500GB; GB; 500",
            "1.5TB; GB; 1536",
            "10 GiB; GB; 10"})
    void size(String text, String target, String expected) {
        assertThat(Units.size(text, target)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1} GB a month")
    @CsvSource(delimiter = ';', value = {"500GB/month; 500", "500 GB/month; 500", "2TB / month; 2048"})
    void dataPerMonth_withOrWithoutASpace(String text, String expected) {
        // "500GB" was read as 50 and "0GB" (the digits gave one back to the suffix's lookahead)
        assertThat(Units.gbPerMonth(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {"2B/month; 2000000000", "2.5M/month; 2500000", "100K/month; 100000"})
    void suffixes_stillCountWhenNoLetterFollows(String text, String expected) {
        assertThat(Units.perMonth(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "1,100 USD/year; 1100; year",
            "$99/year; 99; year",
            "200 USD total; 200; total",
            "25 USD once; 25; once",
            "8.5 usd/month; 8.5; month"})
    void money(String text, String usd, String period) {
        Units.MoneyAmount m = Units.money(text);
        assertThat(m.usd()).isEqualByComparingTo(usd);
        assertThat(m.period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = ';', value = {
            "100M; 100M/month",          // a rate without its period
            "-5/month; 0 or more",
            "lots/month; a number",
            "500 GX; 2 KB"})
    void perMonthOrSize_refusesWithHowToFix(String text, String hint) {
        assertThatThrownBy(() -> {
            if (text.contains("GX")) {
                Units.size(text, "GB");
            } else {
                Units.perMonth(text);
            }
        }).isInstanceOf(UnitException.class).satisfies(e -> assertThat(((UnitException) e).fix()).contains(hint));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"12 months; 12", "3 years; 36", "1 month; 1"})
    void months(String text, int expected) {
        assertThat(Units.months(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"200 ms; 200", "1.5 s; 1500"})
    void milliseconds(String text, BigDecimal expected) {
        assertThat(Units.milliseconds(text)).isEqualByComparingTo(expected);
    }
}
