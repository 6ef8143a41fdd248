package dev.cloudplan.spec;

import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.Price;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the spec's {@code prices:} section (docs/spec.md, "Prices"): prices the user states, with their source. */
final class StatedPriceReader {
    /** A plain decimal, or one with a short exponent as price lists print them (1.25E-7). */
    private static final Pattern DECIMAL = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE]([+-]?[0-9]{1,3}))?");

    private final String file;
    private final String region;
    private final Limits limits;
    private final List<String> assumptions;
    private final SpecLocations locations;

    StatedPriceReader(String file, String region, Limits limits, List<String> assumptions, SpecLocations locations) {
        this.file = file;
        this.region = region;
        this.limits = limits;
        this.assumptions = assumptions;
        this.locations = locations;
    }

    List<Price> read(SpecNode node) {
        List<Price> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        List<SpecNode> items = node.list();
        Map<dev.cloudplan.core.catalog.PriceKey, SpecNode> stated = new java.util.HashMap<>();
        if (items.size() > limits.listItems()) {
            throw items.get(limits.listItems()).error("more than " + Limits.n(limits.listItems()) + " stated prices in"
                    + " one spec", "import the official offer files instead (cloudplan catalog import)");
        }
        for (SpecNode item : items) {
            item.allowOnly("service", "charge", "attributes", "unit", "usd", "source", "as_of");
            Map<String, String> attrs = new TreeMap<>();
            if (item.has("attributes")) {
                item.get("attributes").requireMap().entries().forEach((k, v) -> attrs.put(k, v.scalar()));
            }
            SpecNode usdNode = item.require("usd", "0.0336");
            BigDecimal usd = usd(usdNode, limits);
            SpecNode asOfNode = item.require("as_of", "2026-11-23");
            LocalDate asOf = Dates.date(asOfNode, "as_of", "write the date you read the price, as 2026-11-23");
            String source = item.require("source", "https://aws.amazon.com/ec2/pricing/on-demand/").scalar();
            SpecNode unitNode = item.require("unit", "Hrs");
            Price price = new Price(item.require("service", "AmazonEC2").scalar(), region,
                    item.require("charge", "instance-hours").scalar(), new Attributes(attrs),
                    unitNode.scalar(), BigDecimal.ZERO, null, usd, asOf,
                    "stated in " + file + ": " + source, "price stated in the spec", "", Grade.STATED, source);
            SpecNode first = stated.putIfAbsent(price.key(), item);
            if (first != null) {
                // Two prices for one key would make a ladder of two tiers both starting at 0.
                throw item.error("a price for " + price.key() + " is already stated at line " + (first.mark().getLine() + 1),
                        "keep one price for each service, charge and attributes (delete or correct this one)");
            }
            locations.putPriceUnit(unitNode.mark(), price.key());
            out.add(price);
            assumptions.add("Price stated in the spec, not from the catalog: " + price.key() + " = "
                    + usd.toPlainString() + " USD per " + price.unit() + " (" + source + ").");
        }
        return out;
    }

    /** A price per unit: a decimal from 0 to the limit, with at most the limit's decimal places. */
    static BigDecimal usd(SpecNode node, Limits limits) {
        String text = node.scalar();
        String fix = "give the price per one unit as a plain decimal, such as 0.0336";
        if (text.startsWith("-")) {
            throw node.error("a price cannot be negative", "give the price per one unit, 0 or more");
        }
        Matcher m = DECIMAL.matcher(text);
        if (!m.matches() && text.matches("[0-9.]+[eE][+-]?[0-9]+")) {
            throw node.error("usd " + Units.shorten(text) + " is out of range: a price is 0 to " + Limits.n(limits.maxPriceUsd())
                    + " USD per unit, with at most " + limits.decimals() + " decimal places", fix);
        }
        if (!m.matches()) {
            throw node.error("usd '" + Units.shorten(text) + "' is not a number", fix);
        }
        int digits = m.group(1).replace(".", "").length();
        if (digits > limits.digits()) {
            throw node.error("usd has " + Limits.n(digits) + " digits, more than the " + limits.digits() + " a number may"
                    + " have", fix);
        }
        BigDecimal usd = new BigDecimal(text).stripTrailingZeros();
        if (usd.compareTo(limits.maxPriceUsd()) > 0) {
            throw node.error("usd " + Units.shorten(text) + " is more than " + Limits.n(limits.maxPriceUsd())
                    + " USD per unit", "give the price of one unit (one hour, one GB, one request), as AWS writes it");
        }
        if (usd.signum() != 0 && usd.scale() > limits.decimals()) {
            throw node.error("usd " + Units.shorten(text) + " has more than " + limits.decimals() + " decimal places",
                    "round it to " + limits.decimals() + " places, or write 0 if it is free");
        }
        return usd.signum() == 0 ? BigDecimal.ZERO : usd;
    }
}
