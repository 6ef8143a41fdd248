package dev.cloudplan.spec;

import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.Template;
import dev.cloudplan.core.architecture.Templates;
import dev.cloudplan.core.money.Currency;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.decision.Spike;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.pricing.rules.Rules;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Budget;
import dev.cloudplan.core.projection.FixedCost;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.Workload;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** One pass over one spec for {@link SpecReader}: holds the assumptions and locations it collects. */
final class SpecReading {
    /** Settings that change what a component is, so a template's title no longer describes it once overridden. */
    private static final List<String> IDENTITY = List.of("instance_type", "engine", "billing", "api", "capacity");
    private static final List<String> TOP_KEYS = List.of("name", "region", "horizon", "start", "budget", "account",
            "workload", "fixed_costs", "architectures", "prices", "currency", "decision");
    /** The templates by name, the first of a name as Templates.find gives it. */
    private static final Map<String, Template> TEMPLATES = templates();
    private final Function<String, LoadedCatalog> catalogFor;
    private final LocalDate today;
    private final Limits limits;

    private final String file;
    private final SpecNode root;
    private final List<String> assumptions = new ArrayList<>();
    private List<String> architectureDefaults = new ArrayList<>();
    private final SpecLocations locations;
    private String region;
    private LoadedCatalog catalog;
    private int componentsSoFar;
    private final Map<Driver, BigDecimal> overrides;

    private final RangeValues ranges;

    /** Settings read in place of the spec's, from a sweep. */
    private final List<SettingValue> settingValues;

    SpecReading(SpecReader.Context context, String file, SpecNode root, Map<Driver, BigDecimal> overrides,
            Map<String, BigDecimal> draws) {
        this(context, file, root, overrides, draws, List.of());
    }

    SpecReading(SpecReader.Context context, String file, SpecNode root, Map<Driver, BigDecimal> overrides,
            Map<String, BigDecimal> draws, List<SettingValue> settingValues) {
        this.catalogFor = context.catalogFor();
        this.today = context.today();
        this.limits = context.limits();
        this.settingValues = settingValues;
        this.file = file;
        this.root = root;
        this.locations = new SpecLocations(file);
        this.overrides = overrides;
        this.ranges = new RangeValues(draws, assumptions);
    }

    private static Map<String, Template> templates() {
        Map<String, Template> out = new HashMap<>();
        Templates.all().forEach(t -> out.putIfAbsent(t.name(), t));
        return Collections.unmodifiableMap(out);
    }

    /** The workload alone, for a scenario whose every other figure is the spec's. */
    Workload workload() {
        int horizon = horizon(root.get("horizon"));
        return new WorkloadReader(assumptions, horizon, limits, overrides, ranges).read(root.get("workload"));
    }

    /** The spec's own prices: a type with a stated price is usable whatever the catalog knows. */
    private List<Price> stated = List.of();

    Spec spec() {
        root.allowOnly(TOP_KEYS);
        String name = root.has("name") ? root.get("name").scalar() : "unnamed";
        region = region(root.require("region", "us-east-1"), root.anyKeyOtherThan(
                SpecReader.OTHER_REGION_SETTINGS, List.of("same", "none")));
        int horizon = horizon(root.get("horizon"));
        YearMonth start = start(root.get("start"));
        AccountReader money = new AccountReader(assumptions, limits);
        Currency currency = money.currency(root.get("currency"), today);
        Budget budget = money.budget(root.get("budget"), currency);
        Account account = money.account(root.get("account"), start);
        SpecNode workloadNode = root.require("workload", "{requests: 100M/month}");
        Workload workload = new WorkloadReader(assumptions, horizon, limits, overrides, ranges).read(workloadNode);
        List<Spike> spikes = SpikeReader.read(workloadNode.get("spike"), horizon);
        List<FixedCost> fixed = money.fixedCosts(root.get("fixed_costs"), currency);
        List<Price> prices = prices(root.get("prices"));
        stated = prices;
        List<Architecture> architectures = architectures(root.require("architectures",
                "[{name: serverless, template: api-lambda-dynamodb}]"));
        Scenario scenario = new Scenario(name, region, horizon, start, account, workload, budget, fixed,
                architectures, assumptions, currency);
        var decision = DecisionReader.read(root.get("decision"), architectures.stream().map(Architecture::name).toList());
        return new Spec(file, scenario, prices, locations, spikes, decision, ranges.found());
    }

