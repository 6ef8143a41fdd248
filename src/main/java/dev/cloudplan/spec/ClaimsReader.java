package dev.cloudplan.spec;

import dev.cloudplan.core.audit.AuditDocument;
import dev.cloudplan.core.audit.AuditDocument.Section;
import dev.cloudplan.core.audit.Claim;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a claims file (docs/audit.md): a hand-made estimate's figures and the write-up around them. Mistakes are
 * reported at their line and column with a fix, as in a spec.
 */
public final class ClaimsReader {
    /** A spec's limits, but prose sections may be longer than a spec's values. */
    private static final Limits LIMITS = new Limits(1 << 20, 10_000, 65_536, 20, 100, 100_000, 24, 15,
            new BigDecimal("1E18"), new BigDecimal("1E9"), new BigDecimal("1000"), 120, 50, 50, 200, 1_000);
    private static final List<String> SECTION_KEYS = List.of("heading", "text", "summary", "architecture", "claims",
            "run", "fence");
    private static final List<String> CLAIM_KEYS = List.of("item", "component", "service", "charge", "scope", "month",
            "year", "horizon", "total", "quantity", "unit_price", "verdict", "quote", "note");

    /** A claimed range, {@code 15-25 USD} or {@code $15-$25}: its middle is the total, its half-width the tolerance. */
    private static final Pattern RANGE = Pattern.compile("\\$?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*-\\s*(\\$?\\s*[0-9][0-9,]*"
            + "(?:\\.[0-9]+)?)\\s*(.*)");

    private ClaimsReader() {}

    /** The claims file at {@code path}, named {@code file} in messages. */
    public static AuditDocument read(String file, Path path) {
        SpecNode root = SpecParser.parse(file, SpecSource.read(file, path, LIMITS), LIMITS);
        root.allowOnly("title", "source", "spec", "month", "sections");
        String title = root.require("title", "\"Seed 000: RDS or DynamoDB\"").scalar();
        String source = root.has("source") ? root.get("source").scalar() : null;
        String spec = root.require("spec", "examples/learning-app.yaml").scalar();
        int month = root.has("month") ? positive(root.get("month")) : 1;
        List<Section> sections = new ArrayList<>();
        for (SpecNode s : root.require("sections", "\n  - text: a paragraph").list()) {
            sections.add(section(s, month));
        }
        return new AuditDocument(title, source, spec, month, sections);
    }

    private static Section section(SpecNode s, int month) {
        s.allowOnly(SECTION_KEYS);
        String heading = s.has("heading") ? s.get("heading").scalar() : null;
        String text = s.has("text") ? s.get("text").scalar() : null;
        if (s.has("claims")) {
            SpecNode arch = s.require("architecture", "serverless");
            List<Claim> claims = new ArrayList<>();
            for (SpecNode c : s.get("claims").list()) {
                claims.add(claim(c, month));
            }
            return new Section.Claims(heading, arch.scalar(), text, claims, place(arch));
        }
        if (s.has("run")) {
            SpecNode run = s.get("run");
            String command = run.scalar();
            String first = command.split("\\s+")[0];
            if (first.equals("audit") || first.equals("cloudplan") || first.equals("./cloudplan")) {
                throw run.error("run: '" + command + "' should be the command after 'cloudplan', and not audit",
                        "write the command as you would after ./cloudplan, e.g. run: capacity examples/learning-app.yaml");
            }
            return new Section.Run(heading, command, s.has("fence") && s.get("fence").bool(), place(run));
        }
        if (s.has("summary")) {
            return summary(heading, s.get("summary"));
        }
        if (text == null && heading == null) {
            throw s.error("a section needs text, claims, run or summary", "add text: followed by a paragraph");
        }
        return new Section.Text(heading, text);
    }

    /** {@code summary: 2}, or {@code summary: {spec: examples/x.yaml, months: [2, 16]}}. */
    private static Section summary(String heading, SpecNode n) {
        if (!n.isMap()) {
            return new Section.Summary(heading, null, List.of(positive(n)), place(n));
        }
        n.allowOnly("spec", "months");
        List<Integer> months = new ArrayList<>();
        SpecNode list = n.require("months", "[2, 16]");
        if (list.isList()) {
            list.list().forEach(m -> months.add(positive(m)));
        } else {
            months.add(positive(list));
        }
        if (months.isEmpty()) {
            throw list.error("months is empty", "give at least one month, e.g. months: [2, 16]");
        }
        return new Section.Summary(heading, n.has("spec") ? n.get("spec").scalar() : null, months, place(n));
    }

