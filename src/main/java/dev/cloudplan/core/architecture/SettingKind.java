package dev.cloudplan.core.architecture;

/** The type of a component setting, which decides how the spec reader parses and checks it. */
public enum SettingKind {
    /** Free text, e.g. an instance type checked against the catalog when priced. */
    TEXT,
    /** One of a fixed list of choices. */
    CHOICE,
    /** A whole number of at least 0. */
    COUNT,
    BOOLEAN,
    /** A data size in GB ({@code 20 GB}, {@code 1 TB}); {@code auto} leaves it to the workload. */
    GIGABYTES,
    /** A small data size in KB ({@code 1 KB}, {@code 64 KB}), e.g. a message or a log line. */
    KILOBYTES,
    /** A memory size in MB ({@code 256 MB}, {@code 1 GB}). */
    MEGABYTES,
    /** A duration in milliseconds ({@code 200 ms}, {@code 1.5 s}). */
    MILLISECONDS,
    /** A purchase option: {@code on-demand}, {@code reserved 3yr no-upfront}, {@code compute-savings-plan 1yr all-upfront}. */
    PURCHASE,
    /** A share written as a percentage ({@code 70%}), held as a fraction of more than 0 and at most 1. */
    PERCENT,
    /** A plain decimal number, e.g. a peak-to-average factor. */
    NUMBER,
    /** An amount of USD a month ({@code 19 USD/month}, {@code $19/month}): a price the user states, not a catalog price. */
    USD_PER_MONTH,
    /** EBS volume groups, comma-separated: {@code 2 x 500 GB st1, 100 GB io2 8000 IOPS, 200 GB gp3 250 MiB/s}. */
    VOLUMES
}
