package dev.cloudplan.core.catalog;

/**
 * The key of a price a region slice of a catalog left out (it is for another region), with the
 * attributes kept as the catalog's text: only a missing-price message ever needs them parsed.
 */
public record ElsewhereKey(String service, String region, String charge, String attributes) {}
