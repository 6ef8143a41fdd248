package dev.cloudplan.core.pricing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One database engine major version's support dates as AWS publishes them (engine-support.csv): when standard support
 * ends, when RDS Extended Support's year 1 and year 3 prices start, and when Extended Support ends, with the page read.
 *
 * @param engine               {@code mysql}, {@code postgresql}, {@code aurora-mysql} or {@code aurora-postgresql}
 * @param majorVersion         as DescribeDBMajorEngineVersions names it: 5.7, 8.0, 11
 * @param year3PricingStart    null where AWS states no year 3 price ("Not applicable"): year 1 prices to the end
 */
public record EngineSupport(String engine, String majorVersion, LocalDate endOfStandardSupport,
        LocalDate year1PricingStart, LocalDate year3PricingStart, LocalDate endOfExtendedSupport, String source,
        String asOf) {
    public static final String YEAR_1_2 = "year-1-2";
    public static final String YEAR_3 = "year-3";

    /**
     * The phase billed on {@code day}: null before year 1 pricing starts (AWS enrols a version the day after standard
     * support ends but may start charging later) and after Extended Support ends (RDS then upgrades the version).
     */
    public String phaseOn(LocalDate day) {
        if (day.isBefore(year1PricingStart) || day.isAfter(endOfExtendedSupport)) {
            return null;
        }
        return year3PricingStart != null && !day.isBefore(year3PricingStart) ? YEAR_3 : YEAR_1_2;
    }

    /** The days of {@code month} in each billed phase, in the order they come; a phase with no day is left out. */
    public Map<String, Integer> daysIn(YearMonth month) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            String phase = phaseOn(month.atDay(d));
            if (phase != null) {
                out.merge(phase, 1, Integer::sum);
            }
        }
        return out;
    }

    /** The dates in one sentence, with their source. */
    public String describe() {
        return engine + " " + majorVersion + ": standard support ends " + endOfStandardSupport + ", Extended Support year 1"
                + " pricing from " + year1PricingStart + (year3PricingStart != null ? ", year 3 pricing from "
                + year3PricingStart : ", no year 3 price (year 1 prices to the end)") + ", Extended Support ends "
                + endOfExtendedSupport + " (" + source + ", " + asOf + ")";
    }
}
