package dev.cloudplan.pricelist;

import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceKey;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Price List offer files into catalog prices: keeps the SKUs the selection names, maps their
 * attributes to cloudplan's charge attributes, assembles tiers, and says what it skipped and why.
 */
public final class Importer {
    /** Where the Price List lives; offer files' sources are written as URLs under it. */
    public static final String PRICE_LIST_BASE = "https://pricing.us-east-1.amazonaws.com";
    private static final Pattern MEMORY = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*GiB$");

    private final Selection selection;
    private final Set<String> regions;
    private final LocalDate today;
    private final Map<String, String> texts = new HashMap<>();

    /** One offer file to read, and the URL it was downloaded from (null when the user gives a local file). */
    public record OfferSource(Path file, String url) {}

    /** What an import produced and what it left out. */
    public record Result(List<Price> prices, List<InstanceTypes.InstanceType> instanceTypes, List<OfferHeader> offers,
            Map<String, ServiceCounts> counts, List<Skip> skipped, Set<PriceKey> unresolved) {
        /**
         * The charges the import priced, as "service region charge": they replace the base catalog's prices
         * of those charges (an offer file holds a charge's every SKU), while charges the selection does not
         * import (ElastiCache Serverless, say) keep the base catalog's prices.
         */
        public Set<String> chargesPriced() {
            Set<String> out = new java.util.TreeSet<>();
            prices.forEach(p -> out.add(chargeOf(p)));
            return out;
        }

        public static String chargeOf(Price p) {
            return p.service() + " " + p.region() + " " + p.charge();
        }
    }

    /** How much of one service's offer was read and kept. */
    public static final class ServiceCounts {
        public long products;
        public long otherRegions;
        public long selected;
        public long rates;
        public long prices;
    }

    /** Rates or products left out for one reason, with how many and an example. */
    public record Skip(String service, String reason, long count, String example) {}

    /**
     * @param regions region codes to keep; empty keeps every region of the file
     */
    public Importer(Selection selection, Set<String> regions, LocalDate today) {
        this.selection = selection;
        this.regions = Set.copyOf(regions);
        this.today = today;
    }

    /** One rate that survived selection, before tiers are assembled. */
    private record Candidate(PriceKey key, String unit, BigDecimal begin, BigDecimal end, BigDecimal usd, String sku,
            String description, LocalDate asOf, String source, SelectionRule rule) {}

    public Result run(List<OfferSource> sources) {
        Map<PriceKey, List<Candidate>> byKey = new LinkedHashMap<>();
        Map<String, ServiceCounts> counts = new TreeMap<>();
        Map<String, Skip> skips = new LinkedHashMap<>();
        Map<String, InstanceTypes.InstanceType> types = new TreeMap<>();
        List<OfferHeader> offers = new ArrayList<>();
        for (OfferSource source : sources) {
            FileSink sink = new FileSink(source, byKey, counts, skips, types);
            offers.add(OfferFileReader.read(source.file(), sink));
        }
        List<Price> prices = new ArrayList<>();
        Set<PriceKey> unresolved = new java.util.HashSet<>();
        for (Map.Entry<PriceKey, List<Candidate>> e : byKey.entrySet()) {
            if (!assemble(e.getKey(), e.getValue(), prices, skips)) {
                unresolved.add(e.getKey());
            }
        }
        prices.forEach(p -> counts.get(p.service()).prices++);
        return new Result(prices, List.copyOf(types.values()), offers, counts, List.copyOf(skips.values()),
                Set.copyOf(unresolved));
    }

    /** One copy of each repeated text (descriptions, URLs, attribute values) across the prices kept. */
    private String intern(String text) {
        return texts.computeIfAbsent(text, t -> t);
    }

    private static void skip(Map<String, Skip> skips, String service, String reason, String example) {
        skips.merge(service + "\u0000" + reason, new Skip(service, reason, 1, example),
                (a, b) -> new Skip(a.service(), a.reason(), a.count() + 1, a.example()));
    }

