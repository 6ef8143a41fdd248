package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.decision.Cost;
import dev.cloudplan.core.decision.Sweep;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code sweep}'s crossings located on the compiled plan: the same as located at the grid points on bundled specs,
 * more where two lie within one grid step, each solved value checked against the architectures' own totals there.
 */
class SweepScanTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final LoadedCatalog CATALOG = CatalogLoader.bundled();

    @TempDir
    Path tmp;

    static Stream<Arguments> bundled() {
        return Stream.of(
                Arguments.of("examples/learning-app.yaml", "requests=1M..1B"),
                Arguments.of("examples/learning-app.yaml", "egress=100GB..10TB"),
                Arguments.of("examples/dashboard.yaml", "requests=100K..100M"),
                Arguments.of("examples/commitments.yaml", "requests=100K..2B"),
                Arguments.of("examples/chat-mvp.yaml", "users.concurrent=100..10K"),
                Arguments.of("examples/llm-chat.yaml", "users.concurrent=100..10K"));
    }

    /**
     * Property: every crossing the grid finds, the scan finds too, solved to the same value (within the resolution)
     * with the same sides; and every crossing either finds has the exact pricer's costs at its value.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bundled")
    void theScanFindsEveryCrossingTheGridDoes_solvedTheSame(String spec, String vary) {
        SweepRuns.Prepared p = SweepRuns.prepare(CATALOG, Path.of(spec), vary, 20, true, LocalDate.of(2026, 12, 1));
        Sweep sweep = Sweep.run(p.grid(), p.pricer());
        List<BreakEven.Pair> scanned = BreakEven.find(sweep, p.pricer(), p.resolution());
        List<BreakEven.Pair> onGrid = BreakEven.find(sweep, p.exactOnly(), p.resolution());
        assertThat(scanned).hasSameSizeAs(onGrid);
        for (int i = 0; i < scanned.size(); i++) {
            BreakEven.Pair s = scanned.get(i);
            BreakEven.Pair g = onGrid.get(i);
            assertThat(s.search().scanned()).as("%s: %s", s.first() + "/" + s.second(), s.search().why()).isTrue();
            assertThat(g.search().scanned()).isFalse();
            assertThat(s.unsolvedAt()).isEqualTo(g.unsolvedAt());
            for (BreakEven.Crossing c : g.crossings()) {
                assertThat(s.crossings()).as("%s vs %s at %s", s.first(), s.second(), c.value())
                        .anySatisfy(x -> {
                            assertThat(x.value().subtract(c.value()).abs()).isLessThanOrEqualTo(p.resolution());
                            assertThat(x.cheaperBelow()).isEqualTo(c.cheaperBelow());
                            assertThat(x.cheaperAbove()).isEqualTo(c.cheaperAbove());
                        });
            }
            for (BreakEven.Crossing c : s.crossings()) {
                List<Cost> exact = p.exactOnly().at(c.value());
                assertThat(c.firstCost()).isEqualTo(cost(exact, s.first()));
                assertThat(c.secondCost()).isEqualTo(cost(exact, s.second()));
            }
        }
    }

    private static dev.cloudplan.core.money.Money cost(List<Cost> costs, String architecture) {
        return costs.stream().filter(c -> c.architecture().equals(architecture)).findFirst().orElseThrow().exact();
    }

    // catalog-src/transcribed/AWSLambda.csv (x86_64): 0.0000002 a request, 0.0000166667 a GB-second (first tier);
    // catalog-src/free-tier.csv: 1M requests and 400,000 GB-seconds a month always free.
    // catalog-src/transcribed/AmazonApiGateway.csv: HTTP API requests 0.000001 each up to 300M.
    static final BigDecimal GB_SECOND = BreakEvenTest.LAMBDA_GB_SECOND;
    static final BigDecimal HTTP = BreakEvenTest.HTTP_FIRST;
    static final BigDecimal FREE_GB_SECONDS = new BigDecimal("400000");
    /** The plan stated beside the functions, USD a month. */
    static final BigDecimal PLAN = new BigDecimal("0.3");

    static String spec(String requests) {
        // functions: 1 GB x 1 s = 1 GB-second a request; its requests are free below 1M, its GB-seconds below 400K.
        return "name: two crossings\nregion: us-east-1\nhorizon: 2 months\nstart: 2027-01\nworkload:\n  requests: "
                + requests + "\narchitectures:\n"
                + "  - name: functions\n    components:\n      - {name: fn, type: lambda, memory: 1024 MB, duration: 1000 ms}\n"
                + "      - {name: plan, type: stated-price, label: Monitoring plan, monthly: 0.3 USD/month}\n"
                + BreakEvenTest.HTTP_API;
    }

    @Test
    void twoCrossingsCloserThanOneGridStep_areBothFound_andEachIsWhereTheTotalsMeet() throws IOException {
        // Below 400K requests the functions cost the plan alone (0.3 USD) and the HTTP API 0.000001 a request: they
        // meet at 0.3 / 0.000001 = 300,000. Above it every GB-second is billed; below 1M requests no request is:
        // 0.3 + (x - 400,000) x 0.0000166667 = 0.000001 x at x = (400,000 x 0.0000166667 - 0.3) / (0.0000166667 - 0.000001).
        BigDecimal first = PLAN.divide(HTTP);
        BigDecimal second = FREE_GB_SECONDS.multiply(GB_SECOND).subtract(PLAN)
                .divide(GB_SECOND.subtract(HTTP), BreakEvenTest.MC);
        assertThat(second.subtract(first)).isLessThan(new BigDecimal("110000"));
        Path file = Cli.writeSpec(tmp, spec("1M/month"));
        Cli.Result r = run("sweep", file.toString(), "--vary", "requests=100K..10M", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        // Grid steps of 9.9M / 19 = 521K: no grid point lies between the two crossings.
        List<BigDecimal> grid = new ArrayList<>();
        root.get("points").forEach(pt -> grid.add(pt.get("value").decimalValue()));
        assertThat(grid).noneMatch(v -> v.compareTo(first) > 0 && v.compareTo(second) < 0);
        JsonNode pair = root.get("break_even").get("pairs").get(0);
        assertThat(pair.get("search").get("engine").asText()).isEqualTo("compiled plan");
        JsonNode crossings = pair.get("crossings");
        assertThat(crossings).hasSize(2);
        BigDecimal[] expected = {first, second};
        String[] below = {"http-api", "functions"};
        for (int i = 0; i < 2; i++) {
            BigDecimal solved = crossings.get(i).get("value").decimalValue();
            assertThat(solved.subtract(expected[i]).abs()).as("solved %s, worked out %s", solved, expected[i])
                    .isLessThanOrEqualTo(BigDecimal.ONE);
            assertThat(crossings.get(i).get("cheaper_below").asText()).isEqualTo(below[i]);
            assertMonth2TotalsMeet(solved);
        }
        assertThat(root.get("break_even").get("located").asText()).startsWith("Crossings located on the compiled plan"
                + " at 4,096 values");
        Cli.Result table = run("sweep", file.toString(), "--vary", "requests=100K..10M");
        assertThat(table.out()).contains("http-api is cheaper below 300K requests a month, functions from 300K to 406.4K, http-api above.",
                "Crossings located on the compiled plan at 4,096 values (the 20 grid points and values between them),"
                        + " then solved and priced on the exact engine");
    }

    /** The architectures' own month-2 totals from {@code compare} with the workload written at {@code value}. */
    private void assertMonth2TotalsMeet(BigDecimal value) throws IOException {
        Path at = tmp.resolve("at.yaml");
        Files.writeString(at, spec(value.setScale(0, RoundingMode.HALF_UP).toPlainString() + "/month"));
        Cli.Result compare = run("compare", at.toString(), "--format", "json");
        assertThat(compare.code()).as(compare.err()).isZero();
        List<BigDecimal> month2 = new ArrayList<>();
        for (JsonNode a : JSON.readTree(compare.out()).get("architectures")) {
            month2.add(new BigDecimal(a.get("months").get(1).get("total").asText()));
        }
        assertThat(month2.get(0).subtract(month2.get(1)).abs()).as("at %s: %s", value, month2)
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
    }
}
