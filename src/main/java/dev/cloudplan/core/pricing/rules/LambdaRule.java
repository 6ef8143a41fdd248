package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.MB_PER_GB;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS Lambda functions: requests and compute in GB-seconds. Duration is billed per started
 * millisecond (200.3 ms bills as 201 ms) at the configured memory, whatever the function uses:
 * 100M invocations x 0.2 s x 0.25 GB = 5,000,000 GB-seconds. Compute prices fall in graduated tiers.
 */
public final class LambdaRule implements PricingRule<LambdaRule.Config> {
    /** Configuration of one function (or a group sharing memory and duration). */
    public record Config(String architecture, BigDecimal memoryMb, BigDecimal durationMs, BigDecimal invocationsPerRequest)
            implements InvokedPerRequest {}

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
                        "invocations each workload request causes"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("requests", "Requests");
        keys.put("gb_seconds", "Lambda-GB-Second");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("architecture"), s.number("memory"), s.number("duration"),
                s.number("invocations_per_request"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal requests = w.get(Driver.REQUESTS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS, "a lambda component"));
        BigDecimal invocations = requests.multiply(c.invocationsPerRequest());
        BigDecimal billedMs = c.durationMs().setScale(0, RoundingMode.CEILING);
        BigDecimal gbSeconds = invocations.multiply(billedMs).multiply(c.memoryMb())
                .divide(new BigDecimal("1000").multiply(MB_PER_GB));
        assumptions.add("Lambda duration is billed per started millisecond at the configured memory; the INIT phase"
                + " is billed too (since 2025-08-01) and is taken as included in the stated average duration.");
        return new Usage()
                .put("requests", invocations, Decimals.plain(requests) + " requests x "
                        + c.invocationsPerRequest().stripTrailingZeros().toPlainString() + " invocations")
                .put("gb_seconds", gbSeconds, Decimals.plain(invocations) + " invocations x " + billedMs.toPlainString()
                        + " ms x " + c.memoryMb().stripTrailingZeros().toPlainString() + " MB / 1000 / 1024");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        Attributes a = Attributes.of("architecture", c.architecture());
        return List.of(
                Charge.of("Requests (" + c.architecture() + ")", "AWSLambda", "requests", a, "architecture",
                        u.get("requests"), "Requests", u.formula("requests")),
                Charge.of("Compute (" + c.architecture() + ", " + c.memoryMb().stripTrailingZeros().toPlainString() + " MB)",
                        "AWSLambda", "duration", a, "architecture", u.get("gb_seconds"), "Lambda-GB-Second",
                        u.formula("gb_seconds")));
    }
}
