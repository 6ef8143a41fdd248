package dev.cloudplan.report;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.MonthPlan;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.projection.UnpricedCharge;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one canonical result every format renders: the scenario, the catalog used, each architecture's
 * projection, the assumptions behind them and the warnings a reader must see.
 */
public record Report(Scenario scenario, CatalogInfo catalog, LocalDate today, List<Projection> projections,
        boolean comparison, List<Projection> ranking) {
    /** Catalogs older than this are warned about. */
    public static final int STALE_AFTER_DAYS = 90;

    public Report {
        projections = List.copyOf(projections);
        ranking = List.copyOf(ranking);
    }

    /** The report of {@code projections}, ranked once: every renderer asks for the ranking many times. */
    public Report(Scenario scenario, CatalogInfo catalog, LocalDate today, List<Projection> projections,
            boolean comparison) {
        this(scenario, catalog, today, projections, comparison, rank(projections));
    }

    /** How many priced lines, over every month of every architecture, rest on each provenance grade, best first. */
    public Map<Grade, Integer> linesByGrade() {
        // Grade.tally's count with its one key, counted here: its map per key and the list of every line were a
        // twentieth of an HTML report's rendering.
        Map<Grade, Integer> out = new EnumMap<>(Grade.class);
        for (Projection p : projections) {
            for (MonthCost m : p.months()) {
                for (LineItem l : m.lines()) {
                    if (l.priceGrade() != null) {
                        out.merge(l.priceGrade(), 1, Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    /** The footer line that says what the priced lines rest on (docs/catalog.md, "Provenance"). */
    public String provenanceNote() {
        Map<Grade, Integer> byGrade = linesByGrade();
        int all = byGrade.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        byGrade.forEach((g, n) -> parts.add(n + " " + (g == Grade.STATED ? "stated in the spec"
                : g.id())));
        return "Provenance of the " + all + " priced lines (every month, every architecture): "
                + (parts.isEmpty() ? "none" : String.join(", ", parts)) + " (grades: docs/catalog.md#provenance).";
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
                // A charge counts once however many months miss it; a ladder priced in part is said apart, since its
                // lower tiers are in the totals.
                long partial = p.unpriced().stream().filter(UnpricedCharge::partial)
                        .map(u -> u.component() + "/" + u.label()).distinct().count();
                long whole = p.unpriced().stream().filter(u -> !u.partial())
                        .map(u -> u.component() + "/" + u.label()).distinct().count();
                String what = partial == 0 ? whole + " charge(s) could not be priced and are not in its totals"
                        : (whole > 0 ? whole + " charge(s) could not be priced and " : "") + partial + " charge(s) are"
                        + " priced only up to the catalog's last tier; what is not priced is not in its totals";
                out.add("Architecture '" + p.architecture() + "' is INCOMPLETE: " + what + " (see 'Not priced').");
            }
            capacityWarning(p).ifPresent(out::add);
        }
        return out;
    }

    /** The first month a component of {@code p} is over a limit, said once per architecture. */
    static Optional<String> capacityWarning(Projection p) {
        for (MonthPlan plan : p.capacity()) {
            CapacityCheck c = plan.firstOver();
            if (c != null) {
                return Optional.of("Architecture '" + p.architecture() + "' is OVER CAPACITY from month "
                        + plan.month() + ": " + c.component() + " " + c.resource() + " " + c.ofLimit()
                        + " (see 'cloudplan capacity').");
            }
        }
        return Optional.empty();
    }

    /**
     * Complete architectures that carry the load, cheapest total first; then complete ones that are over capacity
     * in some month (their bill is for a system that cannot carry the workload), cheapest first; then the incomplete
     * ones in the spec's order: an incomplete total is a lower bound, so ordering by it would rank a guess against
     * known figures.
     */
    private static List<Projection> rank(List<Projection> projections) {
        // Each architecture's capacity is looked at once, not on every comparison: it walks every check of every
        // month, and a report asks for the ranking many times.
        Map<Projection, Boolean> over = new IdentityHashMap<>();
        List<Projection> complete = new ArrayList<>();
        List<Projection> incomplete = new ArrayList<>();
        for (Projection p : projections) {
            if (p.complete()) {
                over.put(p, p.overCapacity());
                complete.add(p);
            } else {
                incomplete.add(p);
            }
        }
        Comparator<Projection> order = Comparator.<Projection, Boolean>comparing(over::get)
                .thenComparing(Projection::total);
        complete.sort(order); // stable, as the stream's sorted() was
        complete.addAll(incomplete);
        return complete;
    }

    /** 1 for the cheapest complete architecture, 2 for the next ...; null for an incomplete one, which is unranked. */
    public Integer rank(Projection p) {
        if (!p.complete()) {
            return null;
        }
        // indexOf, with another architecture told apart by its name first: a record's equals compares every month's
        // capacity plan before it gets to the name.
        for (int i = 0; i < ranking.size(); i++) {
            Projection q = ranking.get(i);
            if (q == p || java.util.Objects.equals(q.architecture(), p.architecture()) && q.equals(p)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** One line saying how incomplete architectures are listed in a comparison; null when there are none. */
    public String rankingNote() {
        long incomplete = projections.stream().filter(p -> !p.complete()).count();
        long over = projections.stream().filter(p -> p.complete() && p.overCapacity()).count();
        boolean carried = projections.stream().anyMatch(p -> p.complete() && !p.overCapacity());
        List<String> notes = new ArrayList<>();
        if (over > 0 && carried) {
            notes.add(over + (over == 1 ? " architecture is" : " architectures are") + " over capacity in some month"
                    + " (see 'cloudplan capacity'): ranked after those that carry the load, since "
                    + (over == 1 ? "its bill is" : "their bills are") + " for a system that cannot.");
        }
        if (incomplete > 0) {
            notes.add(incomplete + (incomplete == 1 ? " architecture is" : " architectures are") + " incomplete (a price"
                    + " is missing): listed after the complete ones, unranked; " + (incomplete == 1
                    ? "its total is a lower bound." : "their totals are lower bounds."));
        }
        return !comparison || notes.isEmpty() ? null : String.join(" ", notes);
    }

    /** Average cash cost per month over the horizon. */
    public static Money averageMonth(Projection p) {
        return Money.of(p.total().amount().divide(java.math.BigDecimal.valueOf(p.months().size()), 2,
                java.math.RoundingMode.HALF_UP));
    }
}
