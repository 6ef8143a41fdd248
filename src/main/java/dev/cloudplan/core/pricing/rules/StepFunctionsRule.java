package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
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
import java.util.List;
import java.util.Map;

/**
 * AWS Step Functions. Standard workflows: state transitions (retries included; 4,000 a month always free). Express
 * workflows: requests (one per execution) and duration in GB-seconds, "rounded up to the nearest 100ms", memory
 * "billed in 64-MB chunks" (Step Functions pricing page).
 */
public final class StepFunctionsRule implements PricingRule<StepFunctionsRule.Config> {
    /** Configuration: workflow type, executions (null = per request), transitions, and for express duration and memory. */
    public record Config(String workflow, BigDecimal executions, BigDecimal executionsPerRequest,
            BigDecimal transitionsPerExecution, BigDecimal durationMs, BigDecimal memoryMb) implements ComponentConfig {}

    static final BigDecimal MS_STEP = new BigDecimal("100");
    static final BigDecimal MB_CHUNK = new BigDecimal("64");

    @Override
    public String type() {
        return "step-functions";
    }

    @Override
    public String summary() {
        return "Step Functions: standard state transitions (4,000 free), or express requests and GB-seconds";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("workflow", "standard", List.of("standard", "express"),
                        "standard (per state transition) or express (per request and duration)"),
                Setting.of("executions", SettingKind.NUMBER, Setting.AUTO,
                        "workflow executions a month; auto = workload requests x executions_per_request"),
                Setting.of("executions_per_request", SettingKind.NUMBER, BigDecimal.ONE,
                        "with executions: auto, executions per workload request"),
                Setting.of("transitions_per_execution", SettingKind.NUMBER, null,
                        "standard: state transitions per execution, retries included (required for standard)")
                        .onlyWhen("workflow", "standard"),
                Setting.of("duration", SettingKind.MILLISECONDS, new BigDecimal("100"),
                        "express: average execution time, rounded up to 100 ms").onlyWhen("workflow", "express"),
                Setting.of("memory", SettingKind.MEGABYTES, new BigDecimal("64"),
                        "express: memory an execution uses, billed in 64 MB chunks").onlyWhen("workflow", "express"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        keys.put("state_transitions", "Transitions");
        keys.put("express_requests", "Requests");
        keys.put("express_gb_seconds", "GB-Second");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        boolean standard = s.text("workflow").equals("standard");
        return new Config(s.text("workflow"), s.numberOrAuto("executions"), s.number("executions_per_request"),
                standard ? s.number("transitions_per_execution") : null, standard ? null : s.number("duration"),
                standard ? null : s.number("memory"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal executions = c.executions() != null ? c.executions()
                : w.get(Driver.REQUESTS).orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS,
                        "a step-functions component (or set its executions)")).multiply(c.executionsPerRequest());
        String run = Messages.formula(c.executions(), c.executionsPerRequest(), w, "executions");
        Usage usage = new Usage();
        if (c.workflow().equals("standard")) {
            return usage.put("state_transitions", executions.multiply(c.transitionsPerExecution()), run + " x "
                    + Decimals.plain(c.transitionsPerExecution()) + " transitions")
                    .put("express_requests", BigDecimal.ZERO, "standard workflow")
                    .put("express_gb_seconds", BigDecimal.ZERO, "standard workflow");
        }
        BigDecimal seconds = c.durationMs().divide(MS_STEP, 0, RoundingMode.CEILING).multiply(MS_STEP)
                .divide(new BigDecimal("1000"));
        BigDecimal gb = c.memoryMb().divide(MB_CHUNK, 0, RoundingMode.CEILING).multiply(MB_CHUNK)
                .divide(new BigDecimal("1024"));
        return usage.put("state_transitions", BigDecimal.ZERO, "express workflow")
                .put("express_requests", executions, run)
                .put("express_gb_seconds", executions.multiply(seconds).multiply(gb), run + " x "
                        + Decimals.plain(seconds) + " s x " + Decimals.plain(gb) + " GB (100 ms and 64 MB steps)");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        if (c.workflow().equals("standard")) {
            return List.of(Charge.of("State transitions (standard)", "AmazonStates", "state-transitions",
                    Attributes.NONE, "transitions_per_execution", u.get("state_transitions"), "Transitions",
                    u.formula("state_transitions")));
        }
        return List.of(
                Charge.of("Express requests", "AmazonStates", "express-requests", Attributes.NONE, "executions",
                        u.get("express_requests"), "Requests", u.formula("express_requests")),
                Charge.of("Express duration", "AmazonStates", "express-duration", Attributes.NONE, "duration",
                        u.get("express_gb_seconds"), "GB-Second", u.formula("express_gb_seconds")));
    }
}
