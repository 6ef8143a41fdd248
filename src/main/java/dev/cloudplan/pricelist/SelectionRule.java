package dev.cloudplan.pricelist;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which products of one service feed one of cloudplan's charges, and how their attributes become the
 * charge's catalog attributes. Read from the selection data file, never written in code.
 *
 * @param productFamily  the product family the SKU must have, or null for any
 * @param match          product attributes that must have one of the listed values
 * @param usagetype      regular expression the product's usagetype must contain a match of, or null
 * @param unit           the Price List unit the rule bills in, written to the catalog; rates in another unit are
 *                       skipped (compared ignoring case, AWS has written "hrs" and "Hrs")
 * @param unitAliases    other spellings of the same unit seen in offer files
 * @param set            catalog attributes given fixed values
 * @param copy           catalog attribute, from product attribute
 * @param translate      catalog attribute, product value to catalog value (values not listed are kept)
 * @param reserved       whether Reserved terms are imported too (adding purchaseOption, term, payment,
 *                       offeringClass; their upfront fees become the {@code upfront} charge)
 * @param freeTierBand   whether a leading $0 tier is the free tier, which free-tier.csv models by account
 *                       age, so it is dropped from the price ladder instead of being counted twice
 * @param instanceTypes  the service whose instance types (vcpu, memory) these products document, or null
 * @param source         where the product's usagetype, attributes and unit were seen in a real offer file or
 *                       Price List record (a citation for reviewers; the importer does not read it)
 */
public record SelectionRule(
        String charge,
        String productFamily,
        Map<String, List<String>> match,
        String usagetype,
        String unit,
        List<String> unitAliases,
        Map<String, String> set,
        Map<String, String> copy,
        Map<String, Map<String, String>> translate,
        boolean reserved,
        boolean freeTierBand,
        String instanceTypes,
        String source) {

    public SelectionRule {
        if (charge == null || unit == null) {
            throw new IllegalArgumentException("a selection rule needs 'charge' and 'unit'");
        }
        match = match == null ? Map.of() : Map.copyOf(match);
        unitAliases = unitAliases == null ? List.of() : List.copyOf(unitAliases);
        set = set == null ? Map.of() : Map.copyOf(set);
        copy = copy == null ? Map.of() : Map.copyOf(copy);
        translate = translate == null ? Map.of() : Map.copyOf(translate);
        compiled(usagetype);
    }

    private static Pattern compiled(String regex) {
        return regex == null ? null : Pattern.compile(regex);
    }

    /** True when {@code product} is one this rule selects. */
    public boolean matches(OfferProduct product, Pattern usagetypePattern) {
        if (productFamily != null && !productFamily.equals(product.productFamily())) {
            return false;
        }
        for (Map.Entry<String, List<String>> m : match.entrySet()) {
            if (!m.getValue().contains(product.attribute(m.getKey()))) {
                return false;
            }
        }
        if (usagetypePattern != null) {
            String usage = product.attribute("usagetype");
            return usage != null && usagetypePattern.matcher(usage).find();
        }
        return true;
    }

    /** True when a rate in {@code rateUnit} is billed in this rule's unit. */
    public boolean billsIn(String rateUnit) {
        if (unit.equalsIgnoreCase(rateUnit)) {
            return true;
        }
        return unitAliases.stream().anyMatch(a -> a.equalsIgnoreCase(rateUnit));
    }

    public Pattern usagetypePattern() {
        return compiled(usagetype);
    }
}
