package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.KB_PER_GB;

import dev.cloudplan.core.architecture.ComponentConfig;
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
 * Amazon CloudWatch: log ingestion (Standard or Infrequent Access class) per GB, log storage per GB-month, custom
 * metrics per metric-month in graduated tiers, standard-resolution alarms per alarm-month, dashboards per month, and
 * Logs Insights queries per GB scanned. Always free: 5 GB of log ingestion, 5 GB-month of log storage, 10 metrics
 * and 10 alarms a month.
 */
public final class CloudWatchRule implements PricingRule<CloudWatchRule.Config> {
    /** Configuration of an application's monitoring. */
    public record Config(boolean logs, BigDecimal logPerRequestKb, BigDecimal retentionMonths, int customMetrics,
            int alarms, String logClass, int dashboards, BigDecimal insightsScannedGb) implements ComponentConfig {
        /** Standard-class logs, no dashboards, no Logs Insights queries. */
        public Config(boolean logs, BigDecimal logPerRequestKb, BigDecimal retentionMonths, int customMetrics, int alarms) {
            this(logs, logPerRequestKb, retentionMonths, customMetrics, alarms, "standard", 0, BigDecimal.ZERO);
        }
    }

    @Override
    public String type() {
        return "cloudwatch";
    }

    @Override
    public String summary() {
        return "CloudWatch: log ingestion and storage, custom metrics (tiered), alarms";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("logs", SettingKind.BOOLEAN, Boolean.TRUE, "application logs sent to CloudWatch Logs"),
                Setting.of("log_per_request", SettingKind.KILOBYTES, BigDecimal.ONE, "log data written per workload request"),
                Setting.of("log_retention", SettingKind.NUMBER, BigDecimal.ONE, "months logs are kept"),
                Setting.of("custom_metrics", SettingKind.COUNT, BigDecimal.ZERO, "custom metrics published"),
                Setting.of("alarms", SettingKind.COUNT, BigDecimal.ZERO, "standard-resolution alarms"),
                Setting.choice("log_class", "standard", List.of("standard", "infrequent-access"),
                        "the log groups' class: standard, or infrequent-access (cheaper ingestion, fewer features)"),
                Setting.of("dashboards", SettingKind.COUNT, BigDecimal.ZERO, "custom dashboards"),
                Setting.of("insights_scanned", SettingKind.GIGABYTES, BigDecimal.ZERO,
                        "GB of logs scanned by Logs Insights queries a month"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("log_ingestion_gb", "GB");
        keys.put("log_storage_gb_months", "GB-Mo");
        keys.put("custom_metrics", "Metrics");
        keys.put("alarms", "Alarms");
        keys.put("dashboards", "Dashboards");
        keys.put("insights_scanned_gb", "GB");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.flag("logs"), s.number("log_per_request"), s.number("log_retention"),
                s.count("custom_metrics"), s.count("alarms"), s.text("log_class"), s.count("dashboards"),
                s.number("insights_scanned"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        Usage usage = new Usage()
                .put("custom_metrics", BigDecimal.valueOf(c.customMetrics()), c.customMetrics() + " metrics")
                .put("alarms", BigDecimal.valueOf(c.alarms()), c.alarms() + " alarms")
                .put("dashboards", BigDecimal.valueOf(c.dashboards()), c.dashboards() + " dashboards")
                .put("insights_scanned_gb", c.insightsScannedGb(), Decimals.plain(c.insightsScannedGb()) + " GB scanned");
        if (!c.logs()) {
            return usage.put("log_ingestion_gb", BigDecimal.ZERO, "logs: false")
                    .put("log_storage_gb_months", BigDecimal.ZERO, "logs: false");
        }
        BigDecimal requests = w.get(Driver.REQUESTS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS, "a cloudwatch component with logs"));
        BigDecimal gb = requests.multiply(c.logPerRequestKb()).divide(KB_PER_GB, BillingConventions.DIVISION);
        // Logs written evenly since month 1 and kept R months: the average stored over month m is the ingestion
        // rate x min(R, m - 1/2): half a month's worth in month 1, R months' worth once the first logs expire.
        BigDecimal age = BigDecimal.valueOf(w.month()).subtract(new BigDecimal("0.5"));
        BigDecimal keptMonths = c.retentionMonths().min(age);
        assumptions.add("CloudWatch Logs are included by default: " + Decimals.plain(c.logPerRequestKb())
                + " KB per request, kept " + Decimals.plain(c.retentionMonths()) + " month(s), uncompressed; stored"
                + " logs are the month's ingestion x the months kept so far (at most the retention), so a growing"
                + " workload's older, smaller months are counted at the current rate (set logs: false to leave them out).");
        return usage
                .put("log_ingestion_gb", gb, Decimals.plain(requests) + " requests x "
                        + Decimals.plain(c.logPerRequestKb()) + " KB / 1,048,576")
                .put("log_storage_gb_months", gb.multiply(keptMonths), Decimals.plain(gb) + " GB a month x "
                        + (age.compareTo(c.retentionMonths()) >= 0 ? Decimals.plain(c.retentionMonths())
                                + " months kept (the first logs have expired)" : "min(" + Decimals.plain(
                                        c.retentionMonths()) + " months kept, " + Decimals.plain(age)
                                        + " months written so far)"));
    }

    /** The logs stored grow month by month until the first expire: until the month before had them all. */
    @Override
    public boolean changesIn(Config c, int month) {
        return c.logs() && BigDecimal.valueOf(month).subtract(new BigDecimal("1.5")).compareTo(c.retentionMonths()) < 0;
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        if (c.logs()) {
            boolean ia = c.logClass().equals("infrequent-access");
            out.add(Charge.of("Log ingestion (" + (ia ? "Infrequent Access" : "Standard") + ")", "AmazonCloudWatch",
                    "log-ingestion", Attributes.of("logClass", ia ? "InfrequentAccess" : "Standard"), ia ? "log_class" : "logs",
                    u.get("log_ingestion_gb"), "GB", u.formula("log_ingestion_gb")));
            out.add(Charge.of("Log storage" + (ia ? " (Infrequent Access)" : ""), "AmazonCloudWatch", "log-storage",
                    ia ? Attributes.of("logClass", "InfrequentAccess") : Attributes.NONE, "log_retention",
                    u.get("log_storage_gb_months"), "GB-Mo", u.formula("log_storage_gb_months")));
        }
        if (u.get("custom_metrics").signum() > 0) {
            out.add(Charge.of("Custom metrics", "AmazonCloudWatch", "custom-metrics", Attributes.NONE, "custom_metrics",
                    u.get("custom_metrics"), "Metrics", u.formula("custom_metrics")));
        }
        if (u.get("alarms").signum() > 0) {
            out.add(Charge.of("Alarms (standard resolution)", "AmazonCloudWatch", "alarms",
                    Attributes.of("alarmType", "Standard"), "alarms", u.get("alarms"), "Alarms", u.formula("alarms")));
        }
        if (u.get("dashboards").signum() > 0) {
            out.add(Charge.of("Dashboards", "AmazonCloudWatch", "dashboards", Attributes.NONE, "dashboards",
                    u.get("dashboards"), "Dashboards", u.formula("dashboards")));
        }
        if (u.get("insights_scanned_gb").signum() > 0) {
            out.add(Charge.of("Logs Insights data scanned", "AmazonCloudWatch", "logs-insights-scanned", Attributes.NONE,
                    "insights_scanned", u.get("insights_scanned_gb"), "GB", u.formula("insights_scanned_gb")));
        }
        return out;
    }
}
