package dev.cloudplan.core.workload;

/** A workload figure that drives usage, with the unit its monthly value is expressed in. */
public enum Driver {
    REQUESTS("requests", "requests/month"),
    REQUEST_SIZE("request_size", "KB"),
    DB_READS("database.reads", "reads/month"),
    DB_WRITES("database.writes", "writes/month"),
    ITEM_SIZE("database.item_size", "KB"),
    READ_ITEM_SIZE("database.read_item_size", "KB"),
    WRITE_ITEM_SIZE("database.write_item_size", "KB"),
    STORED_DATA("database.stored", "GB"),
    STATIC_ASSETS("static_assets", "GB"),
    STATIC_REQUESTS("static_requests", "requests/month"),
    UPLOADS("uploads", "requests/month"),
    EGRESS("egress", "GB/month"),
    DNS_QUERIES("dns_queries", "queries/month"),
    CONCURRENT_USERS("users.concurrent", "users"),
    ACTIVE_USERS("users.active", "users"),
    TOTAL_USERS("users.total", "users");

    private final String specName;
    private final String unit;

    Driver(String specName, String unit) {
        this.specName = specName;
        this.unit = unit;
    }

    /** The driver's path in the spec's workload section, e.g. {@code database.reads}. */
    public String specName() {
        return specName;
    }

    public String unit() {
        return unit;
    }
}
