package dev.cloudplan.cli;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.spec.DriverValues;
import dev.cloudplan.spec.Suggest;
import dev.cloudplan.spec.UnitException;
import java.math.BigDecimal;

/**
 * {@code DRIVER=FROM..TO}, as {@code sweep --vary} and {@code compare --break-even} take it: a workload driver by its
 * spec path and a rising range in the units the spec writes it in. The range may be left out where {@code optional}.
 */
record VaryOption(Driver driver, BigDecimal from, BigDecimal to) implements Varied {
    static VaryOption parse(String flag, String text, boolean rangeOptional) {
        String example = flag + " requests=1M..1B";
        int eq = text.indexOf('=');
        String name = (eq < 0 ? text : text.substring(0, eq)).trim();
        Driver driver = DriverValues.byName(name).orElseThrow(() -> {
            String near = Suggest.closest(name, DriverValues.names());
            return new UserError(flag + ": unknown workload driver '" + name + "'", Main.BAD_INPUT,
                    (near != null ? "did you mean '" + near + "'? " : "") + "drivers: "
                            + String.join(", ", DriverValues.names()));
        });
        if (eq < 0) {
            if (rangeOptional) {
                return new VaryOption(driver, null, null);
            }
            throw new UserError(flag + " " + text + " gives no range", Main.BAD_INPUT, "write " + flag + " " + name + "="
                    + DriverValues.example(driver));
        }
        String range = text.substring(eq + 1);
        int dots = range.indexOf("..");
        if (dots < 0) {
            String own = flag + " " + name + "=" + DriverValues.example(driver);
            throw new UserError(flag + " " + text + ": the range should be FROM..TO", Main.BAD_INPUT, "write " + own
                    + (own.startsWith(example) ? "" : ", or " + example));
        }
        BigDecimal from = value(flag, driver, range.substring(0, dots));
        BigDecimal to = value(flag, driver, range.substring(dots + 2));
        if (from.compareTo(to) >= 0) {
            throw new UserError(flag + " " + text + ": FROM (" + dev.cloudplan.report.Scale.of(from, driver)
                    + ") is not below TO (" + dev.cloudplan.report.Scale.of(to, driver) + ")", Main.BAD_INPUT,
                    "give the smaller value first, such as " + name + "=" + DriverValues.example(driver));
        }
        return new VaryOption(driver, from, to);
    }

    private static BigDecimal value(String flag, Driver driver, String text) {
        try {
            return DriverValues.parse(driver, text);
        } catch (UnitException e) {
            throw new UserError(flag + " " + driver.specName() + ": " + e.getMessage() + " (" + driver.specName()
                    + " is in " + driver.unit() + ")", Main.BAD_INPUT, e.fix() + "; for example " + driver.specName()
                    + "=" + DriverValues.example(driver));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UserError(flag + " " + driver.specName() + ": '" + text + "' is not a number", Main.BAD_INPUT,
                    "write " + driver.specName() + "=" + DriverValues.example(driver));
        }
    }

    @Override
    public dev.cloudplan.report.Axis axis() {
        return dev.cloudplan.report.Axis.of(driver);
    }

    @Override
    public void put(BigDecimal v, java.util.Map<Driver, BigDecimal> drivers,
            java.util.List<dev.cloudplan.spec.SettingValue> settings) {
        drivers.put(driver, v);
    }

    @Override
    public String at(BigDecimal v) {
        return driver.specName() + " at " + dev.cloudplan.core.workload.Series.plain(v) + " " + driver.unit();
    }

    /** The step a break-even is solved to: one request, user or query; a thousandth of a KB or GB. */
    @Override
    public BigDecimal resolution() {
        return driver.unit().startsWith("KB") || driver.unit().startsWith("GB") ? new BigDecimal("0.001")
                : BigDecimal.ONE;
    }
}
