package dev.cloudplan.core.workload;

import java.math.BigDecimal;

/**
 * How long stored data stays in its storage class: each piece leaves {@code windowMonths} after it was
 * written, deleted or moved to an archive class. A day is 12/365 of a month and an hour 1/730, as for rates.
 *
 * @param windowMonths how long a piece stays, in months (24 hours = 24/730), greater than 0
 * @param asWritten    the window as the spec wrote it, such as "24 hours", for explanations
 */
public record Retention(BigDecimal windowMonths, String asWritten, Outcome outcome) {
    /** What happens to data when its window ends. */
    public enum Outcome {
        DELETE("deleted"),
        ARCHIVE("moved to the archive class");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public Retention {
        if (windowMonths.signum() <= 0) {
            throw new IllegalArgumentException("a retention window must be longer than 0, not " + asWritten);
        }
    }
}
