package dev.cloudplan.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.Workload;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpikeTest {
    private static final Spike TEN_FOR_THREE = new Spike(BigDecimal.TEN, new BigDecimal("3"), 6);

    @Test
    void multiplier_isTheSpikeDaysShareOfThe730HourMonth() {
        // 1 + 9 x 3 / (730 / 24) = 1 + 648 / 730
        assertThat(TEN_FOR_THREE.multiplier()).isEqualByComparingTo("1.8876712328767123");
    }

    @Test
    void spiked_multipliesRatesInTheSpikeMonthOnly_notStoredData() {
        Workload w = Workload.of(Map.of(Driver.REQUESTS, new BigDecimal("10000000"), Driver.STORED_DATA,
                new BigDecimal("50")));
        Workload s = TEN_FOR_THREE.spiked(w);
        assertThat(s.month(5).get(Driver.REQUESTS)).contains(new BigDecimal("10000000"));
        assertThat(s.month(6).get(Driver.REQUESTS).orElseThrow()).isEqualByComparingTo("18876712.32876712");
        assertThat(s.month(6).get(Driver.STORED_DATA)).contains(new BigDecimal("50"));
    }

    @Test
    void duringSpike_putsThePeakAtFactorTimesTheMonthsPeak() {
        WorkloadMonth m = Workload.of(Map.of(Driver.REQUESTS, new BigDecimal("2628000"))).month(6);
        WorkloadMonth d = TEN_FOR_THREE.duringSpike(m);
        assertThat(d.peakRate(Driver.REQUESTS).orElseThrow())
                .isEqualByComparingTo(m.peakRate(Driver.REQUESTS).orElseThrow().multiply(BigDecimal.TEN));
    }

    @Test
    void parse_theFlagsForm() {
        assertThat(Spike.parse("10x for 3 days in month 6")).isEqualTo(TEN_FOR_THREE);
        assertThat(Spike.parse("2.5X for 1 day in month 1")).isEqualTo(new Spike(new BigDecimal("2.5"), BigDecimal.ONE, 1));
        assertThat(Spike.parse("10x in month 6")).isNull();
    }

    @Test
    void wrongField_namesWhatToFix() {
        assertThat(new Spike(new BigDecimal("0.9"), BigDecimal.ONE, 1).wrongField(12)).isEqualTo("factor");
        assertThat(new Spike(BigDecimal.TEN, new BigDecimal("30.5"), 1).wrongField(12)).isEqualTo("days");
        assertThat(new Spike(BigDecimal.TEN, new BigDecimal("30.4"), 13).wrongField(12)).isEqualTo("month");
        assertThat(TEN_FOR_THREE.wrongField(6)).isNull();
    }
}
