package dev.cloudplan.spec;

import dev.cloudplan.core.workload.Accumulation;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.Retention;
import dev.cloudplan.core.workload.Series;
import dev.cloudplan.core.workload.Workload;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the spec's workload section (docs/spec.md, "Workload" and "Growth"): each driver fixed, linear,
 * compound or listed month by month; stored data either a level or an inflow that accumulates, with retention.
 */
final class WorkloadReader {
    static final List<String> KEYS = List.of("users", "requests", "actions_per_user_per_day", "request_size", "database",
            "static_assets", "static_requests", "uploads", "egress", "dns_queries", "peak", "spike");
    private static final List<String> GROWTH_KEYS = List.of("start", "growth", "add", "end", "over");
    private static final List<String> INFLOW_KEYS = List.of("initial", "add", "per_upload", "keep", "then");
    private static final String GROW_FIX = "add growth: 20%/month (compound), add: <amount added each month> (linear),"
            + " or end: <value> with over: 6 months (linear from start to end)";

    private final List<String> assumptions;
    private final int horizon;
    private final Limits limits;
    /** Drivers a sweep fixes at one value, in place of what the spec writes (see VariedSpec). */
    private final Map<Driver, BigDecimal> overrides;
    /** Figures written as ranges: each scenario's draw, else the median (docs/ranges.md). */
    private final RangeValues ranges;

    WorkloadReader(List<String> assumptions, int horizon, Limits limits) {
        this(assumptions, horizon, limits, Map.of(), new RangeValues(Map.of(), assumptions));
    }

    WorkloadReader(List<String> assumptions, int horizon, Limits limits, Map<Driver, BigDecimal> overrides,
            RangeValues ranges) {
        this.assumptions = assumptions;
        this.horizon = horizon;
        this.limits = limits;
        this.overrides = overrides;
        this.ranges = ranges;
    }

    /**
     * Puts the fixed values of {@code which} in place just after they are read, before the figures derived from them
     * (reads per request, uploads x size, the peak), so those follow the swept value as if the file said it.
     */
    private void override(Map<Driver, Series> drivers, Driver... which) {
        for (Driver d : which) {
            if (overrides.containsKey(d)) {
                drivers.put(d, Series.fixed(overrides.get(d)));
            }
        }
    }

    /** A figure that grows is checked over the whole horizon, so growth cannot carry it past the limit later. */
    private Series bounded(SpecNode node, Series series) {
        if (!series.varies()) {
            return series;
        }
        for (int m = 1; m <= horizon; m++) {
            bounded(node, series.valueAt(m).max(series.levelAt(m)), m);
        }
        return series;
    }

    /** A figure derived from others (requests x reads per request) is held to the same limit as one written. */
    private void bounded(SpecNode node, BigDecimal value, int month) {
        if (value.compareTo(limits.maxValue()) > 0) {
            throw node.error(node.describe() + " reaches " + value.round(new java.math.MathContext(3)) + " in month "
                    + month + ", more than " + Limits.n(limits.maxValue()) + ", the largest value cloudplan prices",
                    "check the figure, its growth rate and its unit, or shorten the horizon");
        }
    }

