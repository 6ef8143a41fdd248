package dev.cloudplan.pricelist;

import java.util.Map;

/**
 * One product (SKU) of an AWS Price List offer file: its product family and attributes. Attribute names
 * are normalised (lower case, letters and digits only) so the JSON's {@code usagetype} and the CSV's
 * {@code usageType} or {@code Instance Type} and {@code instanceType} are the same key.
 */
public record OfferProduct(String sku, String productFamily, Map<String, String> attributes) {
    public OfferProduct {
        attributes = Map.copyOf(attributes);
    }

    /** The attribute's value, or null; {@code name} may be written either way ("usageType", "usagetype"). */
    public String attribute(String name) {
        return attributes.get(normalise(name));
    }

    /** The key form attributes are stored under. */
    public static String normalise(String name) {
        if (isNormalised(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static boolean isNormalised(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
