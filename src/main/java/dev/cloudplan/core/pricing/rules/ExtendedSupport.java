package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.EngineSupport;
import dev.cloudplan.core.pricing.RuleData;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RDS Extended Support of a database: either a phase stated for the whole projection, or an engine major version whose
 * phase follows AWS's support calendar (engine-support.csv) month by month, so a version entering Extended Support, or
 * its third year, during the projection changes the bill in that month (by day, when a date falls inside a month).
 *
 * @param statedPhase   none, year-1-2 or year-3 (with no engine version)
 * @param engineVersion the major version, e.g. 5.7; null when the phase is stated
 * @param dates         the version's support dates, bound when the spec is read; null until then
 * @param month         the calendar month being billed; null until {@link #inMonth}
 */
record ExtendedSupport(String statedPhase, String engineVersion, EngineSupport dates, YearMonth month) {
    static final String NONE_GIVEN = "none";
    static final ExtendedSupport NONE = new ExtendedSupport(NONE_GIVEN, null, null, null);

    static final Setting PHASE = Setting.choice("extended_support", NONE_GIVEN, List.of(NONE_GIVEN,
            EngineSupport.YEAR_1_2, EngineSupport.YEAR_3), "the RDS Extended Support phase the engine's major version is"
            + " in for the whole projection, billed per vCPU-hour of every instance; none = a version in standard"
            + " support, no charge (with engine_version, the phase follows that version's support dates instead)");
    static final Setting VERSION = Setting.of("engine_version", SettingKind.TEXT, NONE_GIVEN, "the engine's major"
            + " version, e.g. 5.7: its Extended Support phase each month follows AWS's support dates; none = as stated");

    /** A stated phase for the whole projection. */
    static ExtendedSupport stated(String phase) {
        return new ExtendedSupport(phase, null, null, null);
    }

    static ExtendedSupport read(Settings s) {
        String version = s.text("engine_version").trim();
        if (version.equals(NONE_GIVEN)) {
            return stated(s.text("extended_support"));
        }
        if (!s.text("extended_support").equals(NONE_GIVEN)) {
            throw new InvalidSettingException("extended_support", "give engine_version or extended_support, not both:"
                    + " with an engine version the phase follows its support dates", "remove extended_support");
        }
        return new ExtendedSupport(NONE_GIVEN, version, null, null);
    }

    /** Bound to the version's dates under {@code engine} (mysql, aurora-postgresql...); unknown versions refused. */
    ExtendedSupport bound(String engine, RuleData data) {
        if (engineVersion == null) {
            return this;
        }
        EngineSupport found = data.support(engine, engineVersion).orElseThrow(() -> new InvalidSettingException(
                "engine_version", "'" + engineVersion + "' is not a " + engine + " major version with published Extended"
                + " Support dates (engine-support.csv knows " + known(data.versions(engine)) + ")", data.versions(engine)
                .isEmpty() ? "state the phase instead: extended_support: year-1-2 or year-3"
                : "use one of " + known(data.versions(engine)) + ", or state extended_support: year-1-2 or year-3"));
        return new ExtendedSupport(statedPhase, engineVersion, found, month);
    }

    private static String known(List<String> versions) {
        return versions.isEmpty() ? "none" : String.join(", ", versions);
    }

    ExtendedSupport inMonth(YearMonth calendar, Assumptions assumptions) {
        if (dates == null) {
            return this;
        }
        assumptions.add("RDS Extended Support by engine version: " + dates.describe() + ". Each month is billed at the"
                + " phase of its days; after the end RDS upgrades the version, which cloudplan bills at the same instance"
                + " price with no Extended Support charge.");
        return new ExtendedSupport(statedPhase, engineVersion, dates, calendar);
    }

    /** One billed phase of the month: its name, its days of the month's, and why. */
    record Share(String phase, int days, int daysInMonth, String why) {}

    List<Share> shares() {
        if (engineVersion == null) {
            return statedPhase.equals(NONE_GIVEN) ? List.of() : List.of(new Share(statedPhase, 1, 1, "stated"));
        }
        if (dates == null || month == null) {
            throw new IllegalStateException("engine_version " + engineVersion + " was not bound to its support dates");
        }
        List<Share> out = new ArrayList<>();
        int length = month.lengthOfMonth();
        for (Map.Entry<String, Integer> e : dates.daysIn(month).entrySet()) {
            out.add(new Share(e.getKey(), e.getValue(), length, dates.engine() + " " + engineVersion + " in " + e.getKey() + " "
                    + e.getValue() + " of " + length + " days of " + month));
        }
        return out;
    }

    /** The vCPU-hours of one share: instances x vCPUs x 730 h x its days / the month's (divided last). */
    static BigDecimal hours(BigDecimal vcpus, int instances, Share share) {
        BigDecimal all = vcpus.multiply(BigDecimal.valueOf(instances)).multiply(HOURS_PER_MONTH);
        return share.days() == share.daysInMonth() ? all : all.multiply(BigDecimal.valueOf(share.days()))
                .divide(BigDecimal.valueOf(share.daysInMonth()), BillingConventions.DIVISION);
    }

    /** The formula's tail for one share: empty for a whole month. */
    static String partOfMonth(Share share) {
        return share.days() == share.daysInMonth() ? "" : " x " + share.days() + "/" + share.daysInMonth() + " days";
    }

    /**
     * The month's Extended Support lines: one per billed phase, per vCPU-hour of {@code instances} instances of
     * the class's vCPUs each (usage {@code instance_vcpus}; AmazonRDS {@code extended-support}, by {@code databaseEngine}
     * and {@code supportPhase}); NOT PRICED with the reason in its label when the vCPUs are unknown.
     */
    List<Charge> charges(String databaseEngine, Usage u, String instanceType, int instances, String instancesText) {
        boolean known = u.has(PlannedComponent.INSTANCE_VCPUS);
        BigDecimal vcpus = known ? u.get(PlannedComponent.INSTANCE_VCPUS) : BigDecimal.ZERO;
        String vcpuText = RdsExtras.vcpuText(u, instanceType);
        List<Charge> out = new ArrayList<>();
        for (Share share : shares()) {
            out.add(Charge.of("Extended Support (" + databaseEngine + ", " + share.phase() + ")", "AmazonRDS",
                    "extended-support", RdsExtras.vcpuAttributes(known, "databaseEngine", databaseEngine,
                            "supportPhase", share.phase()), "extended_support", hours(vcpus, instances, share),
                    "vCPU-Hours", instances + " " + instancesText + " x " + vcpuText + " x 730 h" + partOfMonth(share)
                            + " (" + share.why() + ")"));
        }
        return out;
    }
}