    Workload read(SpecNode node) {
        node.allowOnly(KEYS);
        Map<Driver, Series> drivers = new EnumMap<>(Driver.class);
        if (node.has("users")) {
            SpecNode users = node.get("users").allowOnly("total", "active", "concurrent");
            put(drivers, Driver.TOTAL_USERS, users.get("total"), Units::count, "10K");
            put(drivers, Driver.ACTIVE_USERS, users.get("active"), Units::count, "5K");
            put(drivers, Driver.CONCURRENT_USERS, users.get("concurrent"), Units::count, "1K");
        }
        override(drivers, Driver.TOTAL_USERS, Driver.ACTIVE_USERS, Driver.CONCURRENT_USERS);
        put(drivers, Driver.REQUESTS, node.get("requests"), Units::perMonth, "100M/month");
        if (node.has("actions_per_user_per_day") && !overrides.containsKey(Driver.REQUESTS)) {
            actionsPerUser(drivers, node);
        }
        override(drivers, Driver.REQUESTS);
        put(drivers, Driver.REQUEST_SIZE, node.get("request_size"), t -> Units.size(t, "KB"), "2 KB");
        put(drivers, Driver.UPLOADS, node.get("uploads"), Units::perMonth, "100K/month");
        override(drivers, Driver.REQUEST_SIZE, Driver.UPLOADS);
        if (node.has("database")) {
            SpecNode db = node.get("database").allowOnly("reads", "writes", "reads_per_request",
                    "writes_per_request", "item_size", "read_item_size", "write_item_size", "stored");
            put(drivers, Driver.DB_READS, db.get("reads"), Units::perMonth, "100M/month");
            put(drivers, Driver.DB_WRITES, db.get("writes"), Units::perMonth, "10M/month");
            perRequest(drivers, db, "reads_per_request", Driver.DB_READS);
            perRequest(drivers, db, "writes_per_request", Driver.DB_WRITES);
            put(drivers, Driver.ITEM_SIZE, db.get("item_size"), t -> Units.size(t, "KB"), "1 KB");
            put(drivers, Driver.READ_ITEM_SIZE, db.get("read_item_size"), t -> Units.size(t, "KB"), "6 KB");
            put(drivers, Driver.WRITE_ITEM_SIZE, db.get("write_item_size"), t -> Units.size(t, "KB"), "1 KB");
            if (db.has("stored")) {
                drivers.put(Driver.STORED_DATA, stored(db.get("stored"), drivers));
            }
        }
        override(drivers, Driver.DB_READS, Driver.DB_WRITES, Driver.ITEM_SIZE, Driver.READ_ITEM_SIZE,
                Driver.WRITE_ITEM_SIZE, Driver.STORED_DATA);
        if (node.has("static_assets")) {
            drivers.put(Driver.STATIC_ASSETS, stored(node.get("static_assets"), drivers));
        }
        put(drivers, Driver.STATIC_REQUESTS, node.get("static_requests"), Units::perMonth, "10M/month");
        put(drivers, Driver.EGRESS, node.get("egress"), Units::gbPerMonth, "500 GB/month");
        put(drivers, Driver.DNS_QUERIES, node.get("dns_queries"), Units::perMonth, "5M/month");
        override(drivers, Driver.STATIC_ASSETS, Driver.STATIC_REQUESTS, Driver.EGRESS, Driver.DNS_QUERIES);
        drivers.forEach((d, s) -> {
            if (s.varies()) {
                assumptions.add("Workload " + d.specName() + " (" + d.unit() + "): " + s.describe() + ".");
            }
        });
        return new Workload(drivers, new PeakReader(this, horizon).read(node.get("peak"), drivers));
    }

    private void put(Map<Driver, Series> drivers, Driver d, SpecNode node, Function<String, BigDecimal> parse,
            String example) {
        if (node != null) {
            drivers.put(d, series(node, parse, example, d.unit()));
        }
    }

    /** One value, a list of values month by month, or a start with one way to grow. */
    Series series(SpecNode node, Function<String, BigDecimal> parse, String example) {
        return series(node, parse, example, null);
    }

