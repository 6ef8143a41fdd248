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
import java.util.List;
import java.util.Map;

/**
 * Amazon Cognito user pools: monthly active users (a user with an identity operation in the calendar month: sign-up,
 * sign-in, token refresh ...), in graduated tiers per feature plan (Lite, Essentials, Plus); users federated through
 * SAML or OIDC are billed on their own line.
 */
public final class CognitoRule implements PricingRule<CognitoRule.Config> {
    /** Configuration: feature plan, MAUs (null = workload users.active) and the share federated by SAML or OIDC. */
    public record Config(String plan, BigDecimal maus, BigDecimal federatedShare) implements ComponentConfig {}

    @Override
    public String type() {
        return "cognito";
    }

    @Override
    public String summary() {
        return "Cognito user pool: monthly active users by feature plan (tiered), SAML/OIDC federated MAUs";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("plan", "essentials", List.of("lite", "essentials", "plus"), "the user pool's feature plan"),
                Setting.of("maus", SettingKind.NUMBER, Setting.AUTO, "monthly active users; auto = workload users.active"),
                Setting.of("federated_share", SettingKind.NUMBER, BigDecimal.ZERO,
                        "fraction of the MAUs signing in through SAML or OIDC federation (0 to 1)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        keys.put("maus", "MAU");
        keys.put("federated_maus", "MAU");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("plan"), s.numberOrAuto("maus"), DataTransferOutRule.fraction(s, "federated_share"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal maus = c.maus() != null ? c.maus() : w.get(Driver.ACTIVE_USERS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.ACTIVE_USERS, "a cognito component (or set its maus)"));
        BigDecimal federated = maus.multiply(c.federatedShare());
        return new Usage()
                .put("maus", maus.subtract(federated), Decimals.plain(maus) + " MAUs x (1 - federated share "
                        + Decimals.plain(c.federatedShare()) + ")")
                .put("federated_maus", federated, Decimals.plain(maus) + " MAUs x federated share "
                        + Decimals.plain(c.federatedShare()));
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        String plan = c.plan().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + c.plan().substring(1);
        List<Charge> out = new java.util.ArrayList<>();
        out.add(Charge.of("Monthly active users (" + c.plan() + ")", "AmazonCognito", "mau", Attributes.of("plan", plan),
                "plan", u.get("maus"), "MAU", u.formula("maus")));
        if (u.get("federated_maus").signum() > 0) {
            out.add(Charge.of("Federated (SAML/OIDC) monthly active users", "AmazonCognito", "federated-mau",
                    Attributes.NONE, "federated_share", u.get("federated_maus"), "MAU", u.formula("federated_maus")));
        }
        return out;
    }
}
