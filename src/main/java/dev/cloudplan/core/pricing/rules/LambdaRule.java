package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.MB_PER_GB;
import static dev.cloudplan.core.pricing.BillingConventions.SECONDS_PER_MONTH;

import dev.cloudplan.core.capacity.InvokedPerRequest;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS Lambda functions: requests and compute in GB-seconds. Duration is billed per started
 * millisecond (200.3 ms bills as 201 ms) at the configured memory, whatever the function uses:
 * 100M invocations x 0.2 s x 0.25 GB = 5,000,000 GB-seconds. Compute prices fall in graduated tiers.
 *
 * <p>Provisioned concurrency keeps environments warm all month: 10 x 0.5 GB x 2,628,000 s = 13,140,000 GB-s at its
 * own rate, whether used or not; the invocations those environments serve bill at the (lower) provisioned duration
 * rate instead of the on-demand one, and the free tier does not apply to such a function. Ephemeral storage above
 * the free 512 MB bills per GB-second of duration: 2 GB configured, 1,000,000 GB-s of 1 GB memory = 1.5 x 1,000,000.
 */
public final class LambdaRule implements PricingRule<LambdaRule.Config> {
    /** Configuration of one function (or a group sharing memory and duration). */
    public record Config(String architecture, BigDecimal memoryMb, BigDecimal durationMs, BigDecimal invocationsPerRequest,
            int provisionedConcurrency, BigDecimal ephemeralStorageMb, BigDecimal savingsPlanDiscount)
            implements InvokedPerRequest, dev.cloudplan.core.architecture.SavingsPlanCovered {
        @Override
        public Config withoutSavingsPlan() {
            return new Config(architecture, memoryMb, durationMs, invocationsPerRequest, provisionedConcurrency,
                    ephemeralStorageMb, null);
        }

        @Override
        public List<String> savingsPlanCharges() {
            return List.of(DURATION, PROVISIONED_CONCURRENCY, PROVISIONED_DURATION);
        }

        @Override
        public List<String> steadyCharges() {
            return List.of(PROVISIONED_CONCURRENCY);
        }

        /** A function with no provisioned concurrency and the free 512 MB of ephemeral storage. */
        public Config(String architecture, BigDecimal memoryMb, BigDecimal durationMs, BigDecimal invocationsPerRequest) {
            this(architecture, memoryMb, durationMs, invocationsPerRequest, 0, FREE_STORAGE_MB);
        }

        /** A function billed at on-demand rates. */
        public Config(String architecture, BigDecimal memoryMb, BigDecimal durationMs, BigDecimal invocationsPerRequest,
                int provisionedConcurrency, BigDecimal ephemeralStorageMb) {
            this(architecture, memoryMb, durationMs, invocationsPerRequest, provisionedConcurrency, ephemeralStorageMb,
                    null);
        }
    }

    private static final String DURATION = "duration";
    private static final String PROVISIONED_CONCURRENCY = "provisioned-concurrency";
    private static final String PROVISIONED_DURATION = "provisioned-duration";

    /** The ephemeral storage (/tmp) every function has at no charge. */
    static final BigDecimal FREE_STORAGE_MB = new BigDecimal("512");

    @Override
    public String type() {
        return "lambda";
    }

    @Override
    public String summary() {
        return "Lambda function: requests and GB-seconds (graduated tiers), x86_64 or arm64";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("architecture", "x86_64", List.of("x86_64", "arm64"), "instruction set"),
                Setting.of("memory", SettingKind.MEGABYTES, null, "configured memory, e.g. 256 MB"),
                Setting.of("duration", SettingKind.MILLISECONDS, null, "average billed duration per invocation, e.g. 200 ms"),
                Setting.of("invocations_per_request", SettingKind.NUMBER, BigDecimal.ONE,
                        "invocations each workload request causes"),
                Setting.of("provisioned_concurrency", SettingKind.COUNT, BigDecimal.ZERO,
                        "execution environments kept initialised all month"),
                Setting.of("ephemeral_storage", SettingKind.MEGABYTES, FREE_STORAGE_MB,
                        "/tmp size, 512 MB (free) to 10,240 MB"),
                SavingsPlanDiscount.setting("duration and provisioned concurrency (not requests)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("requests", "Requests");
        keys.put("gb_seconds", "Lambda-GB-Second");
        keys.put("provisioned_concurrency_gb_seconds", "Lambda-GB-Second");
        keys.put("provisioned_gb_seconds", "Lambda-GB-Second");
        keys.put("ephemeral_storage_gb_seconds", "GB-Seconds");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("architecture"), s.number("memory"), s.number("duration"),
                s.number("invocations_per_request"), s.count("provisioned_concurrency"), s.number("ephemeral_storage"),
                SavingsPlanDiscount.read(s));
    }

