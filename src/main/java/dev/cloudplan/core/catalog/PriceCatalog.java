package dev.cloudplan.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** An immutable, indexed set of prices and free-tier allowances; the data source every estimate prices from. */
public final class PriceCatalog {
    private final CatalogInfo info;
    private final List<Price> prices;
    private final List<FreeTierAllowance> allowances;
    private final Map<PriceKey, PriceSchedule> schedules = new HashMap<>();
    private final Map<PriceKey, String> missingMessages = new java.util.concurrent.ConcurrentHashMap<>();

    public PriceCatalog(CatalogInfo info, List<Price> prices, List<FreeTierAllowance> allowances) {
        this.info = info;
        this.prices = List.copyOf(prices);
        this.allowances = List.copyOf(allowances);
        Map<PriceKey, List<Price>> byKey = new HashMap<>();
        for (Price p : prices) {
            byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        byKey.forEach((key, list) -> {
            list.sort(Comparator.comparing(Price::tierStart));
            checkTiers(key, list);
            schedules.put(key, new PriceSchedule(key, list.get(0).unit(), list));
        });
    }

    /** Tiers must start at zero, be contiguous and share one unit, or a quantity would be priced twice or not at all. */
    private static void checkTiers(PriceKey key, List<Price> tiers) {
        if (tiers.get(0).tierStart().signum() != 0) {
            throw new IllegalArgumentException("first tier of " + key + " does not start at 0");
        }
        for (int i = 1; i < tiers.size(); i++) {
            Price prev = tiers.get(i - 1);
            Price next = tiers.get(i);
            if (prev.tierEnd() == null || prev.tierEnd().compareTo(next.tierStart()) != 0) {
                throw new IllegalArgumentException("tiers of " + key + " are not contiguous at " + next.tierStart());
            }
            if (!prev.unit().equals(next.unit())) {
                throw new IllegalArgumentException("tiers of " + key + " mix units " + prev.unit() + " and " + next.unit());
            }
        }
    }

    /** This catalog with {@code stated} prices added, replacing any of the same key (a spec's own prices). */
    public PriceCatalog withPrices(List<Price> stated) {
        if (stated.isEmpty()) {
            return this;
        }
        java.util.Set<PriceKey> replaced = new java.util.HashSet<>();
        stated.forEach(p -> replaced.add(p.key()));
        List<Price> merged = new ArrayList<>();
        prices.stream().filter(p -> !replaced.contains(p.key())).forEach(merged::add);
        merged.addAll(stated);
        return new PriceCatalog(info, merged, allowances);
    }

    public CatalogInfo info() {
        return info;
    }

    public List<Price> prices() {
        return prices;
    }

    public List<FreeTierAllowance> allowances() {
        return allowances;
    }

    public Set<String> regions() {
        return prices.stream().map(Price::region).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The schedule for {@code key}, or an error that says what is missing and what the catalog has instead. */
    public PriceSchedule schedule(PriceKey key) {
        PriceSchedule s = schedules.get(key);
        if (s == null) {
            // The same charge is missing every month: its message, which searches the whole catalog, is built once.
            throw new MissingPriceException(key, missingMessages.computeIfAbsent(key, this::missingMessage));
        }
        return s;
    }

    private String missingMessage(PriceKey key) {
        StringBuilder msg = new StringBuilder("no price in catalog '" + info.name() + "' for " + key.service() + " "
                + key.charge() + " [" + key.attributes() + "] in " + key.region() + ".");
        Set<String> regionsWithIt = new TreeSet<>();
        Set<String> regionsWithCharge = new TreeSet<>();
        List<Attributes> sameRegion = new ArrayList<>();
        for (PriceKey k : schedules.keySet()) {
            if (k.service().equals(key.service()) && k.charge().equals(key.charge())) {
                regionsWithCharge.add(k.region());
                if (k.attributes().equals(key.attributes())) {
                    regionsWithIt.add(k.region());
                } else if (k.region().equals(key.region())) {
                    sameRegion.add(k.attributes());
                }
            }
        }
        if (!regionsWithIt.isEmpty()) {
            msg.append(" Regions that have it: ").append(String.join(", ", regionsWithIt)).append('.');
        } else {
            msg.append(" No region in the catalog has it");
            regionsWithCharge.remove(key.region());
            if (!regionsWithCharge.isEmpty()) {
                msg.append("; regions with other ").append(key.charge()).append(" prices: ")
                        .append(String.join(", ", regionsWithCharge));
            }
            msg.append('.');
        }
        if (!sameRegion.isEmpty()) {
            msg.append(" In ").append(key.region()).append(" the catalog has: ").append(closest(key.attributes(), sameRegion));
        } else {
            msg.append(" The catalog has no ").append(key.service()).append(' ').append(key.charge())
                    .append(" prices at all in ").append(key.region()).append('.');
        }
        return msg.toString();
    }

    /**
     * What the catalog offers for the attributes whose wanted value it lacks, e.g. "databaseEngine one of
     * PostgreSQL"; when each wanted value exists but not together, the combinations it has.
     */
    private static String closest(Attributes wanted, List<Attributes> candidates) {
        Map<String, Set<String>> offered = new java.util.TreeMap<>();
        for (Attributes c : candidates) {
            c.values().forEach((k, v) -> offered.computeIfAbsent(k, x -> new TreeSet<>()).add(v));
        }
        String missing = offered.entrySet().stream()
                .filter(e -> wanted.get(e.getKey()) == null || !e.getValue().contains(wanted.get(e.getKey())))
                .map(e -> e.getKey() + " one of " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
        if (!missing.isEmpty()) {
            return missing + ".";
        }
        return "each value exists, but not in this combination; it has " + candidates.stream().limit(6)
                .map(a -> "[" + a + "]").collect(Collectors.joining(", ")) + (candidates.size() > 6 ? ", ..." : "") + ".";
    }
}