    private static Claim claim(SpecNode c, int defaultMonth) {
        c.allowOnly(CLAIM_KEYS);
        String item = c.require("item", "API Gateway (100M requests)").scalar();
        Claim.Scope scope = scope(c);
        List<String> components = new ArrayList<>();
        if (c.has("component")) {
            SpecNode n = c.get("component");
            if (n.isList()) {
                n.list().forEach(x -> components.add(x.scalar()));
            } else {
                components.add(n.scalar());
            }
        }
        if (scope == Claim.Scope.LINES && components.isEmpty() && !c.has("service")) {
            throw c.error("claim '" + item + "' names no component, service or scope", "add component: NAME (a component"
                    + " of the architecture), service: AmazonEC2, or scope: aws, all, fixed or budget");
        }
        if (scope != Claim.Scope.LINES && (c.has("component") || c.has("service"))) {
            throw c.error("claim '" + item + "' has scope " + scope.name().toLowerCase(Locale.ROOT) + " and a component"
                    + " or service", "remove component: and service:, or remove scope:");
        }
        Pattern label = null;
        if (c.has("charge")) {
            SpecNode n = c.get("charge");
            List<String> globs = new ArrayList<>();
            if (n.isList()) {
                n.list().forEach(x -> globs.add(glob(x.scalar()).pattern()));
            } else {
                globs.add(glob(n.scalar()).pattern());
            }
            label = Pattern.compile(String.join("|", globs), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        }
        BigDecimal total = null;
        int scale = 2;
        BigDecimal spread = BigDecimal.ZERO;
        java.util.regex.Matcher range = c.has("total") ? RANGE.matcher(c.get("total").scalar()) : null;
        if (range != null && range.matches()) {
            SpecNode node = c.get("total");
            BigDecimal low = node.value(t -> Units.money(range.group(1) + " USD").usd());
            BigDecimal high = node.value(t -> Units.money(range.group(2) + " " + range.group(3)).usd());
            if (high.compareTo(low) <= 0) {
                throw node.error("the range " + node.scalar() + " does not rise", "write the lower figure first, e.g."
                        + " total: 15-25 USD");
            }
            total = low.add(high).divide(BigDecimal.valueOf(2));
            spread = high.subtract(low).divide(BigDecimal.valueOf(2));
            scale = Math.max(0, Math.max(low.stripTrailingZeros().scale(), high.stripTrailingZeros().scale()));
        } else if (c.has("total")) {
            Units.MoneyAmount m = c.get("total").value(Units::money);
            if (!m.period().isEmpty()) {
                throw c.get("total").error("total has a period ('" + m.period() + "'); the claim's period is given by"
                        + " month:, year: or horizon:", "write the amount alone, e.g. total: 99 USD, and year: 1 for a year");
            }
            total = m.usd();
            scale = Math.max(0, total.stripTrailingZeros().scale());
        }
        BigDecimal quantity = c.has("quantity") ? c.get("quantity").value(t -> Units.number(t).value()) : null;
        BigDecimal unitPrice = c.has("unit_price") ? c.get("unit_price").value(ClaimsReader::unitPrice) : null;
        Boolean within = null;
        if (scope == Claim.Scope.BUDGET) {
            String v = c.require("verdict", "within").scalar().toLowerCase(Locale.ROOT);
            if (!v.equals("within") && !v.equals("over")) {
                throw c.get("verdict").error("verdict '" + v + "' is neither within nor over", "write verdict: within"
                        + " or verdict: over");
            }
            within = v.equals("within");
        } else if (c.has("verdict")) {
            throw c.get("verdict").error("verdict: is for a budget claim", "add scope: budget, or remove verdict:");
        } else if (total == null && quantity == null && unitPrice == null) {
            throw c.error("claim '" + item + "' gives no figure", "add total: (e.g. 99 USD), quantity: or unit_price:");
        }
        return new Claim(item, scope, components, c.has("service") ? c.get("service").scalar() : null, label,
                period(c, defaultMonth, scope), total, scale, spread, quantity, unitPrice,
                c.has("unit_price") ? c.get("unit_price").scalar() : null, within,
                c.has("quote") ? c.get("quote").scalar() : null, c.has("note") ? c.get("note").scalar() : null, place(c));
    }

    private static Claim.Scope scope(SpecNode c) {
        if (!c.has("scope")) {
            return Claim.Scope.LINES;
        }
        String s = c.get("scope").scalar().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "aws" -> Claim.Scope.AWS;
            case "all" -> Claim.Scope.ALL;
            case "fixed" -> Claim.Scope.FIXED;
            case "budget" -> Claim.Scope.BUDGET;
            case "unbilled" -> Claim.Scope.UNBILLED;
            default -> throw c.get("scope").error("unknown scope '" + s + "'", "write aws (the cloud bill), all (with"
                    + " fixed costs), fixed, budget or unbilled (a cost cloudplan has no line for); leave it out for lines chosen by component:");
        };
    }

