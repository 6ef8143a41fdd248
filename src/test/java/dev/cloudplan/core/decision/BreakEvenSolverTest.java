package dev.cloudplan.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The solver on costs written out here: several crossings, a step, and an incomplete stretch. */
class BreakEvenSolverTest {
    static final BigDecimal ONE = BigDecimal.ONE;

    static Pricer of(Function<BigDecimal, BigDecimal> a, Function<BigDecimal, BigDecimal> b,
            Function<BigDecimal, Boolean> aComplete) {
        return x -> List.of(new Cost("a", Money.of(a.apply(x)), Money.of(a.apply(x)), aComplete.apply(x)),
                new Cost("b", Money.of(b.apply(x)), Money.of(b.apply(x)), true));
    }

    static List<BreakEven.Pair> solve(Pricer pricer, int from, int to, int steps) {
        Sweep sweep = Sweep.run(Grid.linear(BigDecimal.valueOf(from), BigDecimal.valueOf(to), steps), pricer);
        return BreakEven.find(sweep, pricer, ONE);
    }

    @Test
    void everyCrossingIsFound_inOrder_withTheCheaperSideOfEach() {
        // a = 100 flat; b = |x - 5,000| / 10: b cheaper between 4,000 and 6,000, a outside.
        Pricer p = of(x -> new BigDecimal("100"), x -> x.subtract(new BigDecimal("5000")).abs()
                .divide(BigDecimal.TEN), x -> true);
        BreakEven.Pair pair = solve(p, 0, 10_000, 20).get(0);
        assertThat(pair.cheaperAtStart()).isEqualTo("a");
        assertThat(pair.crossings()).extracting(BreakEven.Crossing::value)
                .containsExactly(new BigDecimal("4000"), new BigDecimal("6000"));
        assertThat(pair.crossings()).extracting(BreakEven.Crossing::cheaperBelow).containsExactly("a", "b");
        assertThat(pair.crossings()).noneMatch(BreakEven.Crossing::step);
        assertThat(pair.fullySolved()).isTrue();
    }

    @Test
    void aStepIsSaidToBeOne_notPassedOffAsEqualCosts() {
        // a jumps from 10 to 50 at x = 333 (a second instance); b = 30 flat.
        Pricer p = of(x -> x.compareTo(new BigDecimal("333")) < 0 ? BigDecimal.TEN : new BigDecimal("50"),
                x -> new BigDecimal("30"), x -> true);
        BreakEven.Crossing c = solve(p, 0, 1000, 10).get(0).crossings().get(0);
        assertThat(c.step()).isTrue();
        assertThat(c.value().subtract(new BigDecimal("333")).abs()).isLessThanOrEqualTo(ONE);
    }

    @Test
    void noCrossingIsSolvedFromALowerBound() {
        // a crosses b at 500, but a is incomplete from 400 up: its figure there is a lower bound.
        Pricer p = of(x -> x, x -> new BigDecimal("500"), x -> x.compareTo(new BigDecimal("400")) < 0);
        BreakEven.Pair pair = solve(p, 0, 1000, 11).get(0);
        assertThat(pair.crossings()).isEmpty();
        assertThat(pair.unsolvedAt()).hasSize(7);
        assertThat(pair.incomplete()).containsExactly("a");
    }

    @Test
    void grid_linearAndLog_keepTheEndsExactly_andRise() {
        List<BigDecimal> log = Grid.log(new BigDecimal("1000000"), new BigDecimal("1000000000"), 4);
        assertThat(log).containsExactly(new BigDecimal("1000000"), new BigDecimal("10000000"),
                new BigDecimal("100000000"), new BigDecimal("1000000000"));
        List<BigDecimal> lin = Grid.linear(ONE, new BigDecimal("10"), 1000);
        assertThat(lin).hasSize(1000).first().isEqualTo(ONE);
        for (int i = 1; i < lin.size(); i++) {
            assertThat(lin.get(i)).isGreaterThan(lin.get(i - 1));
        }
    }

    @Test
    void aStretchOfEqualCost_isReportedAsOne_withWhereItEnds() {
        // a = 100 + x / 10 (cheaper at first); b = 150 until a reaches it at x = 500, then both 100 + x / 10 up to
        // 1,230, then b = 100 + x / 20 + 61.5 (cheaper above 1,230).
        Pricer p = of(x -> new BigDecimal("100").add(x.divide(BigDecimal.TEN)),
                x -> x.compareTo(new BigDecimal("500")) < 0 ? new BigDecimal("150")
                        : x.compareTo(new BigDecimal("1230")) <= 0 ? new BigDecimal("100").add(x.divide(BigDecimal.TEN))
                        : new BigDecimal("161.5").add(x.divide(new BigDecimal("20"))), x -> true);
        BreakEven.Crossing c = solve(p, 0, 2000, 20).get(0).crossings().get(0);
        assertThat(c.cheaperBelow()).isEqualTo("a");
        assertThat(c.cheaperAbove()).isEqualTo("b");
        assertThat(c.value().subtract(new BigDecimal("500")).abs()).isLessThanOrEqualTo(ONE);
        assertThat(c.tiedUpTo()).isNotNull();
        assertThat(c.tiedUpTo().subtract(new BigDecimal("1230")).abs()).isLessThanOrEqualTo(ONE);
    }
}
