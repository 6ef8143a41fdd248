package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.capacity.AppWork;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.Sizing;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.money.Decimals;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fargate Windows tasks against a hand-made catalog (fixture prices, not AWS's): arithmetic from the fixture prices. */
class FargateWindowsTest {
    static final Map<String, Limit> LIMITS = LimitsLoader.bundled();
    static final double VCPU = 0.09148;
    static final double GB = 0.01005;
    static final double LICENCE = 0.046;
    static final double EPHEMERAL = 0.000111;

    static final String WIN = "architecture=x86_64;capacity=OnDemand;operatingSystem=Windows";
    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonECS", "fargate-vcpu-hours", WIN, "hours", "0.09148"),
            price("AmazonECS", "fargate-memory-gb-hours", WIN, "hours", "0.01005"),
            price("AmazonECS", "fargate-windows-license", "operatingSystem=Windows", "hours", "0.046"),
            price("AmazonECS", "fargate-ephemeral-storage", "", "GB-Hours", "0.000111")), List.of());

    static FargateRule.Config windows(String discount) {
        return new FargateRule.Config(2, d("1"), d("4"), "x86_64", "on-demand", d("30"), d("730"), 0, Sizing.FIXED,
                new AppWork(AppWork.DEFAULT_CPU_MS, AppWork.DEFAULT_CONNECTION_KB, AppWork.DEFAULT_BASE_GB, BigDecimal.ONE),
                discount == null ? null : d(discount), true);
    }

    @Test
    void windowsTasks_billTheirOwnVcpuAndMemory_andTheLicencePerVcpuHour() {
        RuleCases.assertCompleteMonth(CATALOG, List.of("fargate", "app", windows(null)), Map.of(),
                2 * 730 * 1 * VCPU + 2 * 730 * 4 * GB + 2 * 730 * 1 * LICENCE + 2 * 730 * (30 - 20) * EPHEMERAL);
    }

    @Test
    void aSavingsPlan_discountsVcpuAndMemory_notTheLicence() {
        RuleCases.assertCompleteMonth(CATALOG, List.of("fargate", "app", windows("0.2")), Map.of(),
                (2 * 730 * 1 * VCPU + 2 * 730 * 4 * GB) * (1 - 0.2) + 2 * 730 * 1 * LICENCE
                        + 2 * 730 * (30 - 20) * EPHEMERAL);
    }

    static FargateRule.Config configured(Map<String, Object> given) {
        Map<String, Object> values = new HashMap<>();
        new FargateRule().allSettings().forEach(s -> values.put(s.name(), s.defaultValue()));
        values.putAll(Map.of("vcpu", d("1"), "memory", d("4"), "operating_system", "windows"));
        values.putAll(given);
        return new FargateRule().configure(new Settings(values));
    }

    static void assertRefused(Map<String, Object> given, String setting, Limit row) {
        FargateRule.Config c = configured(given);
        assertThatThrownBy(() -> new FargateRule().validate(c, LIMITS))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo(setting))
                .hasMessageContaining(row.source());
    }

    @Test
    void windowsOnArm_onSpot_orBelowTheLeastVcpu_isRefused_asLimitsCsvSays() {
        Limit arm = LIMITS.get("fargate.windows.arm64");
        Limit spot = LIMITS.get("fargate.windows.spot");
        Limit cpu = LIMITS.get("fargate.windows.task-cpu-min");
        // 0 = not supported: the rows, not the code, say what Windows tasks cannot do
        assertThat(arm.value()).isZero();
        assertThat(spot.value()).isZero();
        assertRefused(Map.of("architecture", "arm64"), "architecture", arm);
        assertRefused(Map.of("capacity", "spot"), "capacity", spot);
        // 0.5 vCPU with 2 GB is a Fargate task size (limits.csv fargate.task.cpu-0.5), below the Windows least
        assertThat(d("0.5")).isLessThan(cpu.value());
        assertRefused(Map.of("vcpu", d("0.5"), "memory", d("2")), "vcpu", cpu);
    }

    @Test
    void windowsAtTheLeastVcpu_onDemandX86_isAccepted_andLinuxKeepsItsSmallSizesAndArm() {
        Limit cpu = LIMITS.get("fargate.windows.task-cpu-min");
        assertThatCode(() -> new FargateRule().validate(configured(Map.of("vcpu", cpu.value(),
                "memory", LIMITS.get("fargate.task.cpu-" + Decimals.plain(cpu.value()) + ".memory-min-gb").value())),
                LIMITS)).doesNotThrowAnyException();
        assertThatCode(() -> new FargateRule().validate(configured(Map.of("operating_system", "linux",
                "architecture", "arm64", "vcpu", d("0.5"), "memory", d("2"))), LIMITS)).doesNotThrowAnyException();
    }
}
