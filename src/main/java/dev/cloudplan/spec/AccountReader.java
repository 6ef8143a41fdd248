package dev.cloudplan.spec;

import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Budget;
import dev.cloudplan.core.projection.FixedCost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Reads the spec's money around the AWS bill (docs/spec.md): the budget, the account and its free tier, fixed costs. */
final class AccountReader {
    private final List<String> assumptions;
    private final Limits limits;

    AccountReader(List<String> assumptions, Limits limits) {
        this.assumptions = assumptions;
        this.limits = limits;
    }

    private List<SpecNode> atMost(List<SpecNode> items) {
        if (items.size() > limits.listItems()) {
            throw items.get(limits.listItems()).error("more than " + Limits.n(limits.listItems()) + " fixed costs in"
                    + " one spec", "add small ones together");
        }
        return items;
    }

    Budget budget(SpecNode node) {
        if (node == null) {
            assumptions.add("Budget: none given; the report shows no budget verdict.");
            return null;
        }
        Units.MoneyAmount m = node.value(Units::money);
        Budget.Period period = switch (m.period()) {
            case "month" -> Budget.Period.MONTH;
            case "year" -> Budget.Period.YEAR;
            case "total" -> Budget.Period.TOTAL;
            default -> throw node.error("budget '" + node.scalar() + "' does not say what period it covers",
                    "write 1,100 USD/year, 90 USD/month or 200 USD total (over the horizon)");
        };
        return new Budget(Money.of(m.usd()), period);
    }

    Account account(SpecNode node, YearMonth start) {
        if (node == null) {
            assumptions.add("Account: not described; only always-free offers are applied (give account.created or"
                    + " account.free_tier to apply 12-month offers or free-plan credits).");
            return Account.ALWAYS_FREE_ONLY;
        }
        node.allowOnly("created", "free_tier", "credits");
        LocalDate created = null;
        if (node.has("created")) {
            created = Dates.date(node.get("created"), "created", "write it as 2025-03-01");
        }
        FreeTierRegime regime;
        if (node.has("free_tier")) {
            String v = node.get("free_tier").scalar();
            regime = switch (v) {
                case "none" -> null;
                case "legacy-12-month" -> FreeTierRegime.LEGACY_12_MONTH;
                case "free-plan" -> FreeTierRegime.FREE_PLAN;
                default -> throw node.get("free_tier").error("unknown free_tier '" + v + "'",
                        "use none, legacy-12-month or free-plan");
            };
        } else if (created != null) {
            regime = created.isBefore(Account.CREDIT_PLAN_START) ? FreeTierRegime.LEGACY_12_MONTH : FreeTierRegime.FREE_PLAN;
            assumptions.add("Free tier: account created " + created + ", so " + regime.id() + " applies.");
        } else {
            throw node.error("account says neither when it was created nor which free tier it has",
                    "add created: 2025-03-01 or free_tier: none | legacy-12-month | free-plan");
        }
        if (regime != null && created == null) {
            created = start.atDay(1);
            assumptions.add("Account: creation date not given; taken as " + created + ", the first day of month 1.");
        }
        if (regime == FreeTierRegime.LEGACY_12_MONTH && !created.isBefore(Account.CREDIT_PLAN_START)) {
            throw node.error("legacy 12-month offers exist only for accounts created before 2025-07-15, not " + created,
                    "set free_tier: free-plan, or a creation date before 2025-07-15");
        }
        if (regime == FreeTierRegime.FREE_PLAN && created.isBefore(Account.CREDIT_PLAN_START)) {
            throw node.error("the credit-based free plan is for accounts created from 2025-07-15, not " + created,
                    "set free_tier: legacy-12-month, or a creation date from 2025-07-15");
        }
        Money credits = Money.ZERO;
        if (regime == FreeTierRegime.FREE_PLAN) {
            if (node.has("credits")) {
                Units.MoneyAmount m = node.get("credits").value(Units::money);
                if (m.usd().compareTo(new BigDecimal("200")) > 0) {
                    throw node.get("credits").error("free-plan credits are at most 200 USD ($100 at sign-up plus up"
                            + " to $100 earned)", "give at most 200 USD");
                }
                credits = Money.of(m.usd());
            } else {
                credits = Money.of("100");
                assumptions.add("Free plan credits: 100 USD, the sign-up credit; up to 100 USD more can be earned"
                        + " through AWS activities (set account.credits: 200 USD if they are).");
            }
            assumptions.add("Free plan: the plan itself ends 6 months after sign-up; cloudplan assumes the account"
                    + " moves to the paid plan then and keeps its remaining credits until they expire 12 months"
                    + " after account creation (AWS Free Tier FAQ).");
        } else if (node.has("credits")) {
            throw node.get("credits").error("credits apply only to the free plan", "remove credits, or set free_tier: free-plan");
        }
        return new Account(created, regime, credits, 12);
    }

    List<FixedCost> fixedCosts(SpecNode node) {
        List<FixedCost> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (SpecNode item : atMost(node.list())) {
            item.allowOnly("name", "amount");
            String name = item.require("name", "Apple Developer Program").scalar();
            SpecNode amountNode = item.require("amount", "99 USD/year");
            Units.MoneyAmount m = amountNode.value(Units::money);
            FixedCost.Recurrence r = switch (m.period()) {
                case "month" -> FixedCost.Recurrence.MONTHLY;
                case "year" -> FixedCost.Recurrence.YEARLY;
                case "once" -> FixedCost.Recurrence.ONCE;
                default -> throw amountNode.error("fixed cost '" + name + "' does not say when it is paid",
                        "write 99 USD/year, 10 USD/month or 25 USD once");
            };
            out.add(new FixedCost(name, Money.of(m.usd()), r));
        }
        return out;
    }
}