    /** As above; {@code unit} names the figure's unit where it may be a range, null where it may not (a peak). */
    Series series(SpecNode node, Function<String, BigDecimal> parse, String example, String unit) {
        if (RangeValues.isRange(node) && unit == null) {
            throw node.error(node.describe() + " cannot be a range", "give one value; ranges are read for the"
                    + " workload's figures and their growth (docs/ranges.md)");
        }
        if (node.isList()) {
            List<SpecNode> items = node.list();
            if (items.size() > limits.horizonMonths()) {
                throw items.get(limits.horizonMonths()).error(node.describe() + " lists more than "
                        + limits.horizonMonths() + " monthly values, the longest horizon", "list at most one value"
                        + " per month of the horizon; the last value holds after the list ends");
            }
            if (items.isEmpty()) {
                throw node.error(node.describe() + " is an empty list", "list one value per month, such as ["
                        + example + ", " + example + ", ...], or give one value");
            }
            List<BigDecimal> values = new ArrayList<>();
            for (SpecNode i : items) {
                if (RangeValues.isRange(i)) {
                    throw i.error(i.describe() + ": a month-by-month list cannot hold ranges", "give each month's value,"
                            + " or write a range for start with a growth, such as {start: 80M..150M/month, growth: 5%/month}");
                }
                values.add(i.value(parse));
            }
            if (values.size() > horizon) {
                assumptions.add("Workload " + node.path() + ": " + values.size() + " monthly values given for a "
                        + horizon + "-month horizon; those after month " + horizon + " are not used.");
            }
            return new Series.Listed(values);
        }
        if (!node.isMap() || RangeValues.isRange(node)) {
            return Series.fixed(ranges.value(node, parse, unit));
        }
        node.allowOnly(GROWTH_KEYS);
        BigDecimal start = ranges.value(node.require("start", example), parse, unit);
        List<String> ways = new ArrayList<>();
        for (String k : List.of("growth", "add", "end")) {
            if (node.has(k) || (k.equals("end") && node.has("over"))) {
                ways.add(k);
            }
        }
        if (ways.isEmpty()) {
            throw node.error(node.describe() + " has a start but does not say how it grows", GROW_FIX);
        }
        if (ways.size() > 1) {
            SpecNode second = node.has(ways.get(1)) ? node.get(ways.get(1)) : node.get("over");
            throw second.error(node.describe() + " gives more than one way to grow (" + String.join(", ", ways) + ")",
                    "keep one: growth (compound), add (linear each month), or end with over (linear to a target)");
        }
        switch (ways.get(0)) {
            case "growth":
                return bounded(node, new Series.Compound(start, ranges.value(node.get("growth"),
                        Units::percentPerMonth, RangeValues.GROWTH)));
            case "add":
                return bounded(node, new Series.Linear(start, ranges.value(node.get("add"), parse, unit)));
            default:
                return ramp(node, start, parse, example, unit);
        }
    }

    private Series ramp(SpecNode node, BigDecimal start, Function<String, BigDecimal> parse, String example,
            String unit) {
        if (!node.has("over")) {
            throw node.get("end").error(node.describe() + " has an end but not when it is reached",
                    "add over: 6 months (month 1 is the start, month 6 the end)");
        }
        if (!node.has("end")) {
            throw node.get("over").error(node.describe() + " has over but no end value", "add end: " + example);
        }
        BigDecimal end = ranges.value(node.get("end"), parse, unit);
        SpecNode overNode = node.get("over");
        int over = overNode.value(Units::months);
        if (over < 2) {
            throw overNode.error("over " + over + " month leaves no room to grow: month 1 is the start",
                    "give 2 months or more, or write the end value alone");
        }
        return new Series.Ramp(start, end, over);
    }

    /** Stored data: a level (any form above, such as 50 GB), or an inflow that accumulates, with retention. */
    private Series stored(SpecNode node, Map<Driver, Series> drivers) {
        Function<String, BigDecimal> gb = t -> Units.size(t, "GB");
        if (!node.isMap() || node.has("start") || RangeValues.isRange(node)) {
            if (node.isMap()) {
                for (String k : List.of("initial", "per_upload", "keep", "then")) {
                    if (node.has(k)) {
                        throw node.get(k).error(node.describe() + " mixes start (the stored amount itself) with " + k
                                + " (an inflow that accumulates)", "use start with growth, add or end; or initial with"
                                + " add or per_upload, and keep");
                    }
                }
            }
            return series(node, gb, "50 GB", "GB");
        }
        node.allowOnly(INFLOW_KEYS);
        BigDecimal initial = node.has("initial") ? node.get("initial").value(gb) : BigDecimal.ZERO;
        Series inflow;
        if (node.has("add") && node.has("per_upload")) {
            throw node.get("per_upload").error("give either add or per_upload as the inflow of " + node.describe()
                    + ", not both", "remove one of them");
        } else if (node.has("add")) {
            inflow = series(node.get("add"), Units::gbPerMonth, "2 GB/month", "GB/month");
        } else if (node.has("per_upload")) {
            inflow = perUpload(node.get("per_upload"), drivers);
        } else {
            throw node.error(node.describe() + " says nothing is written to it", "add add: 2 GB/month (data written each"
                    + " month) or per_upload: 2 MB (the size of each of workload.uploads), or write the stored amount"
                    + " itself, such as 50 GB");
        }
        return bounded(node, new Accumulation(initial, inflow, retention(node)));
    }