    /** Reads one file: chooses products by the selection, turns their rates into candidates. */
    private final class FileSink implements OfferFileReader.Sink {
        private final OfferSource source;
        private final Map<PriceKey, List<Candidate>> byKey;
        private final Map<String, ServiceCounts> counts;
        private final Map<String, Skip> skips;
        private final Map<String, InstanceTypes.InstanceType> types;
        private final Map<String, SelectionRule> ruleOfSku = new HashMap<>();
        private OfferHeader header;
        private ServiceCounts count;
        private Set<String> attributesRead;

        FileSink(OfferSource source, Map<PriceKey, List<Candidate>> byKey, Map<String, ServiceCounts> counts,
                Map<String, Skip> skips, Map<String, InstanceTypes.InstanceType> types) {
            this.source = source;
            this.byKey = byKey;
            this.counts = counts;
            this.skips = skips;
            this.types = types;
        }

        @Override
        public void begin(OfferHeader h) {
            if (h.offerCode() == null) {
                throw new OfferFormatException(source.file() + ": 'offerCode' must come before 'products'");
            }
            header = h;
            count = counts.computeIfAbsent(h.offerCode(), k -> new ServiceCounts());
            attributesRead = selection.attributesRead(h.offerCode());
            if (selection.rules(h.offerCode()).isEmpty()) {
                skip(skips, h.offerCode(), "no cloudplan rule prices this service (services with rules: "
                        + String.join(", ", selection.services()) + ")", source.file().toString());
            }
        }

        @Override
        public Set<String> attributesRead() {
            return attributesRead;
        }

        @Override
        public boolean wants(OfferProduct product) {
            count.products++;
            if (targets(product).isEmpty()) {
                count.otherRegions++;
                return false;
            }
            var rule = selection.ruleFor(header.offerCode(), product);
            if (rule.isEmpty()) {
                return false;
            }
            for (String from : rule.get().copy().values()) {
                if (product.attribute(from) == null) {
                    skip(skips, header.offerCode(), "product has no '" + from + "' attribute, which charge '"
                            + rule.get().charge() + "' needs", product.sku());
                    return false;
                }
            }
            count.selected++;
            ruleOfSku.put(product.sku(), rule.get());
            if (rule.get().instanceTypes() != null) {
                instanceType(rule.get().instanceTypes(), product);
            }
            return true;
        }

        private void instanceType(String service, OfferProduct product) {
            String name = product.attribute("instanceType");
            String vcpu = product.attribute("vcpu");
            String memory = product.attribute("memory");
            if (name == null || vcpu == null || memory == null) {
                return;
            }
            Matcher m = MEMORY.matcher(memory.replace(",", ""));
            if (!m.matches() || !vcpu.matches("[0-9]+")) {
                skip(skips, header.offerCode(), "instance type with vcpu '" + vcpu + "' and memory '" + memory
                        + "' not understood (kept its prices, not its size)", name);
                return;
            }
            types.putIfAbsent(service + " " + name, new InstanceTypes.InstanceType(service, name, Integer.parseInt(vcpu),
                    new BigDecimal(m.group(1)), null, null, null, null, null, null, null, null, true,
                    sourceUrl(selection.region(product)), asOf()));
        }

