package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.capacity.CapacityData;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: the estimator's month memo (a month priced as the month before was) never changes a projection: every
 * bundled example and the specs below, whose months differ in each way a month can (growth, a free tier ending,
 * credits running out, Extended Support by date, an upfront renewal, logs piling up, auto sizing, peaks stated month
 * by month), give equal projections with the memo and without it.
 */
class MonthMemoTest {
    static final LoadedCatalog CATALOG = CatalogLoader.bundled();
    static final CapacityData CAPACITY = LimitsLoader.with(CATALOG.instanceTypes());
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final String HEAD = """
            name: memo
            region: us-east-1
            horizon: 24 months
            start: 2027-01
            """;

    static Stream<Arguments> specs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .forEach(p -> out.add(Arguments.of(p.toString(), read(p))));
        }
        String flat = """
                workload: {requests: 20M/month, database: {reads: 20M/month, writes: 2M/month, stored: 10 GB},
                  static_assets: 5 GB, egress: 50 GB/month}
                architectures:
                  - {name: serverless, template: api-lambda-dynamodb}
                  - {name: ec2-rds, template: ec2-rds}
                """;
        out.add(Arguments.of("legacy free tier ends in month 6", HEAD.replace("2027-01", "2026-01")
                + "account: {free_tier: legacy-12-month, created: 2025-06-01}\n" + flat));
        out.add(Arguments.of("credits run out", HEAD + "account: {free_tier: free-plan, credits: 200 USD}\n" + flat));
        out.add(Arguments.of("extended support from a date", HEAD.replace("2027-01", "2026-02") + """
                workload: {requests: 1M/month}
                architectures:
                  - name: legacy
                    components:
                      - {name: db, type: rds, engine: mysql, instance_type: db.t4g.medium, storage: 20 GB, engine_version: "5.7"}
                """));
        out.add(Arguments.of("upfront renewed each year, logs piling up", HEAD + """
                workload: {requests: 5M/month}
                architectures:
                  - name: reserved
                    components:
                      - {name: app, type: ec2, instance_type: t4g.medium, purchase: reserved 1yr all-upfront}
                  - name: logs
                    components:
                      - {name: logs, type: cloudwatch, log_retention: 6}
                  - name: on-demand
                    components:
                      - {name: app, type: ec2, instance_type: t4g.medium}
                      - {name: cache, type: elasticache, instance_type: cache.t4g.small}
                """));
        out.add(Arguments.of("auto sizing, peaks stated month by month", HEAD + """
                workload:
                  requests: 50M/month
                  database: {reads: 10M/month, writes: 1M/month, stored: 5 GB}
                  peak: {requests: [100/s, 300/s, 300/s]}
                architectures:
                  - name: auto
                    components:
                      - {name: app, type: ec2, instance_type: auto}
                      - {name: db, type: rds, engine: postgresql, instance_type: db.t4g.small, storage: 20 GB}
                """));
        return out.stream();
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void theMemoNeverChangesAProjection(String name, String text) {
        Spec spec = new SpecReader(region -> CATALOG, TODAY).read(name, text);
        PriceCatalog prices = CATALOG.prices().withPrices(spec.statedPrices());
        Estimator memo = new Estimator(prices, CAPACITY);
        Estimator full = memo.withoutMonthMemo();
        for (Architecture a : spec.scenario().architectures()) {
            Projection withMemo = memo.estimate(spec.scenario(), a);
            Projection without = full.estimate(spec.scenario(), a);
            assertThat(withMemo).as("%s / %s", name, a.name()).isEqualTo(without);
        }
    }

    /** The memo is used where it can be: a flat example's months after the first are the first month's lines. */
    @Test
    void aFlatWorkloadRepeatsItsFirstMonthsLines() {
        Spec spec = new SpecReader(region -> CATALOG, TODAY).read("learning-app", read(Path.of(
                "examples/learning-app.yaml")));
        Projection p = new Estimator(CATALOG.prices(), CAPACITY).estimate(spec.scenario(),
                spec.scenario().architectures().get(0));
        assertThat(p.months().get(5).lines().get(0)).isSameAs(p.months().get(4).lines().get(0));
        Projection full = new Estimator(CATALOG.prices(), CAPACITY).withoutMonthMemo().estimate(spec.scenario(),
                spec.scenario().architectures().get(0));
        assertThat(full.months().get(5).lines().get(0)).isNotSameAs(full.months().get(4).lines().get(0));
    }
}