    /** {@code otherRegions}: a component is billed in other regions too (replicas), so every region is loaded. */
    private String region(SpecNode node, boolean otherRegions) {
        String r = node.scalar();
        catalog = catalogFor.apply(otherRegions ? null : r);
        Set<String> known = catalog.prices().regions();
        if (!known.contains(r)) {
            String near = Suggest.closest(r, known);
            throw node.error("unknown region '" + r + "': the catalog '" + catalog.prices().info().name()
                    + "' has prices for " + String.join(", ", known),
                    (near != null ? "did you mean '" + near + "'? " : "") + "use one of " + String.join(", ", known)
                            + ", or import a catalog that covers " + r);
        }
        return r;
    }

    private int horizon(SpecNode node) {
        if (node == null) {
            assumptions.add("Horizon: not given; 12 months.");
            return 12;
        }
        int months = unit(node, Units::months);
        if (months < 1 || months > limits.horizonMonths()) {
            throw node.error("horizon " + months + " months is out of range", "give 1 to " + limits.horizonMonths()
                    + " months (a longer plan is guesswork: price the first years, then again with what was learnt)");
        }
        return months;
    }

    private YearMonth start(SpecNode node) {
        if (node == null) {
            YearMonth next = YearMonth.from(today).plusMonths(1);
            assumptions.add("Start: not given; month 1 is " + next + ", the month after today (" + today + ").");
            return next;
        }
        return Dates.month(node, "start", "write it as 2027-01");
    }

    /** Refuses a list longer than {@code max} at its first item too many. */
    private List<SpecNode> atMost(List<SpecNode> items, int max, String what, String fix) {
        if (items.size() > max) {
            throw items.get(max).error("more than " + Limits.n(max) + " " + what + " in one spec", fix);
        }
        return items;
    }

    private <T> T unit(SpecNode node, Function<String, T> parse) {
        return node.value(parse);
    }

    private List<Price> prices(SpecNode node) {
        return new StatedPriceReader(file, region, limits, assumptions, locations).read(node);
    }

    private List<Architecture> architectures(SpecNode node) {
        List<Architecture> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<SpecNode> items = node.list();
        if (items.isEmpty()) {
            throw node.error("no architectures", "add at least one, such as - {name: serverless, template: api-lambda-dynamodb}");
        }
        atMost(items, limits.architectures(), "architectures", "compare them in several specs");
        for (SpecNode item : items) {
            item.allowOnly("name", "description", "template", "overrides", "components", "remove", "usage");
            String name = item.require("name", "serverless").scalar();
            if (!names.add(name)) {
                throw item.get("name").error("two architectures are named '" + name + "'", "give each a different name");
            }
            locations.put(item.mark(), name);
            out.add(architecture(name, item));
        }
        return out;
    }