    private Series perUpload(SpecNode node, Map<Driver, Series> drivers) {
        Series uploads = drivers.get(Driver.UPLOADS);
        if (uploads == null) {
            throw node.error("per_upload needs workload.uploads", "add uploads: 100K/month to the workload");
        }
        BigDecimal sizeGb = node.value(t -> Units.size(t, "GB"));
        return bounded(node, new Series.Scaled(uploads, sizeGb, "uploads x " + node.scalar() + " (" + Series.plain(sizeGb)
                + " GB)"));
    }

    private Retention retention(SpecNode node) {
        if (!node.has("keep")) {
            if (node.has("then")) {
                throw node.get("then").error("then applies only with keep", "add keep: 30 days, or remove then");
            }
            return null;
        }
        SpecNode keep = node.get("keep");
        BigDecimal months = keep.value(Units::retentionMonths);
        if (node.has("then")) {
            SpecNode then = node.get("then");
            if (then.scalar().equals("archive")) {
                throw then.error("moving data to an archive class is not priced yet: the catalog has no archive"
                        + " storage prices", "use then: delete, or leave keep out to keep the data in its class");
            }
            if (!then.scalar().equals("delete")) {
                throw then.error("unknown then '" + then.scalar() + "'", "write then: delete (the default)");
            }
        }
        return new Retention(months, keep.scalar(), Retention.Outcome.DELETE);
    }

    private void actionsPerUser(Map<Driver, Series> drivers, SpecNode node) {
        SpecNode actions = node.get("actions_per_user_per_day");
        if (node.has("requests")) {
            throw actions.error("give either requests or actions_per_user_per_day, not both", "remove one of them");
        }
        Series active = drivers.get(Driver.ACTIVE_USERS);
        if (active == null) {
            throw actions.error("actions_per_user_per_day needs users.active", "add users: {active: 50K}");
        }
        BigDecimal perDay = ranges.value(actions, Units::count, "actions a day");
        if (active.varies()) {
            // The workload's growth assumptions describe this series, month by month.
            drivers.put(Driver.REQUESTS, bounded(actions, new Series.Scaled(active, Units.dailyToMonthly(perDay),
                    "active users x " + perDay.toPlainString() + " actions a day x 365 / 12")));
            return;
        }
        BigDecimal users = active.valueAt(1);
        BigDecimal requests = Units.dailyToMonthly(users.multiply(perDay)).setScale(0, RoundingMode.HALF_UP);
        bounded(actions, requests, 1);
        drivers.put(Driver.REQUESTS, Series.fixed(requests));
        assumptions.add("Requests: " + users.toPlainString() + " active users x " + perDay.toPlainString()
                + " actions a day x 30.42 days (365 / 12) = " + requests.toPlainString() + " a month.");
    }

    private void perRequest(Map<Driver, Series> drivers, SpecNode db, String key, Driver driver) {
        if (!db.has(key)) {
            return;
        }
        SpecNode n = db.get(key);
        if (drivers.containsKey(driver)) {
            throw n.error("give either " + driver.specName() + " or " + key + ", not both", "remove one of them");
        }
        Series requests = drivers.get(Driver.REQUESTS);
        if (requests == null) {
            throw n.error(key + " needs workload.requests", "add requests: 100M/month to the workload");
        }
        BigDecimal per = ranges.value(n, Units::count, key.replace('_', ' '));
        String what = "Database " + driver.specName().substring(9) + ": ";
        if (requests.varies()) {
            drivers.put(driver, bounded(n, new Series.Scaled(requests, per, "requests x " + per.toPlainString()
                    + " per request")));
        } else {
            BigDecimal r = requests.valueAt(1);
            drivers.put(driver, Series.fixed(r.multiply(per)));
            bounded(n, r.multiply(per), 1);
            assumptions.add(what + r.toPlainString() + " requests x " + per.toPlainString() + " per request.");
        }
    }
}
