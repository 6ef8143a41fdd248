package dev.cloudplan.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Crossings located on a scan between the grid points, on costs written out here; the exact pricer solves them. */
class BreakEvenScanTest {
    /** a = 100 flat; b = 100 + (x - 4,000)(x - 4,300) / 1,000: cheaper than a only between 4,000 and 4,300. */
    static final Function<BigDecimal, BigDecimal> A = x -> new BigDecimal("100");
    static final Function<BigDecimal, BigDecimal> B = x -> new BigDecimal("100").add(x.subtract(new BigDecimal("4000"))
            .multiply(x.subtract(new BigDecimal("4300"))).divide(new BigDecimal("1000")));

    /** The exact costs, and (when {@code lie} is not null) a scan of the same costs in doubles, plus {@code lie}. */
    static Pricer pricer(Double lie) {
        return new Pricer() {
            @Override
            public List<Cost> at(BigDecimal x) {
                return List.of(new Cost("a", Money.of(A.apply(x)), Money.of(A.apply(x)), true),
                        new Cost("b", Money.of(B.apply(x)), Money.of(B.apply(x)), true));
            }

            @Override
            public Scan scan(List<BigDecimal> grid) {
                return lie == null ? null : new Scan() {
                    @Override
                    public double[][] costs(List<BigDecimal> values, boolean[] which) {
                        double[][] out = new double[values.size()][];
                        for (int i = 0; i < out.length; i++) {
                            double x = values.get(i).doubleValue();
                            out[i] = new double[] {100 + lie, 100 + (x - 4000) * (x - 4300) / 1000};
                        }
                        return out;
                    }

                    @Override
                    public boolean slow(int a) {
                        return false;
                    }
                };
            }
        };
    }

    static BreakEven.Pair solve(Pricer pricer) {
        // 11 points 1,000 apart from 500: both crossings lie between the grid points 3,500 and 4,500.
        Sweep sweep = Sweep.run(Grid.linear(new BigDecimal("500"), new BigDecimal("10500"), 11), pricer);
        return BreakEven.find(sweep, pricer, BigDecimal.ONE).get(0);
    }

    @Test
    void twoCrossingsWithinOneGridStep_areFoundOnTheScan_andSolvedExactly() {
        BreakEven.Pair pair = solve(pricer(0.0));
        assertThat(pair.crossings()).extracting(BreakEven.Crossing::value)
                .containsExactly(new BigDecimal("4000"), new BigDecimal("4300"));
        assertThat(pair.crossings()).extracting(BreakEven.Crossing::cheaperBelow).containsExactly("a", "b");
        // The costs at each crossing are the exact pricer's there: 100 and 100.
        for (BreakEven.Crossing c : pair.crossings()) {
            assertThat(c.firstCost().amount()).isEqualByComparingTo(A.apply(c.value()));
            assertThat(c.secondCost().amount()).isEqualByComparingTo(B.apply(c.value()));
        }
        assertThat(pair.search().scanned()).isTrue();
        // 10,001 values at a resolution of 1: more than a scan prices, so it takes 4,096 of them.
        assertThat(pair.search().points()).isEqualTo(BreakEven.SCAN_POINTS);
        assertThat(pair.search().why()).isNull();
    }

    @Test
    void onTheGridAlone_theyCancelOut() {
        // The grid points 3,500 and 4,500 both have b dearer than a: the sign never changes there.
        BreakEven.Pair pair = solve(pricer(null));
        assertThat(pair.crossings()).isEmpty();
        assertThat(pair.cheaperAtStart()).isEqualTo("a");
        assertThat(pair.search().scanned()).isFalse();
        assertThat(pair.search().points()).isEqualTo(11);
    }

    @Test
    void aScanThatDisagreesWithTheExactPricerAtAGridPoint_isNotUsed_andSaysWhy() {
        BreakEven.Pair pair = solve(pricer(0.01));
        assertThat(pair.search().scanned()).isFalse();
        assertThat(pair.search().why()).contains("compiled plan of a", "100.0100 USD", "the exact engine 100 USD");
        assertThat(pair.crossings()).isEmpty();
    }

    @Test
    void dense_keepsTheGrid_risesStrictly_andStopsAtTheResolution() {
        List<BigDecimal> grid = Grid.linear(new BigDecimal("500"), new BigDecimal("10500"), 11);
        List<BigDecimal> dense = Grid.dense(grid, BigDecimal.ONE, 4096);
        assertThat(dense).hasSize(4096).containsAll(grid);
        for (int i = 1; i < dense.size(); i++) {
            assertThat(dense.get(i)).isGreaterThan(dense.get(i - 1));
        }
        // Fewer values at the resolution than asked for: every one of them.
        List<BigDecimal> every = Grid.dense(Grid.linear(BigDecimal.ZERO, new BigDecimal("50"), 6), BigDecimal.ONE, 4096);
        assertThat(every).hasSize(51);
    }
}
