package dev.cloudplan.core.pricing.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An S3 storage class, warmest first (the order lifecycle rules move objects in), with the catalog's name for it
 * and the billing rules beyond storage and requests that "The complete guide to the S3 pricing model" (verified
 * 2026-10-03 against the Price List, search index file 70117328821, section 2.3) lists: minimum storage duration,
 * minimum billable object size, and whether a GB read back is billed.
 */
public enum S3StorageClass {
    STANDARD("Standard", "Standard", 0, 0, false),
    INTELLIGENT_TIERING("IntelligentTiering", "Intelligent-Tiering", 0, 0, false),
    STANDARD_IA("Standard-IA", "Standard-IA", 30, 128, true),
    ONEZONE_IA("OneZone-IA", "One Zone-IA", 30, 128, true),
    GLACIER_IR("GlacierInstantRetrieval", "Glacier Instant Retrieval", 90, 128, true),
    GLACIER_FLEXIBLE("GlacierFlexibleRetrieval", "Glacier Flexible Retrieval", 90, 0, true),
    GLACIER_DEEP_ARCHIVE("GlacierDeepArchive", "Glacier Deep Archive", 180, 0, true);

    private final String catalogName;
    private final String label;
    private final int minimumDays;
    private final int minimumObjectKb;
    private final boolean billsRetrieval;

    S3StorageClass(String catalogName, String label, int minimumDays, int minimumObjectKb, boolean billsRetrieval) {
        this.catalogName = catalogName;
        this.label = label;
        this.minimumDays = minimumDays;
        this.minimumObjectKb = minimumObjectKb;
        this.billsRetrieval = billsRetrieval;
    }

    /** The name a spec writes: {@code standard-ia}, {@code glacier-ir}. */
    public String specName() {
        return switch (this) {
            case ONEZONE_IA -> "onezone-ia";
            case GLACIER_IR -> "glacier-ir";
            default -> name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    /** Every class's spec name, warmest first. */
    public static List<String> specNames() {
        return Arrays.stream(values()).map(S3StorageClass::specName).toList();
    }

    public static S3StorageClass bySpecName(String name) {
        return Arrays.stream(values()).filter(c -> c.specName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown S3 storage class " + name));
    }

    /** The catalog's {@code storageClass} attribute value. */
    public String catalogName() {
        return catalogName;
    }

    public String label() {
        return label;
    }

    /** Days an object is billed for at the least, whenever it is deleted, overwritten or moved; 0 when none. */
    public int minimumDays() {
        return minimumDays;
    }

    /** Objects smaller than this are billed as this size (KB); 0 when the class has no minimum. */
    public int minimumObjectKb() {
        return minimumObjectKb;
    }

    /** Whether reading data back is billed per GB (on top of the GET requests). */
    public boolean billsRetrieval() {
        return billsRetrieval;
    }
}
