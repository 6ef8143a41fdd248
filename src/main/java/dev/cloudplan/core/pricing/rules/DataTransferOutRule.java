package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.InvalidSettingException;
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
import java.util.List;
import java.util.Map;

/**
 * Data transfer out to the internet, in graduated tiers shared by every service of the account. The
 * first 100 GB a month are free across all services together, not per service.
 */
public final class DataTransferOutRule implements PricingRule<DataTransferOutRule.Config> {
    /** Configuration: the share of the workload's egress that leaves through this component. */
    public record Config(BigDecimal share) implements ComponentConfig {}

    @Override
    public String type() {
        return "data-transfer-out";
    }

    @Override
    public String summary() {
        return "Data transfer out to the internet (tiered; 100 GB/month free across services)";
    }

    @Override
    public List<Setting> settings() {
        return List.of(Setting.of("share", SettingKind.NUMBER, BigDecimal.ONE,
                "fraction of workload.egress leaving through this component (0 to 1)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("egress_gb", "GB");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(share(s));
    }

    /** The {@code share} setting: a fraction of the workload's egress, at most all of it. */
    static BigDecimal share(Settings s) {
        BigDecimal share = s.number("share");
        if (share.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidSettingException("share", "share " + share.toPlainString() + " is more than all of the egress",
                    "give a fraction from 0 to 1");
        }
        return share;
    }

    /** A setting that is a fraction of a whole: from 0 to 1. */
    static BigDecimal fraction(Settings s, String name) {
        BigDecimal f = s.number(name);
        if (f.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidSettingException(name, name + " " + f.toPlainString() + " is more than the whole",
                    "give a fraction from 0 to 1");
        }
        return f;
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal egress = w.get(Driver.EGRESS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.EGRESS, "a data-transfer-out component"));
        return new Usage().put("egress_gb", egress.multiply(c.share()), Decimals.plain(egress) + " GB x share "
                + c.share().stripTrailingZeros().toPlainString());
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(Charge.of("Data transfer out to the internet", "AWSDataTransfer", "data-transfer-out",
                Attributes.of("destination", "Internet"), null, u.get("egress_gb"), "GB", u.formula("egress_gb")));
    }

    @Override
    public BigDecimal egressShare(Config config) {
        return config.share();
    }
}
