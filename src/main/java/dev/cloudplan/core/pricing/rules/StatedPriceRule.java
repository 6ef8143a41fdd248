package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.MonthPricer;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A flat monthly price the user states for something cloudplan has no catalog for (a PaaS plan, a SaaS
 * tool). It is priced exactly as stated, shown as the user's figure in every report and listed in the
 * assumptions; free-plan credits never pay it, because it is not on the AWS bill.
 */
public final class StatedPriceRule implements PricingRule<StatedPriceRule.Config> {
    /** Configuration: what is bought, its monthly price in USD, and where the figure comes from. */
    public record Config(String label, BigDecimal monthlyUsd, String source) implements ComponentConfig {}

    @Override
    public String type() {
        return "stated-price";
    }

    @Override
    public String summary() {
        return "a flat monthly price you state (PaaS plan, SaaS tool): the user's figure, not a catalog price";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("label", SettingKind.TEXT, null, "what the price buys, e.g. Render web service + Neon Postgres"),
                Setting.of("monthly", SettingKind.USD_PER_MONTH, null, "the price a month, e.g. 19 USD/month"),
                Setting.of("source", SettingKind.TEXT, "the spec", "where the figure comes from (a pricing page, a quote)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("months", "Month");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("label"), s.number("monthly"), s.text("source"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add("'" + c.label() + "': " + Decimals.plain(c.monthlyUsd()) + " USD a month is "
                + MonthPricer.STATED_DESCRIPTION + " (source: " + c.source() + "); it does not grow with the workload,"
                + " and free-plan credits do not pay it.");
        return new Usage().put("months", BigDecimal.ONE, "1 month");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(Charge.stated(c.label() + " (stated by the user)", "monthly", u.get("months"), "Month",
                u.formula("months"), c.monthlyUsd(), c.source()));
    }
}
