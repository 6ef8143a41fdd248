package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aurora Serverless v2 (PostgreSQL- or MySQL-compatible): ACU-hours of every instance (writer and readers),
 * cluster storage per GB-month, and, for the Aurora Standard configuration only, I/O requests. Aurora
 * I/O-Optimized has a higher ACU and storage price and no I/O charge.
 */
public final class AuroraServerlessRule implements PricingRule<AuroraServerlessRule.Config> {
    /** Configuration of a cluster; null storage = auto. */
    public record Config(String engine, String storageConfiguration, BigDecimal averageAcu, int instances,
            BigDecimal storageGb, BigDecimal iosPerQuery, AuroraExtras extras) implements ComponentConfig {
        /** Backups free (as large as the volume), no backtrack, no snapshot export. */
        public Config(String engine, String storageConfiguration, BigDecimal averageAcu, int instances,
                BigDecimal storageGb, BigDecimal iosPerQuery) {
            this(engine, storageConfiguration, averageAcu, instances, storageGb, iosPerQuery,
                    new AuroraExtras(null, BigDecimal.ZERO, BigDecimal.ZERO));
        }
    }

    @Override
    public String type() {
        return "aurora-serverless-v2";
    }

    @Override
    public String summary() {
        return "Aurora Serverless v2: ACU-hours per instance, storage, I/O (Standard) or I/O-Optimized";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                AuroraExtras.ENGINE, AuroraExtras.CONFIGURATION,
                Setting.of("average_acu", SettingKind.NUMBER, null, "average Aurora capacity units per instance, 0 to 256"),
                AuroraExtras.INSTANCES, AuroraExtras.STORAGE,
                AuroraExtras.IOS_PER_QUERY.onlyWhen("storage_configuration", "standard"),
                AuroraExtras.SETTINGS.get(0), AuroraExtras.SETTINGS.get(1), AuroraExtras.SETTINGS.get(2));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("acu_hours", "ACU-Hr");
        keys.put("storage_gb_months", "GB-Mo");
        keys.put("io_requests", "IOs");
        keys.putAll(AuroraExtras.USAGE_KEYS);
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        BigDecimal acu = s.number("average_acu");
        if (acu.compareTo(new BigDecimal("256")) > 0) {
            throw new InvalidSettingException("average_acu", "Aurora Serverless v2 scales to at most 256 ACUs",
                    "give an average from 0 to 256");
        }
        return new Config(s.text("engine"), s.text("storage_configuration"), acu, s.count("instances"),
                s.numberOrAuto("storage"), s.number("ios_per_query"), AuroraExtras.read(s));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        BigDecimal storage = c.storageGb() != null ? c.storageGb() : w.get(Driver.STORED_DATA)
                .orElseThrow(() -> new MissingWorkloadException(Driver.STORED_DATA, "an aurora-serverless-v2 component"));
        Usage usage = new Usage()
                .put("acu_hours", BigDecimal.valueOf(c.instances()).multiply(c.averageAcu()).multiply(HOURS_PER_MONTH),
                        c.instances() + " instances x " + Decimals.plain(c.averageAcu()) + " ACU x 730 h")
                .put("storage_gb_months", storage, Decimals.plain(storage) + " GB stored");
        c.extras().usage(usage, storage);
        if (!standard(c)) {
            return usage.put("io_requests", BigDecimal.ZERO, "I/O-Optimized: no I/O charge");
        }
        BigDecimal reads = w.get(Driver.DB_READS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.DB_READS, "an aurora-serverless-v2 component (standard)"));
        BigDecimal writes = w.get(Driver.DB_WRITES)
                .orElseThrow(() -> new MissingWorkloadException(Driver.DB_WRITES, "an aurora-serverless-v2 component (standard)"));
        assumptions.add("Aurora Standard I/O: " + Decimals.plain(c.iosPerQuery()) + " storage I/O per database read or"
                + " write (reads served from the buffer cache cost none; set ios_per_query).");
        return usage.put("io_requests", reads.add(writes).multiply(c.iosPerQuery()), "(" + Decimals.plain(reads)
                + " reads + " + Decimals.plain(writes) + " writes) x " + Decimals.plain(c.iosPerQuery()) + " I/O");
    }

    private static boolean standard(Config c) {
        return c.storageConfiguration().equals("standard");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        String configuration = standard(c) ? "Standard" : "IOOptimized";
        String engine = c.engine().equals("mysql") ? "Aurora MySQL" : "Aurora PostgreSQL";
        List<Charge> out = new ArrayList<>();
        out.add(Charge.of("Serverless v2 capacity (" + engine + ", " + configuration + ")", "AmazonRDS",
                "aurora-serverless-v2-acu-hours", Attributes.of("databaseEngine", engine, "storageConfiguration",
                        configuration), "engine", u.get("acu_hours"), "ACU-Hr", u.formula("acu_hours")));
        out.add(Charge.of("Aurora storage (" + configuration + ")", "AmazonRDS", "aurora-storage",
                Attributes.of("storageConfiguration", configuration), "storage_configuration", u.get("storage_gb_months"),
                "GB-Mo", u.formula("storage_gb_months")));
        if (standard(c)) {
            out.add(Charge.of("Aurora I/O requests", "AmazonRDS", "aurora-io", Attributes.NONE, "ios_per_query",
                    u.get("io_requests"), "IOs", u.formula("io_requests")));
        }
        out.addAll(c.extras().charges(u));
        return out;
    }
}
