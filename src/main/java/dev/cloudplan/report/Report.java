package dev.cloudplan.report;

import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.Scenario;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one canonical result every format renders: the scenario, the catalog used, each architecture's
 * projection, the assumptions behind them and the warnings a reader must see.
 */
public record Report(Scenario scenario, CatalogInfo catalog, LocalDate today, List<Projection> projections,
        boolean comparison) {
    /** Catalogs older than this are warned about. */
    public static final int STALE_AFTER_DAYS = 90;

    public Report {
        projections = List.copyOf(projections);
    }

    public long catalogAgeDays() {
        return ChronoUnit.DAYS.between(catalog.date(), today);
    }

    /** Every assumption: the spec's own first, then each architecture's, once each. */
    public List<String> assumptions() {
        Set<String> all = new LinkedHashSet<>(scenario.assumptions());
        projections.forEach(p -> all.addAll(p.assumptions()));
        return new ArrayList<>(all);
    }

    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (catalogAgeDays() > STALE_AFTER_DAYS) {
            out.add("The price catalog '" + catalog.name() + "' is " + catalogAgeDays() + " days old (prices read "
                    + catalog.date() + "); prices may have changed.");
        }
        for (Projection p : projections) {
            if (!p.complete()) {
                out.add("Architecture '" + p.architecture() + "' is INCOMPLETE: " + p.unpriced().size()
                        + " charge(s) could not be priced and are not in its totals (see 'Not priced').");
            }
        }
        return out;
    }

    /** Architectures ordered by total cost over the horizon, complete ones first. */
    public List<Projection> ranking() {
        return projections.stream()
                .sorted(Comparator.comparing((Projection p) -> !p.complete()).thenComparing(Projection::total))
                .toList();
    }

    /** Average cash cost per month over the horizon. */
    public static Money averageMonth(Projection p) {
        return Money.of(p.total().amount().divide(java.math.BigDecimal.valueOf(p.months().size()), 2,
                java.math.RoundingMode.HALF_UP));
    }
}
