package dev.cloudplan.cli;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.report.Axis;
import dev.cloudplan.spec.DriverValues;
import dev.cloudplan.spec.SettingValue;
import dev.cloudplan.spec.SettingValues;
import dev.cloudplan.spec.Suggest;
import dev.cloudplan.spec.UnitException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code [ARCHITECTURE/]COMPONENT.SETTING=FROM..TO}, as {@code sweep --vary} takes a component setting: the setting
 * of the component so named in every architecture that holds one (or in the one named), over a rising range written
 * as the spec writes the setting (3 GB, 200 ms, 4). Resolved against the spec as read, so a name it lacks is refused
 * with the names it has.
 */
record SettingVary(String name, List<String> architectures, String component, Setting setting, BigDecimal from,
        BigDecimal to) implements Varied {
    /** Whether {@code text} names a setting rather than a workload driver: a driver's name always wins. */
    static boolean names(String text) {
        int eq = text.indexOf('=');
        String name = (eq < 0 ? text : text.substring(0, eq)).trim();
        return DriverValues.byName(name).isEmpty() && (name.contains(".") || name.contains("/"));
    }

    static SettingVary parse(String flag, String text, Scenario scenario) {
        int eq = text.indexOf('=');
        String name = (eq < 0 ? text : text.substring(0, eq)).trim();
        int slash = name.indexOf('/');
        String only = slash < 0 ? null : name.substring(0, slash);
        String rest = name.substring(slash + 1);
        int dot = rest.lastIndexOf('.');
        if (dot <= 0 || dot == rest.length() - 1) {
            throw new UserError(flag + " " + text + ": '" + name + "' is neither a workload driver nor"
                    + " COMPONENT.SETTING", Main.BAD_INPUT, "write a driver (requests=1M..1B) or a component setting"
                    + " such as " + examples(scenario, only));
        }
        String component = rest.substring(0, dot);
        String settingName = rest.substring(dot + 1);
        if (only != null && scenario.architectures().stream().noneMatch(a -> a.name().equals(only))) {
            List<String> names = scenario.architectures().stream().map(Architecture::name).toList();
            String near = Suggest.closest(only, names);
            throw new UserError(flag + " " + name + ": the spec has no architecture '" + only + "'", Main.BAD_INPUT,
                    (near != null ? "did you mean '" + near + "'? " : "") + "architectures: " + String.join(", ", names));
        }
        Map<String, Component> holding = new LinkedHashMap<>();
        for (Architecture a : scenario.architectures()) {
            if (only == null || a.name().equals(only)) {
                a.components().stream().filter(c -> c.name().equals(component)).findFirst()
                        .ifPresent(c -> holding.put(a.name(), c));
            }
        }
        if (holding.isEmpty()) {
            Set<String> known = componentNames(scenario, only);
            String driver = only == null ? Suggest.closest(name, DriverValues.names()) : null;
            String close = Suggest.closest(component, known);
            String hint = driver != null ? "did you mean the driver '" + driver + "'? " : close != null
                    ? "did you mean '" + close + "'? " : "";
            throw new UserError(flag + " " + name + ": no architecture " + (only == null ? "" : "named '" + only + "' ")
                    + "has a component '" + component + "' (and '" + name + "' is not a workload driver)",
                    Main.BAD_INPUT, hint + "components: " + String.join(", ", known) + "; drivers: "
                            + String.join(", ", DriverValues.names()));
        }
        Setting setting = null;
        for (Map.Entry<String, Component> e : holding.entrySet()) {
            Component c = e.getValue();
            Setting s = SettingValues.of(c.type(), settingName).orElse(null);
            if (s == null || !SettingValues.numeric(s)) {
                Set<String> numeric = numericSettings(c.type());
                String near = Suggest.closest(settingName, numeric);
                throw new UserError(flag + " " + name + ": " + (s == null ? "'" + settingName + "' is not a setting of "
                        + c.type() + " components" : "'" + settingName + "' of " + c.type() + " components is not a"
                        + " number (" + s.help() + ")") + " (component '" + component + "' of " + e.getKey() + ")",
                        Main.BAD_INPUT, numeric.isEmpty() ? c.type() + " components have no numeric setting to"
                                + " vary: sweep a workload driver, or a setting of another component"
                                : (near != null ? "did you mean '" + near + "'? " : "") + "settings of " + component
                                + " a sweep can vary: " + String.join(", ", numeric));
            }
            if (setting != null && setting.kind() != s.kind()) {
                throw new UserError(flag + " " + name + ": '" + component + "' is a " + holding.values().iterator().next()
                        .type() + " component in one architecture and " + c.type() + " in " + e.getKey() + ", whose "
                        + settingName + " are written in different units", Main.BAD_INPUT, "name one architecture: "
                                + e.getKey() + "/" + component + "." + settingName + "=...");
            }
            setting = s;
        }
        if (eq < 0 || !text.substring(eq + 1).contains("..")) {
            throw new UserError(flag + " " + text + ": the range should be FROM..TO", Main.BAD_INPUT, "write " + flag
                    + " " + name + "=" + SettingValues.example(setting));
        }
        String range = text.substring(eq + 1);
        int dots = range.indexOf("..");
        BigDecimal from = value(flag, name, setting, range.substring(0, dots));
        BigDecimal to = value(flag, name, setting, range.substring(dots + 2));
        if (from.compareTo(to) >= 0) {
            throw new UserError(flag + " " + text + ": FROM (" + SettingValues.write(setting, from) + ") is not below TO ("
                    + SettingValues.write(setting, to) + ")", Main.BAD_INPUT, "give the smaller value first, such as "
                    + name + "=" + SettingValues.example(setting));
        }
        if (SettingValues.whole(setting) && (!wholeNumber(from) || !wholeNumber(to))) {
            throw new UserError(flag + " " + text + ": " + settingName + " is a count, a whole number", Main.BAD_INPUT,
                    "give whole numbers, such as " + name + "=1..10");
        }
        return new SettingVary(name, List.copyOf(holding.keySet()), component, setting, from, to);
    }

    private static boolean wholeNumber(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }

    private static BigDecimal value(String flag, String name, Setting s, String text) {
        try {
            BigDecimal v = SettingValues.parse(s, text);
            if (v.signum() < 0) {
                throw new UnitException("'" + text.trim() + "' is below 0", "give a value of 0 or more");
            }
            return v;
        } catch (UnitException e) {
            throw new UserError(flag + " " + name + ": " + e.getMessage() + (SettingValues.unit(s).isEmpty() ? ""
                    : " (" + s.name() + " is in " + SettingValues.unit(s) + ")"), Main.BAD_INPUT, e.fix()
                            + "; for example " + name + "=" + SettingValues.example(s));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UserError(flag + " " + name + ": '" + text + "' is not a number", Main.BAD_INPUT,
                    "write " + name + "=" + SettingValues.example(s));
        }
    }

    /** The setting at {@code value} in each architecture that holds it, as the spec reader takes it. */
    @Override
    public void put(BigDecimal value, Map<dev.cloudplan.core.workload.Driver, BigDecimal> drivers,
            List<SettingValue> settings) {
        String text = SettingValues.write(setting, value);
        architectures.forEach(a -> settings.add(new SettingValue(a, component, setting.name(), text)));
    }

    @Override
    public String at(BigDecimal value) {
        // Several architectures: the one the reader refused is in the error's place; say how to leave it out.
        return name + " at " + SettingValues.write(setting, value) + (architectures.size() < 2 ? "" : " (in "
                + String.join(", ", architectures) + "; ARCHITECTURE/" + name + " varies one of them)");
    }

    @Override
    public Axis axis() {
        return new Axis(name, SettingValues.unit(setting), SettingValues.whole(setting), architectures);
    }

    @Override
    public BigDecimal resolution() {
        return SettingValues.resolution(setting);
    }

    private static Set<String> componentNames(Scenario scenario, String only) {
        Set<String> out = new TreeSet<>();
        scenario.architectures().stream().filter(a -> only == null || a.name().equals(only))
                .forEach(a -> a.components().forEach(c -> out.add(c.name())));
        return out;
    }

    private static Set<String> numericSettings(String type) {
        Set<String> out = new LinkedHashSet<>();
        dev.cloudplan.core.pricing.rules.Rules.forType(type).ifPresent(r -> r.allSettings().stream()
                .filter(SettingValues::numeric).forEach(s -> out.add(s.name())));
        return out;
    }

    /** A few settings this spec could vary, for a fix. */
    private static String examples(Scenario scenario, String only) {
        List<String> out = new ArrayList<>();
        for (Architecture a : scenario.architectures()) {
            for (Component c : a.components()) {
                if ((only == null || a.name().equals(only)) && out.size() < 3) {
                    numericSettings(c.type()).stream().findFirst().ifPresent(s -> out.add(c.name() + "." + s));
                }
            }
        }
        return out.isEmpty() ? "app.count=1..10" : String.join(", ", out) + " (=FROM..TO)";
    }
}