    private Architecture architecture(String name, SpecNode item) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        String description = item.has("description") ? item.get("description").scalar() : null;
        Template template = null;
        // What the spec changes in its template: a title taken from the template must say so.
        List<String> changed = new ArrayList<>();
        if (item.has("template")) {
            SpecNode t = item.get("template");
            template = Optional.ofNullable(TEMPLATES.get(t.scalar())).orElseThrow(() -> {
                List<String> known = Templates.all().stream().map(Template::name).toList();
                String near = Suggest.closest(t.scalar(), known);
                return t.error("unknown template '" + t.scalar() + "'",
                        (near != null ? "did you mean '" + near + "'? " : "") + "templates: " + String.join(", ", known));
            });
            if (description == null) {
                description = template.description();
            }
            for (Template.Part p : template.components()) {
                drafts.put(p.name(), new Draft(p.name(), p.type(), t, new LinkedHashMap<>(), p.settings(), template.name()));
            }
        }
        if (item.has("remove")) {
            for (SpecNode r : atMost(item.get("remove").list(), limits.listItems(), "removed components",
                    "remove each component once")) {
                Draft gone = drafts.remove(r.scalar());
                if (gone == null) {
                    throw r.error("no component '" + r.scalar() + "' to remove", "components: " + String.join(", ", drafts.keySet()));
                }
                changed.add("without " + gone.name + " (" + gone.type + ")");
            }
        }
        if (item.has("overrides")) {
            for (Map.Entry<String, SpecNode> e : item.get("overrides").requireMap().entries().entrySet()) {
                Draft d = drafts.get(e.getKey());
                if (d == null) {
                    String near = Suggest.closest(e.getKey(), drafts.keySet());
                    throw e.getValue().error("override for unknown component '" + e.getKey() + "'",
                            (near != null ? "did you mean '" + near + "'? " : "") + "components: "
                                    + String.join(", ", drafts.keySet()));
                }
                e.getValue().requireMap().entries().forEach(d.given::put);
                for (String key : IDENTITY) {
                    if (d.given.containsKey(key) && !d.given.get(key).scalar().equals(d.templateSettings.get(key))) {
                        changed.add(d.name + " " + key + " " + d.given.get(key).scalar());
                    }
                }
            }
        }
        if (item.has("components")) {
            for (SpecNode c : atMost(item.get("components").list(), limits.componentsEach(), "components in one"
                    + " architecture", "give one component a count instead of repeating it")) {
                c.requireMap();
                String cname = c.require("name", "web").scalar();
                String type = c.require("type", "ec2").scalar();
                if (drafts.containsKey(cname)) {
                    throw c.get("name").error("component '" + cname + "' already exists in " + name,
                            "give it another name, or change it under overrides");
                }
                Draft d = new Draft(cname, type, c, new LinkedHashMap<>(), Map.of(), null);
                c.entries().forEach((k, v) -> {
                    if (!k.equals("name") && !k.equals("type")) {
                        d.given.put(k, v);
                    }
                });
                drafts.put(cname, d);
                changed.add("with " + cname + " (" + type + ")");
            }
        }
        if (drafts.isEmpty()) {
            throw item.error("architecture '" + name + "' has no components", "add template: or components:");
        }
        componentsSoFar += drafts.size();
        if (drafts.size() > limits.componentsEach() || componentsSoFar > limits.componentsTotal()) {
            throw item.error("architecture '" + name + "' has " + drafts.size() + " components, " + componentsSoFar
                    + " with the architectures before it; a spec may have at most " + limits.componentsEach()
                    + " in one architecture and " + limits.componentsTotal() + " in all", "compare the architectures"
                    + " in several specs, or give one component a count instead of repeating it");
        }
        Map<String, Map<String, BigDecimal>> usage = usageOverrides(item.get("usage"), drafts);
        List<Component> components = new ArrayList<>();
        architectureDefaults = new ArrayList<>();
        java.util.Set<String> types = new java.util.TreeSet<>();
        drafts.values().forEach(d -> types.add(d.type));
        for (Draft d : drafts.values()) {
            components.add(component(name, d, usage.getOrDefault(d.name, Map.of()), types));
        }
        if (template != null) {
            architectureDefaults.add("Architecture '" + name + "' (template " + template.name() + "): " + template.glue());
            if (!item.has("description") && !changed.isEmpty()) {
                description += " - changed here: " + String.join("; ", changed);
            }
        }
        return new Architecture(name, description, components, architectureDefaults);
    }

    private Map<String, Map<String, BigDecimal>> usageOverrides(SpecNode node, Map<String, Draft> drafts) {
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        for (Map.Entry<String, SpecNode> e : node.requireMap().entries().entrySet()) {
            Draft d = drafts.get(e.getKey());
            if (d == null) {
                throw e.getValue().error("usage for unknown component '" + e.getKey() + "'",
                        "components: " + String.join(", ", drafts.keySet()));
            }
            PricingRule<?> rule = rule(d).rule();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Map.Entry<String, SpecNode> u : e.getValue().requireMap().entries().entrySet()) {
                if (!rule.usageKeys().containsKey(u.getKey())) {
                    throw u.getValue().error("'" + u.getKey() + "' is not a usage of " + d.type + " components",
                            "usage keys: " + String.join(", ", rule.usageKeys().keySet()));
                }
                values.put(u.getKey(), unit(u.getValue(), Units::count));
            }
            out.put(d.name, values);
        }
        return out;
    }

    private RuleSettings rule(Draft d) {
        return RuleSettings.forType(d.type).orElseThrow(() -> {
            List<String> known = Rules.all().stream().map(PricingRule::type).toList();
            String near = Suggest.closest(d.type, known);
            return d.node.error("unknown component type '" + d.type + "'",
                    (near != null ? "did you mean '" + near + "'? " : "") + "types: " + String.join(", ", known));
        });
    }

    private Component component(String architecture, Draft d, Map<String, BigDecimal> usage,
            java.util.Set<String> types) {
        RuleSettings ruleSettings = rule(d);
        PricingRule<?> rule = ruleSettings.rule();
        locations.put(d.node.mark(), architecture, d.name);
        Set<String> names = ruleSettings.names();
        for (Map.Entry<String, SpecNode> g : d.given.entrySet()) {
            if (!names.contains(g.getKey())) {
                String near = Suggest.closest(g.getKey(), names);
                throw g.getValue().error("'" + g.getKey() + "' is not a setting of " + d.type + " components",
                        (near != null ? "did you mean '" + near + "'? " : "") + "settings: " + String.join(", ", names));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        String where = "component '" + d.name + "' (" + d.type + ") of " + architecture;
        SettingReader reader = settings();
        List<Setting> all = ruleSettings.settings();
        for (int i = 0; i < all.size(); i++) {
            Setting s = all.get(i);
            SpecNode given = d.given.get(s.name());
            if (s.onlyWhen() != null && !RuleChecks.applies(s, values)) {
                if (!settingValues.isEmpty() && settingValues.stream()
                        .anyMatch(v -> v.matches(architecture, d.name, s.name()))) {
                    throw d.node.error("'" + s.name() + "' of component '" + d.name + "' applies only when "
                            + s.onlyWhenText(), "vary another setting, or set " + s.onlyWhenText()
                            .replace(" is not ", " to something other than ") + " in the spec");
                }
                if (given != null) {
                    throw given.error("'" + s.name() + "' applies only when " + s.onlyWhenText(),
                            "remove it, or set " + s.onlyWhenText().replace(" is not ", " to something other than "));
                }
                values.put(s.name(), s.defaultValue());
                continue;
            }
            String swept = swept(architecture, d.name, s.name());
            if (swept != null) {
                // Checked where the file would give it: at its own value when written, else at the component.
                values.put(s.name(), reader.read(s, swept, given != null ? given : d.node, rule));
            } else if (given != null) {
                locations.put(given.mark(), architecture, d.name, s.name());
                values.put(s.name(), reader.read(s, given.scalar(), given, rule));
            } else if (d.templateSettings.containsKey(s.name())) {
                values.put(s.name(), reader.read(s, d.templateSettings.get(s.name()), d.node, rule));
                architectureDefaults.add(where + ": " + s.name() + " = " + d.templateSettings.get(s.name()) + " (template "
                        + d.template + " default).");
            } else if (s.required()) {
                throw d.node.error(where + " needs '" + s.name() + "' (" + s.help() + ")",
                        "add " + s.name() + " under " + (d.template != null ? "overrides: {" + d.name + ": ...}" : "the component"));
            } else {
                values.put(s.name(), s.defaultValue());
                architectureDefaults.add(where + ruleSettings.defaultTexts().get(i));
            }
        }
        ComponentConfig config;
        try {
            config = RuleChecks.configured(rule, values, types);
        } catch (InvalidSettingException e) {
            SpecNode at = d.given.getOrDefault(e.setting(), d.node);
            throw at.error(where(d, architecture) + ": " + e.getMessage(), e.fix());
        } catch (IllegalArgumentException e) {
            throw d.node.error(where(d, architecture) + ": " + e.getMessage(), "correct the setting");
        }
        return new Component(d.name, d.type, config, usage);
    }

    /** The value a sweep gives this setting, or null. */
    private String swept(String architecture, String component, String setting) {
        if (settingValues.isEmpty()) {
            return null;
        }
        return settingValues.stream().filter(v -> v.matches(architecture, component, setting))
                .map(SettingValue::text).findFirst().orElse(null);
    }

    private SettingReader settings() {
        return new SettingReader(catalog, stated);
    }

    private String where(Draft d, String architecture) {
        return "component '" + d.name + "' of " + architecture;
    }

    /** A component being assembled from a template part, overrides and explicit settings. */
    private record Draft(String name, String type, SpecNode node, Map<String, SpecNode> given,
            Map<String, String> templateSettings, String template) {}
}
