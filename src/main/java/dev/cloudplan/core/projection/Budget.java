package dev.cloudplan.core.projection;

import dev.cloudplan.core.money.Money;

/** The money the client allows: per month, per year, or in total over the horizon. */
public record Budget(Money limit, Period period) {
    /** What a budget's limit covers. */
    public enum Period {
        MONTH("month"),
        YEAR("year"),
        TOTAL("horizon");

        private final String word;

        Period(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
