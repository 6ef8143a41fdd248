package dev.cloudplan.core.workload;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A driver's value month by month (month 1 is the first of the horizon). Every form is never negative
 * when its inputs are not, and can say in words how it was computed.
 */
@FunctionalInterface
public interface Series {
    /** Sixteen significant digits: far beyond what a workload estimate can claim, and exact for round inputs. */
    MathContext PRECISION = MathContext.DECIMAL64;

    BigDecimal valueAt(int month);

    /**
     * The level at the end of {@code month}: for stored data, what is in place then (the value is the month's
     * average); for a rate, the month's value.
     */
    default BigDecimal levelAt(int month) {
        return valueAt(month);
    }

    /** The value of {@code month} with how it was computed, for --explain. */
    default String explain(int month) {
        return plain(valueAt(month));
    }

    /** The whole series in a few words, for the assumptions. */
    default String describe() {
        return "given month by month";
    }

    /** Whether the value can differ between months; a constant series needs no month-by-month table. */
    default boolean varies() {
        return true;
    }

    static Series fixed(BigDecimal value) {
        return new Fixed(value);
    }

    /** A number with thousands separators and no trailing zeros. */
    static String plain(BigDecimal n) {
        return dev.cloudplan.core.money.Decimals.plain(n.round(PRECISION));
    }

    /** The same value every month: today's form, {@code requests: 2M/month}. */
    record Fixed(BigDecimal value) implements Series {
        @Override
        public BigDecimal valueAt(int month) {
            return value;
        }

        @Override
        public String describe() {
            return plain(value) + " every month";
        }

        @Override
        public boolean varies() {
            return false;
        }
    }

    /** {@code start} in month 1, plus {@code add} every month after. */
    record Linear(BigDecimal start, BigDecimal add) implements Series {
        @Override
        public BigDecimal valueAt(int month) {
            return start.add(add.multiply(BigDecimal.valueOf(month - 1L)));
        }

        @Override
        public String explain(int month) {
            return plain(start) + " + " + plain(add) + " x " + (month - 1) + " = " + plain(valueAt(month));
        }

        @Override
        public String describe() {
            return plain(start) + " in month 1, plus " + plain(add) + " each month (linear)";
        }
    }

    /** From {@code start} in month 1 to {@code end} in month {@code over} in equal steps, then {@code end}. */
    record Ramp(BigDecimal start, BigDecimal end, int over) implements Series {
        public Ramp {
            if (over < 2) {
                throw new IllegalArgumentException("a ramp needs at least 2 months, not " + over);
            }
        }

        @Override
        public BigDecimal valueAt(int month) {
            if (month >= over) {
                return end;
            }
            BigDecimal share = BigDecimal.valueOf(month - 1L).divide(BigDecimal.valueOf(over - 1L), PRECISION);
            return start.add(end.subtract(start).multiply(share)).round(PRECISION);
        }

        @Override
        public String explain(int month) {
            if (month >= over) {
                return plain(end) + " (reached in month " + over + ")";
            }
            return plain(start) + " + (" + plain(end) + " - " + plain(start) + ") x " + (month - 1) + "/" + (over - 1)
                    + " = " + plain(valueAt(month));
        }

        @Override
        public String describe() {
            return "from " + plain(start) + " in month 1 to " + plain(end) + " in month " + over
                    + " in equal steps (linear), then " + plain(end);
        }
    }

    /**
     * {@code start} in month 1, growing by {@code rate} (0.2 for 20%) a month, compounded:
     * start x (1 + rate)^(month - 1). A negative rate above -1 is a decline.
     */
    record Compound(BigDecimal start, BigDecimal rate) implements Series {
        public Compound {
            if (rate.compareTo(BigDecimal.ONE.negate()) <= 0) {
                throw new IllegalArgumentException("a decline of 100% or more a month leaves nothing: " + rate);
            }
        }

        @Override
        public BigDecimal valueAt(int month) {
            return start.multiply(BigDecimal.ONE.add(rate).pow(month - 1, PRECISION), PRECISION);
        }

        @Override
        public String explain(int month) {
            return plain(start) + " x " + plain(BigDecimal.ONE.add(rate)) + "^" + (month - 1) + " = " + plain(valueAt(month));
        }

        @Override
        public String describe() {
            return plain(start) + " in month 1, growing " + plain(rate.movePointRight(2)) + "% a month (compound)";
        }
    }

    /** One value per month as listed; after the list ends its last value holds. */
    record Listed(List<BigDecimal> values) implements Series {
        public Listed {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a month-by-month list needs at least one value");
            }
        }

        @Override
        public BigDecimal valueAt(int month) {
            return values.get(Math.min(month, values.size()) - 1);
        }

        @Override
        public String explain(int month) {
            return plain(valueAt(month)) + (month > values.size() ? " (the list's last value, month " + values.size() + ")" : "");
        }

        @Override
        public String describe() {
            return "listed for months 1 to " + values.size() + ", the last value holding after";
        }
    }

    /** Another series times a factor, such as requests = active users x actions a day x 365/12. */
    record Scaled(Series base, BigDecimal factor, String how) implements Series {
        @Override
        public BigDecimal valueAt(int month) {
            return base.valueAt(month).multiply(factor).round(PRECISION);
        }

        @Override
        public String explain(int month) {
            return plain(base.valueAt(month)) + " " + how + " = " + plain(valueAt(month));
        }

        @Override
        public String describe() {
            return how + ", where the base is " + base.describe();
        }

        @Override
        public boolean varies() {
            return base.varies();
        }
    }
}