        @Override
        public void accept(OfferRate rate) {
            count.rates++;
            SelectionRule rule = ruleOfSku.get(rate.product().sku());
            String service = header.offerCode();
            boolean reservedTerm = rate.termType().equals("Reserved");
            if (reservedTerm && !rule.reserved()) {
                skip(skips, service, "Reserved term for charge '" + rule.charge() + "', which cloudplan prices on demand",
                        rate.product().sku());
                return;
            }
            if (!reservedTerm && !rate.termType().equals("OnDemand")) {
                skip(skips, service, "term type '" + rate.termType() + "' is not OnDemand or Reserved",
                        rate.product().sku());
                return;
            }
            if (rate.usd() == null) {
                skip(skips, service, "no USD price", rate.position());
                return;
            }
            if (rate.usd().signum() < 0) {
                skip(skips, service, "negative price " + rate.usd().toPlainString(), rate.position());
                return;
            }
            String charge = rule.charge();
            String unit = rule.unit();
            if (reservedTerm && rate.unit().equals("Quantity")) {
                charge = "upfront";
                unit = "Quantity";
            } else if (!rule.billsIn(rate.unit())) {
                skip(skips, service, "unit '" + rate.unit() + "' where charge '" + rule.charge() + "' bills in '"
                        + rule.unit() + "'", rate.position());
                return;
            }
            Map<String, String> attributes = new TreeMap<>(rule.set());
            rule.copy().forEach((to, from) -> {
                String value = rate.product().attribute(from);
                attributes.put(to, intern(rule.translate().getOrDefault(to, Map.of()).getOrDefault(value, value)));
            });
            if (rule.reserved()) {
                if (!purchaseAttributes(rate, attributes)) {
                    skip(skips, service, "Reserved term without LeaseContractLength or PurchaseOption", rate.position());
                    return;
                }
            }
            for (String region : targets(rate.product())) {
                PriceKey key = new PriceKey(service, region, charge, new Attributes(attributes));
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Candidate(key, unit,
                        rate.beginRange() == null ? BigDecimal.ZERO : rate.beginRange(), rate.endRange(), rate.usd(),
                        rate.product().sku(), describe(rate), asOf(), sourceUrl(selection.region(rate.product())), rule));
            }
        }

        /** The regions a product's prices go to: its own if wanted; every wanted region for a global service. */
        private List<String> targets(OfferProduct product) {
            String region = selection.region(product);
            if (region == null) {
                return List.of();
            }
            if (region.equals(Selection.GLOBAL)) {
                return List.copyOf(regions.isEmpty() ? selection.regions().stream()
                        .filter(r -> !r.equals(Selection.GLOBAL)).toList() : regions);
            }
            return regions.isEmpty() || regions.contains(region) ? List.of(region) : List.of();
        }

        private boolean purchaseAttributes(OfferRate rate, Map<String, String> attributes) {
            if (rate.termType().equals("OnDemand")) {
                attributes.put("purchaseOption", "OnDemand");
                return true;
            }
            String lease = rate.termAttributes().get("LeaseContractLength");
            String payment = rate.termAttributes().get("PurchaseOption");
            if (lease == null || payment == null) {
                return false;
            }
            attributes.put("purchaseOption", "Reserved");
            attributes.put("term", lease.replace(" ", ""));
            attributes.put("payment", payment.replace(" ", ""));
            attributes.put("offeringClass", rate.termAttributes().getOrDefault("OfferingClass", "standard"));
            return true;
        }

        /**
         * AWS's own description of the rate. The offer version and publication date are in the price's
         * source URL and as-of date, the SKU in its own column, the file and import date in the manifest;
         * repeating them on every price would multiply the catalog's size.
         */
        private String describe(OfferRate rate) {
            return intern(rate.description() == null ? "" : rate.description().trim());
        }

        private LocalDate asOf() {
            try {
                return header.publicationDay() == null ? today : LocalDate.parse(header.publicationDay());
            } catch (DateTimeParseException e) {
                return today;
            }
        }

