package dev.cloudplan.spec;

import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.money.Currency;
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

    /**
     * {@code currency: INR at 88.5 per USD (2026-11-30)}: the currency a client budgets in, with the rate the user
     * read and its date. The code is checked against ISO 4217 (Java's currency list); the date may not be after
     * today, and a rate older than 90 days is pointed out.
     */
    Currency currency(SpecNode node, LocalDate today) {
        if (node == null) {
            return null;
        }
        String example = "write currency: INR at 88.5 per USD (2026-11-30), the rate you read and the day you read it";
        java.util.regex.Matcher m = CURRENCY.matcher(node.scalar().trim());
        if (!m.matches()) {
            throw node.error("currency '" + node.scalar() + "' is not a code, a rate and a date", example);
        }
        String code = m.group(1).toUpperCase(java.util.Locale.ROOT);
        try {
            java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw node.error("'" + code + "' is not an ISO 4217 currency code", "give a code such as EUR, GBP, INR or JPY");
        }
        if (code.equals("USD")) {
            throw node.error("USD is the currency AWS bills in, and every report shows it", "remove currency:, or give"
                    + " another currency");
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(m.group(2).replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw node.error("the rate '" + m.group(2) + "' is not a number", example);
        }
        if (rate.signum() <= 0 || rate.compareTo(new BigDecimal("1000000")) > 0) {
            throw node.error("a rate of " + rate.toPlainString() + " " + code + " per USD is not a rate one can use",
                    "give how many " + code + " one US dollar buys, more than 0 and at most 1,000,000");
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(m.group(3));
        } catch (java.time.format.DateTimeParseException e) {
            throw node.error("'" + m.group(3) + "' is not a date", "write it as 2026-11-30");
        }
        if (asOf.isAfter(today)) {
            throw node.error("the rate's date " + asOf + " is after today (" + today + ")", "give the day you read it");
        }
        Currency c = new Currency(code, rate, asOf);
        long age = java.time.temporal.ChronoUnit.DAYS.between(asOf, today);
        assumptions.add("Currency: amounts are also shown in " + c.describe() + ", a rate the spec states; prices stay"
                + " in USD as AWS bills them." + (age > 90 ? " The rate is " + age + " days old: state a current one."
                : ""));
        return c;
    }

    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile(
            "([A-Za-z]{3})\\s+at\\s+([0-9][0-9,_]*(?:\\.[0-9]+)?)\\s+per\\s+USD\\s*\\(\\s*([^)]*?)\\s*\\)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    Budget budget(SpecNode node, Currency currency) {
        if (node == null) {
            assumptions.add("Budget: none given; the report shows no budget verdict.");
            return null;
        }
        Units.MoneyAmount m = node.value(t -> Units.money(t, currency));
        Budget.Period period = switch (m.period()) {
            case "month" -> Budget.Period.MONTH;
            case "year" -> Budget.Period.YEAR;
            case "total" -> Budget.Period.TOTAL;
            default -> throw node.error("budget '" + node.scalar() + "' does not say what period it covers",
                    "write 1,100 USD/year, 90 USD/month or 200 USD total (over the horizon)");
        };
        return m.local() == null ? new Budget(Money.of(m.usd()), period)
                : new Budget(Money.of(m.usd()).toCents(), period, currency, m.local());
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

    List<FixedCost> fixedCosts(SpecNode node, Currency currency) {
        List<FixedCost> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (SpecNode item : atMost(node.list())) {
            item.allowOnly("name", "amount");
            String name = item.require("name", "Apple Developer Program").scalar();
            SpecNode amountNode = item.require("amount", "99 USD/year");
            Units.MoneyAmount m = amountNode.value(t -> Units.money(t, currency));
            if (m.local() != null) {
                assumptions.add("Fixed cost '" + name + "': " + amountNode.scalar() + " = "
                        + String.format(java.util.Locale.ROOT, "%,.2f", m.usd()) + " USD at the stated rate.");
            }
            FixedCost.Recurrence r = switch (m.period()) {
                case "month" -> FixedCost.Recurrence.MONTHLY;
                case "year" -> FixedCost.Recurrence.YEARLY;
                case "once" -> FixedCost.Recurrence.ONCE;
                default -> throw amountNode.error("fixed cost '" + name + "' does not say when it is paid",
                        "write 99 USD/year, 10 USD/month or 25 USD once");
            };
            // An amount stated in the client's currency is billed in USD to the cent, like any other.
            out.add(new FixedCost(name, m.local() == null ? Money.of(m.usd()) : Money.of(m.usd()).toCents(), r));
        }
        return out;
    }
}
