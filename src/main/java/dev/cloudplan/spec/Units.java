package dev.cloudplan.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the spec's values with units: counts ({@code 50K}), rates ({@code 100M/month}, {@code 3,000/day}),
 * sizes ({@code 2 KB}, {@code 500 GB}, {@code 1.5 TB}), data per month ({@code 500 GB/month}), durations
 * ({@code 200 ms}) and money ({@code 1,100 USD/year}, {@code $25 once}). Sizes are binary (1 GB = 1024 MB),
 * as AWS meters them. Each parse failure says which forms are accepted.
 */
public final class Units {
    /** A daily count as a monthly one: x 365 / 12, dividing last so whole results stay whole (3,000/day = 91,250). */
    public static BigDecimal dailyToMonthly(BigDecimal perDay) {
        return perDay.multiply(new BigDecimal("365")).divide(new BigDecimal("12"), MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static final BigDecimal SECONDS_PER_MONTH = new BigDecimal("2628000");
    private static final BigDecimal HOURS_PER_MONTH = new BigDecimal("730");
    private static final BigDecimal K = new BigDecimal("1024");
    // The digits are taken whole (possessive): "500GB" is 500 and GB, never 50 and "0GB". A suffix counts only when
    // no letter follows it, so "2B" is two billion and "1.5TB" is 1.5 and TB.
    private static final Pattern NUMBER = Pattern.compile("^\\$?\\s*([0-9][0-9,_]*+(?:\\.[0-9]++)?|\\.[0-9]++)\\s*(?:([kKmMbBtT])(?![a-zA-Z]))?\\s*(.*)$");

    private static final Limits LIMITS = Limits.DEFAULT;
    private static final Pattern EXPONENT = Pattern.compile("\\$?\\s*[0-9.]+[eE][+-]?[0-9]");

    private Units() {}

    /** The text itself when short, else its start and length: a message must not repeat a megabyte of input. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 30) + "... (" + Limits.n(text.length()) + " characters)";
    }

    /** Refuses a value above the limit, so no arithmetic below sees an absurd magnitude. */
    private static BigDecimal within(BigDecimal value, String text) {
        if (value.compareTo(LIMITS.maxValue()) > 0) {
            throw new UnitException("'" + shorten(text) + "' is more than " + Limits.n(LIMITS.maxValue())
                    + ", the largest value cloudplan reads", "check the figure and its unit");
        }
        return value;
    }

    /** A number with an optional K/M/B/T suffix and the text after it. */
    record Number(BigDecimal value, String rest) {}

    static Number number(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        if (negative) {
            throw new UnitException("'" + shorten(text) + "' is negative", "give a value of 0 or more");
        }
        // EXPONENT needs an e or E: most values have none and skip its match.
        if ((t.indexOf('e') >= 0 || t.indexOf('E') >= 0) && EXPONENT.matcher(t).lookingAt()) {
            throw new UnitException("'" + shorten(text) + "' is in exponent notation, which quantities are not written in",
                    "write it with a suffix, such as 100K, 1.5M, 2B or 1T");
        }
        String[] groups = numberGroups(t);
        if (groups == null) {
            Matcher m = NUMBER.matcher(t);
            if (!m.matches()) {
                throw new UnitException("'" + shorten(text) + "' does not start with a number", "write a number such as 100, 2.5, 50K or 100M");
            }
            groups = new String[] {m.group(1), m.group(2), m.group(3)};
        }
        String digits = groups[0].replace(",", "").replace("_", "");
        int count = digits.length() - (digits.contains(".") ? 1 : 0);
        if (count > LIMITS.digits()) {
            throw new UnitException("'" + shorten(text) + "' has " + Limits.n(count) + " digits, more than the "
                    + LIMITS.digits() + " a number may have", "write it with a suffix, such as 50K, 100M, 2B or 1.5T");
        }
        BigDecimal v = new BigDecimal(digits);
        v = switch (groups[1] == null ? "" : groups[1].toUpperCase(Locale.ROOT)) {
            case "K" -> v.multiply(new BigDecimal("1000"));
            case "M" -> v.multiply(new BigDecimal("1000000"));
            case "B" -> v.multiply(new BigDecimal("1000000000"));
            case "T" -> v.multiply(new BigDecimal("1000000000000"));
            default -> v;
        };
        return new Number(v, groups[2].trim());
    }

    /**
     * NUMBER's three groups read by hand, for the text it is matched against most (a spec's every number): null
     * when it does not start with a number, or when it holds a line terminator, which NUMBER's final {@code .*}
     * does not cross; the regex decides those. Without one that {@code (.*)$} matches any rest, so the regex never
     * backtracks and each part takes what its greedy or possessive form takes.
     */
    private static String[] numberGroups(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        int i = 0;
        if (i < n && t.charAt(i) == '$') {
            i++;
        }
        i = spaces(t, i);
        int start = i;
        if (i < n && digit(t.charAt(i))) {
            i++;
            while (i < n && (digit(t.charAt(i)) || t.charAt(i) == ',' || t.charAt(i) == '_')) {
                i++;
            }
            if (i + 1 < n && t.charAt(i) == '.' && digit(t.charAt(i + 1))) {
                i = digits(t, i + 1);
            }
        } else if (i + 1 < n && t.charAt(i) == '.' && digit(t.charAt(i + 1))) {
            i = digits(t, i + 1);
        } else {
            return null;
        }
        String number = t.substring(start, i);
        i = spaces(t, i);
        String suffix = null;
        if (i < n && "kKmMbBtT".indexOf(t.charAt(i)) >= 0 && !(i + 1 < n && asciiLetter(t.charAt(i + 1)))) {
            suffix = t.substring(i, i + 1);
            i++;
        }
        return new String[] {number, suffix, t.substring(spaces(t, i))};
    }

    /** Past {@code \s*} (space, tab, vertical tab, form feed; line ends are left to the regex). */
    private static int spaces(String t, int i) {
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\u000B'
                || t.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    private static int digits(String t, int i) {
        while (i < t.length() && digit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A plain count: {@code 50,000}, {@code 50K}, {@code 3000}. */
    public static BigDecimal count(String text) {
        Number n = number(text);
        if (!n.rest().isEmpty()) {
            throw new UnitException("'" + shorten(text) + "' should be a plain count, not '" + n.rest() + "'",
                    "write a count such as 50000 or 50K");
        }
        return within(n.value(), text);
    }

    /** A rate as a monthly count: {@code 100M/month}, {@code 3,000/day}, {@code 50/second}, {@code 10/hour}. */
    public static BigDecimal perMonth(String text) {
        Number n = number(text);
        String unit = n.rest().replace(" ", "").toLowerCase(Locale.ROOT);
        return within(switch (unit) {
            case "/month", "/mo", "permonth" -> n.value();
            case "/day", "perday" -> dailyToMonthly(n.value());
            case "/hour", "/h", "perhour" -> n.value().multiply(HOURS_PER_MONTH);
            case "/second", "/s", "/sec", "persecond" -> n.value().multiply(SECONDS_PER_MONTH);
            default -> throw new UnitException("'" + shorten(text) + "' is not a rate",
                    "write a count per period, such as 100M/month, 3,000/day or 50/second");
        }, text);
    }

    /** A rate per second: {@code 300/s}, {@code 18K/minute}, {@code 1M/hour}. */
    public static BigDecimal perSecond(String text) {
        Number n = number(text);
        String unit = n.rest().replace(" ", "").toLowerCase(Locale.ROOT);
        return within(switch (unit) {
            case "/second", "/s", "/sec", "persecond" -> n.value();
            case "/minute", "/min", "perminute" -> n.value().divide(new BigDecimal("60"), MathContext.DECIMAL64);
            case "/hour", "/h", "perhour" -> n.value().divide(new BigDecimal("3600"), MathContext.DECIMAL64);
            default -> throw new UnitException("'" + shorten(text) + "' is not a rate per second",
                    "write a peak rate such as 300/s or 18K/minute, or a factor of the average such as 3x");
        }, text);
    }

    /** A multiple of something: {@code 3x}, {@code 2.5x}. */
    public static BigDecimal factor(String text) {
        String t = text.trim();
        if (!t.toLowerCase(Locale.ROOT).endsWith("x")) {
            throw new UnitException("'" + shorten(text) + "' is not a factor", "write a factor such as 3x");
        }
        return count(t.substring(0, t.length() - 1));
    }

    /** A share written as a percentage, returned as a fraction: {@code 70%} gives 0.70. */
    public static BigDecimal percent(String text) {
        String t = text.trim();
        if (!t.endsWith("%")) {
            throw new UnitException("'" + shorten(text) + "' is not a percentage", "write a percentage such as 70%");
        }
        return count(t.substring(0, t.length() - 1)).movePointLeft(2);
    }

    /** A size converted to {@code target} (KB, MB, GB or TB): {@code 2 KB}, {@code 500 GB}. */
    public static BigDecimal size(String text, String target) {
        Number n = number(text);
        int from = sizeExponent(n.rest(), text);
        int to = sizeExponent(target, target);
        BigDecimal factor = K.pow(Math.abs(from - to));
        return within(from >= to ? n.value().multiply(factor) : n.value().divide(factor, MathContext.DECIMAL64), text);
    }

    /** Data per month in GB: {@code 500 GB/month}, {@code 6 TB/month}. */
    public static BigDecimal gbPerMonth(String text) {
        Number n = number(text);
        String rest = n.rest().replace(" ", "");
        int slash = rest.indexOf('/');
        if (slash < 0 || !rest.substring(slash + 1).equalsIgnoreCase("month")) {
            throw new UnitException("'" + shorten(text) + "' is not data per month", "write a size per month, such as 500 GB/month");
        }
        return size(n.value().toPlainString() + " " + rest.substring(0, slash), "GB");
    }

    private static int sizeExponent(String unit, String text) {
        return switch (unit.trim().toUpperCase(Locale.ROOT)) {
            case "B", "BYTES" -> 0;
            case "KB", "KIB" -> 1;
            case "MB", "MIB" -> 2;
            case "GB", "GIB" -> 3;
            case "TB", "TIB" -> 4;
            case "PB", "PIB" -> 5;
            default -> throw new UnitException("'" + shorten(text) + "' has no size unit",
                    "write a size with its unit, such as 2 KB, 256 MB, 500 GB or 1.5 TB");
        };
    }

    /** A duration in milliseconds: {@code 200 ms}, {@code 1.5 s}. */
    public static BigDecimal milliseconds(String text) {
        Number n = number(text);
        return within(switch (n.rest().trim().toLowerCase(Locale.ROOT)) {
            case "ms", "milliseconds" -> n.value();
            case "s", "sec", "seconds" -> n.value().multiply(new BigDecimal("1000"));
            default -> throw new UnitException("'" + shorten(text) + "' is not a duration", "write a duration such as 200 ms or 1.5 s");
        }, text);
    }

    /** A horizon in months: {@code 12 months}, {@code 3 years}. */
    public static int months(String text) {
        Number n = number(text);
        int value;
        try {
            value = switch (n.rest().trim().toLowerCase(Locale.ROOT)) {
                case "month", "months" -> n.value().intValueExact();
                case "year", "years" -> n.value().multiply(new BigDecimal("12")).intValueExact();
                default -> throw new UnitException("'" + shorten(text) + "' is not a number of months",
                        "write a horizon such as 12 months or 3 years");
            };
        } catch (ArithmeticException e) {
            throw new UnitException("'" + shorten(text) + "' is not a whole number of months", "write a horizon such as 12 months or 3 years");
        }
        return value;
    }

    /**
     * A growth rate per month as a fraction: {@code 20%/month} is 0.2, {@code -5%/month} (a decline) is -0.05.
     * A decline of 100% or more is refused: nothing would be left.
     */
    public static BigDecimal percentPerMonth(String text) {
        String t = text.trim();
        boolean decline = t.startsWith("-");
        Number n = number(decline ? t.substring(1) : t);
        String rest = n.rest().replace(" ", "").toLowerCase(Locale.ROOT);
        if (!rest.equals("%/month") && !rest.equals("%permonth") && !rest.equals("%/mo")) {
            throw new UnitException("'" + shorten(text) + "' is not a growth rate per month",
                    "write a percentage per month, such as 20%/month (or -5%/month for a decline)");
        }
        if (decline && n.value().compareTo(new BigDecimal("100")) >= 0) {
            throw new UnitException("'" + shorten(text) + "' would leave nothing after one month",
                    "give a decline smaller than 100%/month, such as -10%/month");
        }
        if (n.value().compareTo(LIMITS.maxGrowthPercent()) > 0) {
            throw new UnitException("'" + shorten(text) + "' is faster growth than the " + Limits.n(LIMITS.maxGrowthPercent())
                    + "%/month cloudplan reads", "give a rate such as 20%/month, or list the values month by month");
        }
        BigDecimal rate = n.value().movePointLeft(2);
        return decline ? rate.negate() : rate;
    }

    /**
     * A retention period in months: {@code 24 hours}, {@code 30 days}, {@code 2 weeks}, {@code 6 months},
     * {@code 1 year}. An hour is 1/730 of a month and a day 12/365, as for rates.
     */
    public static BigDecimal retentionMonths(String text) {
        Number n = number(text);
        BigDecimal months = switch (n.rest().trim().toLowerCase(Locale.ROOT)) {
            case "hour", "hours", "h" -> n.value().divide(HOURS_PER_MONTH, MathContext.DECIMAL64);
            case "day", "days" -> n.value().multiply(new BigDecimal("12")).divide(new BigDecimal("365"), MathContext.DECIMAL64);
            case "week", "weeks" -> n.value().multiply(new BigDecimal("84")).divide(new BigDecimal("365"), MathContext.DECIMAL64);
            case "month", "months" -> n.value();
            case "year", "years" -> n.value().multiply(new BigDecimal("12"));
            default -> throw new UnitException("'" + shorten(text) + "' is not a period of time",
                    "write how long data is kept, such as 24 hours, 30 days, 6 months or 1 year");
        };
        within(months, text);
        if (months.signum() == 0) {
            throw new UnitException("'" + shorten(text) + "' keeps nothing", "give a period longer than 0, such as 24 hours");
        }
        return months;
    }

    /** Money with its period. */
    /** An amount in US dollars with its period; {@code local} is the amount as stated in the spec's currency, or null. */
    public record MoneyAmount(BigDecimal usd, String period, BigDecimal local) {
        public MoneyAmount(BigDecimal usd, String period) {
            this(usd, period, null);
        }
    }

    /**
     * Money: {@code 1,100 USD/year}, {@code $99/year}, {@code 200 USD total}, {@code 25 USD once}, {@code 8 USD/month}.
     * The period is one of month, year, total, once, or empty when none was written.
     */
    public static MoneyAmount money(String text) {
        return money(text, null);
    }

    /**
     * Money in USD or, when the spec states a currency, in that currency ({@code 90,000 INR/year}), converted to USD
     * at the stated rate.
     */
    public static MoneyAmount money(String text, dev.cloudplan.core.money.Currency currency) {
        Number n = number(text);
        String rest = n.rest().trim().toLowerCase(Locale.ROOT);
        boolean dollarSign = text.trim().startsWith("$");
        String localCode = currency == null ? null : currency.code().toLowerCase(Locale.ROOT);
        boolean local = localCode != null && rest.startsWith(localCode);
        if (rest.startsWith("usd")) {
            rest = rest.substring(3).trim();
        } else if (local) {
            rest = rest.substring(localCode.length()).trim();
        } else if (!dollarSign) {
            String other = rest.matches("[a-z]{3}\\b.*") ? rest.substring(0, 3).toUpperCase(Locale.ROOT) : null;
            if (other == null) {
                throw new UnitException("'" + shorten(text) + "' has no currency", "write an amount in USD"
                        + (currency == null ? "" : " or " + currency.code()) + ", such as 1,100 USD/year or $99/year");
            }
            throw new UnitException("'" + shorten(text) + "' is in " + other + (currency == null ? "" : ", not USD or the"
                    + " spec's " + currency.code()), currency == null ? "write it in USD; a budget or a fixed cost may be"
                    + " in another currency when the spec states it (currency: " + other + " at 88.5 per USD (2026-11-30))"
                    : "write it in USD or " + currency.code());
        }
        String period = switch (rest.replace(" ", "")) {
            case "" -> "";
            case "/month", "permonth", "monthly" -> "month";
            case "/year", "peryear", "yearly", "/yr" -> "year";
            case "total", "/total", "overthehorizon" -> "total";
            case "once", "one-time", "onetime" -> "once";
            default -> throw new UnitException("'" + shorten(text) + "' has an unknown period '" + rest + "'",
                    "write /month, /year, total or once after the amount, such as 1,100 USD/year");
        };
        BigDecimal value = within(n.value(), text);
        return local ? new MoneyAmount(currency.usd(value).amount(), period, value) : new MoneyAmount(value, period);
    }
}
