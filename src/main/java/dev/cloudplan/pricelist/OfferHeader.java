package dev.cloudplan.pricelist;

/** The identity of an offer file: which service, which version, published when. */
public record OfferHeader(String formatVersion, String offerCode, String version, String publicationDate) {
    /** The publication date's day (the files write ISO date-times such as 2026-11-20T19:43:39Z). */
    public String publicationDay() {
        return publicationDate == null || publicationDate.length() < 10 ? publicationDate : publicationDate.substring(0, 10);
    }
}
