package dev.cloudplan.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepGridTest {
    private static Cost cost(String name, String usd, boolean complete) {
        Money m = Money.of(new BigDecimal(usd));
        return new Cost(name, m, m, complete);
    }

    @Test
    void cheapest_isTheLowestCompleteOne_tiesAreAllNamed_anIncompleteOneNever() {
        Sweep.Point p = new Sweep.Point(BigDecimal.ONE, List.of(cost("a", "10", true), cost("b", "5", false),
                cost("c", "10", true), cost("d", "12", true)));
        assertThat(SweepGrid.cheapest(p)).containsExactly("a", "c");
        Sweep.Point none = new Sweep.Point(BigDecimal.ONE, List.of(cost("a", "1", false)));
        assertThat(SweepGrid.cheapest(none)).isEmpty();
    }

    @Test
    void whole_roundsToWholeNumbersOnce() {
        assertThat(Grid.whole(Grid.linear(BigDecimal.ONE, new BigDecimal("5"), 20)))
                .extracting(BigDecimal::intValue).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void run_pricesEveryXAtEveryY_andRefusesMoreThanTheBound() {
        // a costs x + y, b costs 10: they cross at x = 10 - y.
        SweepGrid g = SweepGrid.run(List.of(BigDecimal.ZERO, new BigDecimal("10")),
                List.of(BigDecimal.ONE, new BigDecimal("4")), y -> x -> List.of(
                        cost("a", x.add(y).toPlainString(), true), cost("b", "10", true)), BigDecimal.ONE);
        assertThat(g.rows()).hasSize(2);
        assertThat(g.rows().get(0).pairs().get(0).crossings().get(0).value()).isEqualByComparingTo("9");
        assertThat(g.rows().get(1).pairs().get(0).crossings().get(0).value()).isEqualByComparingTo("6");
        List<BigDecimal> many = java.util.stream.IntStream.range(0, 101).mapToObj(BigDecimal::valueOf).toList();
        assertThatThrownBy(() -> SweepGrid.run(many, many, y -> x -> List.of(), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