    /**
     * The month's usage, in this order:
     * 1. invocations = requests x invocations_per_request; execution time = invocations x billed duration;
     * 2. provisioned environments serve up to their capacity (concurrency x 2,628,000 s), the rest runs on demand;
     * 3. GB-seconds = seconds x memory GB, and ephemeral storage GB-s = seconds x (storage - 0.5 GB).
     */
    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal requests = w.get(Driver.REQUESTS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS, "a lambda component"));
        BigDecimal invocations = requests.multiply(c.invocationsPerRequest());
        BigDecimal billedMs = c.durationMs().setScale(0, RoundingMode.CEILING);
        // In milliseconds x MB until the end, divided once by 1000 x 1024, so every quantity is exact.
        BigDecimal ms = invocations.multiply(billedMs);
        BigDecimal capacity = SECONDS_PER_MONTH.multiply(BigDecimal.valueOf(c.provisionedConcurrency()))
                .multiply(new BigDecimal("1000"));
        BigDecimal warm = ms.min(capacity);
        BigDecimal onDemand = ms.subtract(warm);
        String execution = Decimals.plain(invocations) + " invocations x " + billedMs.toPlainString() + " ms";
        String memory = " x " + mb(c.memoryMb()) + " MB / 1024";
        SavingsPlanDiscount.explain(c.savingsPlanDiscount(), "Lambda duration and provisioned concurrency", assumptions);
        assumptions.add("Lambda duration is billed per started millisecond at the configured memory; the INIT phase"
                + " is billed too (since 2025-08-01) and is taken as included in the stated average duration.");
        Usage u = new Usage()
                .put("requests", invocations, Decimals.plain(requests) + " requests x "
                        + c.invocationsPerRequest().stripTrailingZeros().toPlainString() + " invocations");
        if (c.provisionedConcurrency() == 0) {
            u.put("gb_seconds", gbSeconds(onDemand, c.memoryMb()), execution + " x " + mb(c.memoryMb()) + " MB / 1000 / 1024");
        } else {
            provisionedAssumptions(c, assumptions);
            String served = "min(" + execution + " / 1000, " + c.provisionedConcurrency() + " x 2,628,000 s)";
            u.put("gb_seconds", gbSeconds(onDemand, c.memoryMb()), "(" + execution + " / 1000 - " + served
                            + " served by provisioned concurrency)" + memory)
                    .put("provisioned_gb_seconds", gbSeconds(warm, c.memoryMb()), served + memory);
        }
        u.put("provisioned_concurrency_gb_seconds", gbSeconds(capacity, c.memoryMb()),
                c.provisionedConcurrency() + " environments x 2,628,000 s (730 h)" + memory);
        BigDecimal extraMb = c.ephemeralStorageMb().subtract(FREE_STORAGE_MB);
        if (extraMb.signum() > 0) {
            assumptions.add("Lambda ephemeral storage: " + mb(c.ephemeralStorageMb()) + " MB configured; the 512 MB"
                    + " every function has are free, the rest is billed per GB-second of duration (on demand and"
                    + " provisioned alike).");
        }
        return u.put("ephemeral_storage_gb_seconds", gbSeconds(ms, extraMb), execution + " / 1000 x ("
                + mb(c.ephemeralStorageMb()) + " - 512) MB / 1024");
    }

    private static void provisionedAssumptions(Config c, Assumptions assumptions) {
        assumptions.add("Lambda provisioned concurrency: " + c.provisionedConcurrency() + " environments are billed for"
                + " all 730 hours of the month; invocations are taken as spread evenly, so the environments serve up to"
                + " their capacity at the provisioned duration rate and the rest runs on demand (peaks above the"
                + " provisioned concurrency spill over to on-demand duration, which this average does not show).");
        assumptions.add("Lambda free tier: AWS's pricing page says \"The Lambda free tier does not apply to functions"
                + " enabling Provisioned Concurrency\"; this function's requests and duration get none of it.");
    }

    /** Milliseconds of a size in MB as GB-seconds: 1,000 ms of 1,024 MB is one. */
    private static BigDecimal gbSeconds(BigDecimal ms, BigDecimal mb) {
        return ms.multiply(mb).divide(new BigDecimal("1000").multiply(MB_PER_GB));
    }

    private static String mb(BigDecimal mb) {
        return mb.stripTrailingZeros().toPlainString();
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        Attributes a = Attributes.of("architecture", c.architecture());
        boolean provisioned = c.provisionedConcurrency() > 0;
        String sized = c.architecture() + ", " + mb(c.memoryMb()) + " MB";
        List<Charge> charges = new ArrayList<>(List.of(
                Charge.of("Requests (" + c.architecture() + ")", "AWSLambda", "requests", a, "architecture",
                        u.get("requests"), "Requests", u.formula("requests")),
                Charge.of((provisioned ? "Compute on demand (" : "Compute (") + sized + ")",
                        "AWSLambda", DURATION, a, "architecture", u.get("gb_seconds"), "Lambda-GB-Second",
                        u.formula("gb_seconds"))));
        if (provisioned) {
            charges.replaceAll(Charge::withoutFreeTier);
            charges.add(Charge.of("Provisioned concurrency (" + c.provisionedConcurrency() + " x " + sized + ")",
                    "AWSLambda", PROVISIONED_CONCURRENCY, a, "provisioned_concurrency",
                    u.get("provisioned_concurrency_gb_seconds"), "Lambda-GB-Second",
                    u.formula("provisioned_concurrency_gb_seconds")).withoutFreeTier());
            charges.add(Charge.of("Compute on provisioned concurrency (" + sized + ")", "AWSLambda",
                    PROVISIONED_DURATION, a, "provisioned_concurrency", u.get("provisioned_gb_seconds"),
                    "Lambda-GB-Second", u.formula("provisioned_gb_seconds")).withoutFreeTier());
        }
        // A Compute Savings Plan covers Lambda's duration and provisioned concurrency, not its requests.
        charges.replaceAll(x -> x.charge().equals("requests") ? x : SavingsPlanDiscount.apply(x, c.savingsPlanDiscount()));
        if (c.ephemeralStorageMb().compareTo(FREE_STORAGE_MB) > 0) {
            charges.add(Charge.of("Ephemeral storage (" + c.architecture() + ", " + mb(c.ephemeralStorageMb()) + " MB)",
                    "AWSLambda", "ephemeral-storage", a, "ephemeral_storage", u.get("ephemeral_storage_gb_seconds"),
                    "GB-Seconds", u.formula("ephemeral_storage_gb_seconds")));
        }
        return charges;
    }
}
