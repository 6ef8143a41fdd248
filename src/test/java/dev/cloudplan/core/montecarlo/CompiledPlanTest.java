package dev.cloudplan.core.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.cli.MonteCarloRuns;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.projection.Projection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: on random scenarios, the compiled plan's cost of every month agrees with the exact engine's to the cent,
 * on bundled examples whose architectures cover tiers, free-tier pools, credits, stated prices and auto-sizing.
 */
class CompiledPlanTest {
    private static final LoadedCatalog CATALOG = CatalogLoader.bundled();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("examples/dashboard.yaml", List.of("requests=1M..20M", "egress=10GB..2TB",
                        "database.stored=1GB..200GB")),
                Arguments.of("examples/learning-app.yaml", List.of("requests=10M..300M", "egress=100GB..5TB")),
                Arguments.of("examples/dashboard-ranges.yaml", List.of()),
                Arguments.of("examples/chat-mvp.yaml", List.of("users.concurrent=500..5K")),
                Arguments.of("examples/llm-chat.yaml", List.of("users.concurrent=500..5K")),
                Arguments.of("examples/learning-app-growth.yaml", List.of("egress=100GB..5TB")));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void compiledMonthsAgreeWithTheExactEngineToTheCent(String spec, List<String> ranges) {
        MonteCarlo mc = MonteCarloRuns.prepare(CATALOG, Path.of(spec), ranges, TODAY);
        int n = 60;
        mc.run(n, 11);
        SplittableRandom pick = new SplittableRandom(3);
        List<Architecture> archs = architectures(mc);
        for (int t = 0; t < 20; t++) {
            int s = pick.nextInt(n);
            for (int a = 0; a < archs.size(); a++) {
                Projection exact = mc.exact(archs.get(a), s);
                for (int m = 0; m < exact.months().size(); m++) {
                    double e = exact.months().get(m).total().amount().doubleValue();
                    assertThat(mc.compiled(a, s, m)).as("%s scenario %d month %d", archs.get(a).name(), s, m + 1)
                            .isCloseTo(e, org.assertj.core.data.Offset.offset(0.0051));
                }
            }
        }
    }

    private static List<Architecture> architectures(MonteCarlo mc) {
        return mc.architectures();
    }
}
