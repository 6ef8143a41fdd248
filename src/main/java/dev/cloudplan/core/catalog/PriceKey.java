package dev.cloudplan.core.catalog;

/** What a pricing rule asks the catalog for: a service's charge in a region, selected by attributes. */
public record PriceKey(String service, String region, String charge, Attributes attributes) {
    @Override
    public String toString() {
        return service + " " + charge + " [" + attributes + "] in " + region;
    }
}
