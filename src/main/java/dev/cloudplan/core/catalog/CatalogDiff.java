package dev.cloudplan.core.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed between two catalog versions: prices changed, added and removed, per charge and tier. */
public record CatalogDiff(List<Change> changes, List<Price> added, List<Price> removed) {
    private static final Comparator<Price> ORDER = Comparator.comparing(Price::service).thenComparing(Price::region)
            .thenComparing(Price::charge).thenComparing(p -> p.attributes().toString()).thenComparing(Price::tierStart);

    /** One price present in both versions with a different amount or tier end. */
    public record Change(Price before, Price after) {
        /** Percentage change of the unit price, to 2 decimals; null when the old price was zero. */
        public BigDecimal changePct() {
            if (before.usd().signum() == 0) {
                return null;
            }
            return after.usd().subtract(before.usd()).multiply(BigDecimal.valueOf(100))
                    .divide(before.usd(), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
        }
    }

    public static CatalogDiff between(PriceCatalog older, PriceCatalog newer) {
        Map<String, Price> before = index(older.prices());
        Map<String, Price> after = index(newer.prices());
        List<Change> changes = new ArrayList<>();
        List<Price> added = new ArrayList<>();
        List<Price> removed = new ArrayList<>();
        for (Map.Entry<String, Price> e : after.entrySet()) {
            Price old = before.get(e.getKey());
            Price now = e.getValue();
            if (old == null) {
                added.add(now);
            } else if (old.usd().compareTo(now.usd()) != 0 || !sameEnd(old.tierEnd(), now.tierEnd())) {
                changes.add(new Change(old, now));
            }
        }
        for (Map.Entry<String, Price> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                removed.add(e.getValue());
            }
        }
        changes.sort(Comparator.comparing(Change::after, ORDER));
        added.sort(ORDER);
        removed.sort(ORDER);
        return new CatalogDiff(List.copyOf(changes), List.copyOf(added), List.copyOf(removed));
    }

    public boolean isEmpty() {
        return changes.isEmpty() && added.isEmpty() && removed.isEmpty();
    }

    private static boolean sameEnd(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A price's identity across versions: charge, attributes and where its tier starts. */
    private static Map<String, Price> index(List<Price> prices) {
        Map<String, Price> out = new LinkedHashMap<>();
        for (Price p : prices) {
            out.put(p.key() + "@" + p.tierStart().stripTrailingZeros().toPlainString(), p);
        }
        return out;
    }
}
