package dev.cloudplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editable values of a spec's text and how an edit replaces them (docs/serve.md). */
class SpecFieldsTest {
    private static final String SPEC = """
            # a comment that stays
            name: t
            horizon: 6 months
            budget: 1,100 USD/year   # a year's limit
            workload:
              users:
                total: [1K, 3K, 5.5K]
                concurrent: 300
              requests: {start: 10M/month, growth: 5%/month}
              database:
                stored: {initial: 0 GB, add: 3.4 GB/month, keep: 1 year}
              egress: 500 GB/month
            architectures:
              - name: a
                template: ec2-rds
                overrides:
                  app: {instance_type: t4g.medium, count: 2}
              - name: b
                components:
                  - {name: fn, type: lambda, memory: 256 MB}
            """;

    @Test
    void fields_areTheDriversThePlanAndTheSettings_inTheSpecsOrder() {
        assertThat(SpecFields.of(SPEC).fields().keySet()).containsExactly("workload.users.total",
                "workload.users.concurrent", "workload.requests", "workload.database.stored", "workload.egress",
                "horizon", "budget", "architectures.a.app.instance_type", "architectures.a.app.count",
                "architectures.b.fn.memory");
    }

    @Test
    void factor_isTwentyStepsADecade_toTwoDigits() {
        // 10^(s/20): s=1 1.122 -> 1.1, s=4 1.585 -> 1.6, s=-20 0.1, s=20 10
        assertThat(SpecFields.factor(1)).isEqualByComparingTo("1.1");
        assertThat(SpecFields.factor(4)).isEqualByComparingTo("1.6");
        assertThat(SpecFields.factor(-20)).isEqualByComparingTo("0.1");
        assertThat(SpecFields.factor(20)).isEqualByComparingTo("10");
        assertThat(SpecFields.factor(0)).isEqualByComparingTo("1");
        assertThatThrownBy(() -> SpecFields.factor(21)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scale_keepsTheSuffixAndUnit_andAWholeNumberWhole() {
        assertThat(SpecFields.scale("1.5K", new BigDecimal("2"))).isEqualTo("3K");
        assertThat(SpecFields.scale("100M/month", new BigDecimal("1.6"))).isEqualTo("160M/month");
        assertThat(SpecFields.scale("1,100 USD/year", new BigDecimal("0.5"))).isEqualTo("550 USD/year");
        assertThat(SpecFields.scale("2", new BigDecimal("1.3"))).isEqualTo("3"); // 2.6 -> 3
        assertThat(SpecFields.scale("3.4 GB/month", new BigDecimal("1.1"))).isEqualTo("3.74 GB/month");
        assertThat(SpecFields.scale("t4g.medium", new BigDecimal("2"))).isNull();
    }

    @Test
    void aText_replacesOnlyItsValue_keepingComments() {
        SpecFields f = SpecFields.of(SPEC);
        SpecFields.Edited e = f.apply(Map.of("architectures.a.app.instance_type", "t4g.large", "budget", "2,000 USD/year"),
                Map.of());
        assertThat(e.text()).isEqualTo(SPEC.replace("t4g.medium", "t4g.large").replace("1,100 USD/year",
                "2,000 USD/year"));
    }

    @Test
    void aSliderOnASeries_multipliesEveryAmount_notTheRatesOrDurations() {
        SpecFields f = SpecFields.of(SPEC);
        // step 20: x10
        SpecFields.Edited e = f.apply(Map.of(), Map.of("workload.users.total", 20, "workload.requests", 20,
                "workload.database.stored", 20));
        assertThat(e.text()).contains("total: [10K, 30K, 55K]", "requests: {start: 100M/month, growth: 5%/month}",
                "stored: {initial: 0 GB, add: 34 GB/month, keep: 1 year}", "# a comment that stays");
        assertThat(e.values()).containsEntry("workload.users.total", "[10K, 30K, 55K]")
                .containsEntry("workload.database.stored", "{initial: 0 GB, add: 34 GB/month, keep: 1 year}");
    }

    @Test
    void anErrorsPlace_isTheFieldThere_inTheEditedText() {
        SpecFields f = SpecFields.of(SPEC);
        SpecFields.Edited e = f.apply(Map.of("workload.egress", "lots of it"), Map.of());
        // egress is on line 12 at column 11 of the spec
        assertThat(e.fieldAt(12, 11)).isEqualTo("workload.egress");
        assertThat(e.fieldAt(17, 25)).isEqualTo("architectures.a.app.instance_type");
        assertThat(e.fieldAt(2, 1)).isNull();
    }

    @Test
    void aSeries_isChangedByItsSliderOnly_andAnInFlowValueMustBeOne() {
        SpecFields f = SpecFields.of(SPEC);
        assertThatThrownBy(() -> f.apply(Map.of("workload.users.total", "[1K]"), Map.of()))
                .isInstanceOf(EditException.class).hasMessageContaining("with its slider");
        assertThatThrownBy(() -> f.apply(Map.of("architectures.a.app.count", "2, memory: 1 GB"), Map.of()))
                .isInstanceOf(EditException.class).hasMessageContaining("not one value");
    }
}
