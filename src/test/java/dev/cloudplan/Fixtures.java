package dev.cloudplan;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
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
import java.util.List;
import java.util.Map;

/** Shared test data: the bundled catalog, small hand-made catalogs, and scenario builders. */
public final class Fixtures {
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final YearMonth START = YearMonth.of(2027, 1);

    private Fixtures() {}

    public static PriceCatalog bundled() {
        return CatalogLoader.bundled().prices();
    }

    public static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A flat price, for hand-made test catalogs (not real AWS prices unless a test says so). */
    public static Price price(String service, String charge, String attributes, String unit, String usd) {
        return tier(service, charge, attributes, unit, "0", null, usd);
    }

    /** A flat fixture price in {@code region} (a replica's region), not the fixtures' us-east-1. */
    public static Price priceIn(String region, String service, String charge, String attributes, String unit,
            String usd) {
        return new Price(service, region, charge, Attributes.parse(attributes), unit, d("0"), null, d(usd), TODAY,
                "test fixture", "test fixture price", "", Grade.TRANSCRIBED, "test fixture");
    }

    public static Price tier(String service, String charge, String attributes, String unit, String start, String end,
            String usd) {
        return new Price(service, "us-east-1", charge, Attributes.parse(attributes), unit, d(start),
                end == null ? null : d(end), d(usd), TODAY, "test fixture", "test fixture price", "",
                Grade.TRANSCRIBED, "test fixture");
    }

    public static FreeTierAllowance allowance(FreeTierRegime regime, String service, String charge, String attributes,
            String quantity, String unit, String pool) {
        return new FreeTierAllowance(regime, service, charge, Attributes.parse(attributes), d(quantity), unit, pool, TODAY,
                "test fixture", "test allowance", Grade.TRANSCRIBED);
    }

    public static PriceCatalog catalog(List<Price> prices, List<FreeTierAllowance> allowances) {
        return new PriceCatalog(new CatalogInfo("test", TODAY, "test fixture"), prices, allowances);
    }

    public static Workload workload(Map<Driver, String> values) {
        Map<Driver, BigDecimal> map = new java.util.EnumMap<>(Driver.class);
        values.forEach((k, v) -> map.put(k, d(v)));
        return Workload.of(map);
    }

    public static Architecture architecture(String name, Object... typeNameConfig) {
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < typeNameConfig.length; i += 3) {
            components.add(new Component((String) typeNameConfig[i + 1], (String) typeNameConfig[i],
                    (ComponentConfig) typeNameConfig[i + 2], Map.of()));
        }
        return new Architecture(name, name, components);
    }

    public static Scenario scenario(int horizon, Account account, Workload workload, Budget budget, List<FixedCost> fixed,
            Architecture... architectures) {
        return new Scenario("test", "us-east-1", horizon, START, account, workload, budget, fixed, List.of(architectures),
                List.of());
    }

    /** A run's environment for CLI tests: the fixed date and a home with no imported catalogs, never the developer's. */
    public static dev.cloudplan.cli.Environment environment() {
        return environment(java.nio.file.Path.of("target", "test-home-without-catalogs"));
    }

    public static dev.cloudplan.cli.Environment environment(java.nio.file.Path home) {
        java.time.Clock clock = java.time.Clock.fixed(TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                java.time.ZoneOffset.UTC);
        return new dev.cloudplan.cli.Environment(clock, java.util.Map.of(), home, false);
    }
}
