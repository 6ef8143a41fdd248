package dev.cloudplan.spec;

import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.Workload;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a spec file (docs/spec.md) into a scenario. Every default it applies is recorded as an
 * assumption; every mistake becomes a SpecException with file, line, column and a fix.
 */
public final class SpecReader {


    private final Function<String, LoadedCatalog> catalogFor;
    /** Settings naming regions a component is also billed in: a spec with one loads every region's prices. */
    static final List<String> OTHER_REGION_SETTINGS = List.of("replica_region", "replica_regions", "global_regions");
    private final LocalDate today;
    private final Limits limits;

    public SpecReader(LoadedCatalog catalog, LocalDate today) {
        this(region -> catalog, today, Limits.DEFAULT);
    }

    /**
     * Reads specs against the catalog {@code catalogFor} gives for the spec's region, so a run loads only
     * that region's prices (see CatalogLoader).
     */
    public SpecReader(Function<String, LoadedCatalog> catalogFor, LocalDate today) {
        this(catalogFor, today, Limits.DEFAULT);
    }

    /** Reads with other limits than the defaults (the horizon benchmark prices past 120 months). */
    public SpecReader(LoadedCatalog catalog, LocalDate today, Limits limits) {
        this(region -> catalog, today, limits);
    }

    /** Reads against the region's catalog with the given limits. */
    public SpecReader(Function<String, LoadedCatalog> catalogFor, LocalDate today, Limits limits) {
        this.catalogFor = catalogFor;
        this.today = today;
        this.limits = limits;
    }

    /** What every reading of a spec is made against: the catalog of its region, today's date, the limits. */
    record Context(Function<String, LoadedCatalog> catalogFor, LocalDate today, Limits limits) {}

    private Context context() {
        return new Context(catalogFor, today, limits);
    }

    public Spec read(Path path) {
        return read(path.toString(), path);
    }

    /** Reads {@code path}, naming it {@code file} in messages (the path as the user gave it). */
    public Spec read(String file, Path path) {
        return read(file, SpecSource.read(file, path, limits));
    }

    public Spec read(String file, String text) {
        SpecNode root = SpecParser.parse(file, SpecSource.check(file, text, limits), limits);
        return new SpecReading(context(), file, root, Map.of(), Map.of()).spec();
    }

    /**
     * Parses {@code path} once and gives a function that reads it with workload drivers fixed at the values it is
     * given, as if the file wrote each of them as a fixed value: a sweep reads one spec at many points.
     */
    public Function<Map<Driver, BigDecimal>, Spec> varying(String file, Path path) {
        java.util.function.BiFunction<Map<Driver, BigDecimal>, List<SettingValue>, Spec> both = varyingSettings(file,
                path);
        return overrides -> both.apply(overrides, List.of());
    }

    /**
     * As {@link #varying}, with component settings too read as the {@link SettingValue}s given, as if the file wrote
     * them at the component (and checked where it would be: a bad value is the SpecException the file would give).
     */
    public java.util.function.BiFunction<Map<Driver, BigDecimal>, List<SettingValue>, Spec> varyingSettings(
            String file, Path path) {
        SpecNode root = SpecParser.parse(file, SpecSource.check(file, SpecSource.read(file, path, limits), limits),
                limits);
        return (overrides, settings) -> new SpecReading(context(), file, root, Map.copyOf(overrides), Map.of(),
                List.copyOf(settings))
                .spec();
    }

    /**
     * Parses {@code path} once and gives what a Monte Carlo reads at each scenario (docs/ranges.md): the spec with
     * drivers fixed as {@link #varying} does and each range of the file at the value drawn for it (by its path; the
     * median when not drawn), or the workload alone, which is all a compiled plan needs of a scenario.
     */
    public Sampling sampling(String file, Path path) {
        SpecNode root = SpecParser.parse(file, SpecSource.check(file, SpecSource.read(file, path, limits), limits),
                limits);
        return new Sampling() {
            @Override
            public Spec spec(Map<Driver, BigDecimal> overrides, Map<String, BigDecimal> draws) {
                return new SpecReading(context(), file, root, Map.copyOf(overrides), Map.copyOf(draws)).spec();
            }

            @Override
            public Workload workload(Map<Driver, BigDecimal> overrides, Map<String, BigDecimal> draws) {
                return new SpecReading(context(), file, root, overrides, draws).workload();
            }
        };
    }
}
