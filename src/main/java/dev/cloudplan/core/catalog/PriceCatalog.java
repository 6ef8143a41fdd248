package dev.cloudplan.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An immutable, indexed set of prices and free-tier allowances; the data source every estimate prices from.
 * It holds either every region, or one region's slice (what a run needs): the slice still knows every
 * region's price keys, so {@link #regions()} and missing-price messages read exactly as for the whole.
 */
public final class PriceCatalog {
    private final CatalogInfo info;
    private final List<Price> prices;
    private final List<FreeTierAllowance> allowances;
    // In catalog order, so messages that list what the catalog has read the same for a slice and the whole.
    private final Map<PriceKey, PriceSchedule> schedules = new LinkedHashMap<>();
    private final String onlyRegion; // null: every region
    private final List<ElsewhereKey> elsewhere;
    // Missing-price messages, by key: a missing price is asked for every month, and each message walks every key.
    private final Map<PriceKey, String> missingMessages = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Map<String, List<ElsewhereKey>> elsewhereByCharge; // built on the first missing price
    private volatile Set<String> regions; // built on the first regions()

    public PriceCatalog(CatalogInfo info, List<Price> prices, List<FreeTierAllowance> allowances) {
        this(info, prices, allowances, null, List.of());
    }

    /**
     * The slice of a catalog for {@code region}: {@code prices} are that region's, {@code elsewhere} the keys
     * of the prices of every other region.
     */
    public static PriceCatalog regionSlice(CatalogInfo info, List<Price> prices, List<FreeTierAllowance> allowances,
            String region, List<ElsewhereKey> elsewhere) {
        for (Price p : prices) {
            if (!p.region().equals(region)) {
                throw new IllegalArgumentException("a slice for " + region + " holds a price for " + p.region());
            }
        }
        return new PriceCatalog(info, prices, allowances, region, elsewhere);
    }

    private PriceCatalog(CatalogInfo info, List<Price> prices, List<FreeTierAllowance> allowances, String onlyRegion,
            List<ElsewhereKey> elsewhere) {
        this.info = info;
        this.prices = List.copyOf(prices);
        this.allowances = List.copyOf(allowances);
        this.onlyRegion = onlyRegion;
        this.elsewhere = List.copyOf(elsewhere);
        Map<PriceKey, List<Price>> byKey = new LinkedHashMap<>();
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
        return new PriceCatalog(info, merged, allowances, onlyRegion, elsewhere);
    }

    public CatalogInfo info() {
        return info;
    }

    /** Every price held: all of them, or for a region slice only that region's. */
    public List<Price> prices() {
        return prices;
    }

    /** The region a slice holds; null when this catalog holds every region. */
    public String onlyRegion() {
        return onlyRegion;
    }

    public List<FreeTierAllowance> allowances() {
        return allowances;
    }

    /** Every region the catalog has prices for (a slice included: it knows the others' keys). */
    public Set<String> regions() {
        Set<String> out = regions;
        if (out == null) {
            // Kept: every spec read asks, and the what-if server reads one spec against one catalog many times.
            Set<String> all = prices.stream().map(Price::region).collect(Collectors.toCollection(TreeSet::new));
            elsewhere.forEach(k -> all.add(k.region()));
            out = java.util.Collections.unmodifiableSet(all);
            regions = out;
        }
        return out;
    }

    /** Whether the catalog prices {@code key}. */
    public boolean has(PriceKey key) {
        return schedules.containsKey(key);
    }

    /** The schedule for {@code key}, or an error that says what is missing and what the catalog has instead. */
    public PriceSchedule schedule(PriceKey key) {
        if (onlyRegion != null && !onlyRegion.equals(key.region())) {
            // A slice cannot answer for another region: saying "missing" would be false, so this is a bug.
            throw new IllegalArgumentException("catalog slice for " + onlyRegion + " asked for " + key);
        }
        PriceSchedule s = schedules.get(key);
        if (s == null) {
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
        List<PriceKey> keys = new ArrayList<>(schedules.keySet());
        Map<String, Attributes> parsed = new HashMap<>(); // regions repeat the same attributes: parse each text once
        for (ElsewhereKey e : elsewhereByCharge().getOrDefault(key.service() + " " + key.charge(), List.of())) {
            keys.add(new PriceKey(e.service(), e.region(), e.charge(), parsed.computeIfAbsent(e.attributes(), Attributes::parse)));
        }
        for (PriceKey k : keys) {
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

    /** The other regions' keys by service and charge: a message looks at one charge's, not at all of them. */
    private Map<String, List<ElsewhereKey>> elsewhereByCharge() {
        Map<String, List<ElsewhereKey>> m = elsewhereByCharge;
        if (m == null) {
            m = new HashMap<>();
            for (ElsewhereKey e : elsewhere) {
                m.computeIfAbsent(e.service() + " " + e.charge(), k -> new ArrayList<>()).add(e);
            }
            elsewhereByCharge = m;
        }
        return m;
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