        /** The downloaded URL, else the offer version's regional file (which holds the same prices). */
        private String sourceUrl(String region) {
            if (source.url() != null) {
                return source.url();
            }
            String name = source.file().getFileName().toString().toLowerCase();
            return intern(PRICE_LIST_BASE + "/offers/v1.0/aws/" + header.offerCode() + "/" + header.version() + "/"
                    + region + "/index." + (name.endsWith(".csv") ? "csv" : "json"));
        }
    }

    /**
     * Sorts a key's rates into a contiguous tier ladder, or skips the key with the reason. Several SKUs may
     * price one key (AWS keeps a legacy unprefixed usagetype beside its USE1- twin); they are accepted when
     * their ladders agree.
     */
    private static boolean assemble(PriceKey key, List<Candidate> rates, List<Price> out, Map<String, Skip> skips) {
        Map<String, List<Candidate>> bySku = new TreeMap<>();
        rates.forEach(c -> bySku.computeIfAbsent(c.sku(), k -> new ArrayList<>()).add(c));
        List<Price> chosen = null;
        String chosenSku = null;
        for (Map.Entry<String, List<Candidate>> e : bySku.entrySet()) {
            List<Price> ladder = ladder(key, e.getValue(), skips);
            if (ladder == null) {
                return false;
            }
            if (chosen == null) {
                chosen = ladder;
                chosenSku = e.getKey();
            } else if (!sameLadder(chosen, ladder)) {
                skip(skips, key.service(), "two SKUs give different prices for the same charge (the selection is not"
                        + " specific enough)", key + ": SKU " + chosenSku + " vs SKU " + e.getKey());
                return false;
            }
        }
        out.addAll(chosen);
        return true;
    }

    private static boolean sameLadder(List<Price> a, List<Price> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Price x = a.get(i);
            Price y = b.get(i);
            if (x.usd().compareTo(y.usd()) != 0 || x.tierStart().compareTo(y.tierStart()) != 0
                    || (x.tierEnd() == null ? y.tierEnd() != null : y.tierEnd() == null || x.tierEnd().compareTo(y.tierEnd()) != 0)) {
                return false;
            }
        }
        return true;
    }

    /** One SKU's rates for a key as a ladder, or null (with the reason recorded) when they do not form one. */
    private static List<Price> ladder(PriceKey key, List<Candidate> rates, Map<String, Skip> skips) {
        Map<BigDecimal, Candidate> byStart = new TreeMap<>();
        for (Candidate c : rates) {
            Candidate before = byStart.putIfAbsent(c.begin().stripTrailingZeros(), c);
            if (before != null && before.usd().compareTo(c.usd()) != 0) {
                skip(skips, key.service(), "one SKU gives two prices for the same tier", key + ": SKU " + c.sku());
                return null;
            }
        }
        List<Candidate> tiers = new ArrayList<>(byStart.values());
        Candidate first = tiers.get(0);
        BigDecimal expected = BigDecimal.ZERO;
        if (first.rule().freeTierBand() && tiers.size() > 1 && first.usd().signum() == 0 && first.end() != null) {
            tiers.remove(0);
            expected = first.end();
        }
        List<Price> ladder = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            Candidate c = tiers.get(i);
            if (expected == null) {
                skip(skips, key.service(), "a tier without end is followed by another", key + ": SKU " + c.sku());
                return null;
            }
            if (c.begin().compareTo(expected) != 0) {
                skip(skips, key.service(), "tiers are not contiguous", key + ": a tier starts at "
                        + c.begin().toPlainString() + " where " + expected.toPlainString() + " was expected");
                return null;
            }
            // A dropped free band's quantity is drawn from free-tier.csv at the bottom of the ladder, so the
            // next tier is extended down to 0 and the other bounds stay where AWS put them.
            BigDecimal start = i == 0 ? BigDecimal.ZERO : c.begin();
            BigDecimal end = c.end();
            if (end != null && end.compareTo(start) <= 0) {
                skip(skips, key.service(), "a tier ends before it starts", key.toString());
                return null;
            }
            ladder.add(new Price(key.service(), key.region(), key.charge(), key.attributes(), c.unit(), start, end,
                    c.usd().stripTrailingZeros(), c.asOf(), c.source(), c.description(), c.sku(), Grade.PRICE_LIST,
                    c.source()));
            expected = c.end();
        }
        return ladder;
    }
}