    private static Claim.Period period(SpecNode c, int defaultMonth, Claim.Scope scope) {
        int given = (c.has("month") ? 1 : 0) + (c.has("year") ? 1 : 0) + (c.has("horizon") ? 1 : 0);
        if (given > 1) {
            throw c.error("a claim is about one period", "keep one of month:, year: and horizon:");
        }
        if (c.has("year")) {
            return new Claim.Period(Claim.Period.Kind.YEAR, positive(c.get("year")));
        }
        if (c.has("horizon")) {
            if (!c.get("horizon").bool()) {
                throw c.get("horizon").error("horizon: false says nothing", "remove it, or write horizon: true");
            }
            return new Claim.Period(Claim.Period.Kind.HORIZON, 0);
        }
        if (c.has("month")) {
            return Claim.Period.month(positive(c.get("month")));
        }
        return scope == Claim.Scope.BUDGET ? new Claim.Period(Claim.Period.Kind.YEAR, 1) : Claim.Period.month(defaultMonth);
    }

    private static int positive(SpecNode n) {
        BigDecimal v = n.value(Units::count);
        if (v.signum() <= 0 || v.scale() > 0 && v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(1200)) > 0) {
            throw n.error(n.describe() + " should be a whole number from 1 to 1,200, not " + n.scalar(),
                    "write a month or year number such as 2");
        }
        return v.intValue();
    }

    /**
     * A unit price as an estimate writes it: {@code 1.00 USD per 1M}, {@code $0.25/M}, {@code 0.0336 USD per hour}:
     * USD per one of the line's catalog units, once a count (1M, 1,000, million) after per or / is divided out.
     */
    static BigDecimal unitPrice(String text) {
        String[] parts = text.split("\\s+per\\s+|\\s*/\\s*", 2);
        Units.MoneyAmount usd = Units.money(parts[0]);
        if (!usd.period().isEmpty()) {
            throw new UnitException("'" + text + "' has a period", "write USD per unit, e.g. 1.00 USD per 1M");
        }
        BigDecimal per = BigDecimal.ONE;
        if (parts.length > 1) {
            String what = parts[1].trim().toLowerCase(Locale.ROOT);
            if (what.matches("[0-9.,]+\\s*[kmbt]?(\\s+.*)?|[0-9.,]+[kmbt]?")) {
                per = Units.number(what).value();
            } else if (what.matches("(m|million)(\\s.*)?")) {
                per = new BigDecimal("1000000");
            } else if (what.matches("(k|thousand)(\\s.*)?")) {
                per = new BigDecimal("1000");
            } else if (what.matches("(b|billion)(\\s.*)?")) {
                per = new BigDecimal("1000000000");
            }
        }
        if (per.signum() == 0) {
            throw new UnitException("'" + text + "' is a price per 0", "write a count after per, e.g. per 1M");
        }
        return usd.usd().divide(per, MathContext.DECIMAL128).stripTrailingZeros();
    }

    /** A glob on a line's label: {@code *} is any text, everything else literal; case is ignored. */
    private static Pattern glob(String g) {
        List<String> pieces = new ArrayList<>();
        for (String piece : g.split("\\*", -1)) {
            pieces.add(Pattern.quote(piece));
        }
        return Pattern.compile(String.join(".*", pieces), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    private static Claim.Place place(SpecNode n) {
        return new Claim.Place(n.file(), n.mark().getLine() + 1, n.mark().getColumn() + 1);
    }
}
