package dev.cloudplan.spec;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Dates and months in a spec: ISO forms only, in years a plan can mean, so calendar arithmetic never overflows. */
final class Dates {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private Dates() {}

    static LocalDate date(SpecNode node, String what, String fix) {
        LocalDate d;
        try {
            d = LocalDate.parse(node.scalar());
        } catch (DateTimeParseException e) {
            throw node.error(what + " '" + Units.shorten(node.scalar()) + "' is not a date", fix);
        }
        year(node, d.getYear(), what);
        return d;
    }

    static YearMonth month(SpecNode node, String what, String fix) {
        YearMonth m;
        try {
            m = month(node.scalar());
        } catch (DateTimeParseException e) {
            throw node.error(what + " '" + Units.shorten(node.scalar()) + "' is not a year and month", fix);
        }
        year(node, m.getYear(), what);
        return m;
    }

    /**
     * YearMonth.parse, with its common case (2027-01) read without a DateTimeFormatter: a spec is read on every
     * what-if change. Anything else, errors included, is YearMonth.parse's.
     */
    private static YearMonth month(String text) {
        if (text.length() == 7 && text.charAt(4) == '-' && digits(text, 0, 4) && digits(text, 5, 7)) {
            int month = Integer.parseInt(text, 5, 7, 10);
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(text, 0, 4, 10), month);
            }
        }
        return YearMonth.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void year(SpecNode node, int year, String what) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw node.error(what + " is in " + year + "; cloudplan reads years " + FIRST_YEAR + " to " + LAST_YEAR,
                    "check the year");
        }
    }
}
