package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.pricing.RuleData;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon ElastiCache Serverless (Redis OSS, Valkey or Memcached): data stored in GB-hours, at least the engine's minimum
 * metered size (limits.csv {@code elasticache.serverless.min-data-stored-gb.<engine>}, bound when the spec is read), and
 * ElastiCache Processing Units: one ECPU per KB transferred per request. An engine without a row would be metered as
 * given, and its assumption says so.
 */
public final class ElastiCacheServerlessRule implements PricingRule<ElastiCacheServerlessRule.Config> {
    private static final String MINIMUM = "elasticache.serverless.min-data-stored-gb.";

    /**
     * Configuration: engine, average data stored, cache commands per workload request, and the engine's minimum metered
     * size with its limits.csv row (null for an engine with none; both null until {@link #bound}).
     */
    public record Config(String engine, BigDecimal dataStoredGb, BigDecimal commandsPerRequest, BigDecimal minimumGb,
            Limit minimum) implements ComponentConfig {
        /** As read from the settings, before the minimum is bound. */
        public Config(String engine, BigDecimal dataStoredGb, BigDecimal commandsPerRequest) {
            this(engine, dataStoredGb, commandsPerRequest, null, null);
        }
    }

    @Override
    public Config bound(Config c, RuleData data) {
        Limit row = data.limits().get(MINIMUM + c.engine());
        return new Config(c.engine(), c.dataStoredGb(), c.commandsPerRequest(), row == null ? BigDecimal.ZERO
                : row.value(), row);
    }

    @Override
    public String type() {
        return "elasticache-serverless";
    }

    @Override
    public String summary() {
        return "ElastiCache Serverless (Redis OSS, Valkey or Memcached): GB-hours stored and ECPUs";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("cache_engine", "redis", ElastiCacheRule.ENGINES, "redis (Redis OSS), valkey or memcached"),
                Setting.of("data_stored", SettingKind.GIGABYTES, null, "average data held in the cache, e.g. 2 GB"),
                Setting.of("commands_per_request", SettingKind.NUMBER, BigDecimal.ONE,
                        "cache reads and writes each workload request makes"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("data_gb_hours", "GB-Hours");
        keys.put("ecpus", "ECPU");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("cache_engine"), s.number("data_stored"), s.number("commands_per_request"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        if (c.minimumGb() == null) {
            throw new IllegalStateException("elasticache-serverless was not bound to its limits (PricingRule.bound)");
        }
        BigDecimal stored = c.dataStoredGb().max(c.minimumGb());
        BigDecimal requests = w.get(Driver.REQUESTS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS, "an elasticache-serverless component"));
        BigDecimal kb = w.get(Driver.REQUEST_SIZE).orElseGet(() -> {
            assumptions.add("ElastiCache Serverless: workload.request_size not given; each cache command taken to move 1 KB.");
            return BigDecimal.ONE;
        });
        // Proportional to the data moved, at least 1: "a GET that transfers 3.2 KB of data will consume 3.2 ECPUs".
        BigDecimal ecpuPerCommand = kb.max(BigDecimal.ONE);
        BigDecimal commands = requests.multiply(c.commandsPerRequest());
        assumptions.add("ElastiCache Serverless (" + c.engine() + ") meters data stored with " + (c.minimum() == null
                ? "no minimum (none found stated for this engine)" : "a minimum of " + Decimals.plain(c.minimumGb())
                + " GB (limits.csv " + c.minimum().key() + ": " + c.minimum().source() + ", " + c.minimum().asOf() + ")")
                + "; each command is metered 1 ECPU per KB transferred by each command, in proportion (3.2 KB = 3.2"
                + " ECPUs), at least 1.");
        return new Usage()
                .put("data_gb_hours", stored.multiply(HOURS_PER_MONTH), Decimals.plain(stored) + " GB x 730 h"
                        + (stored.compareTo(c.dataStoredGb()) > 0 ? " (minimum metered size)" : ""))
                .put("ecpus", commands.multiply(ecpuPerCommand), Decimals.plain(requests) + " requests x "
                        + Decimals.plain(c.commandsPerRequest()) + " commands x " + ecpuPerCommand + " ECPU (per started KB)");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        Attributes a = Attributes.of("cacheEngine", ElastiCacheRule.cacheEngine(c.engine()));
        return List.of(
                Charge.of("Serverless data stored", "AmazonElastiCache", "serverless-data-stored", a, "cache_engine",
                        u.get("data_gb_hours"), "GB-Hours", u.formula("data_gb_hours")),
                Charge.of("Serverless ECPUs", "AmazonElastiCache", "serverless-ecpu", a, "cache_engine", u.get("ecpus"),
                        "ECPU", u.formula("ecpus")));
    }
}
