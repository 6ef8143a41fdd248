package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.capacity.AppWork;
import dev.cloudplan.core.capacity.Sizing;
import dev.cloudplan.core.catalog.PriceCatalog;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fargate Windows tasks against a hand-made catalog (fixture prices, not AWS's): arithmetic from the fixture prices. */
class FargateWindowsTest {
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

    @Test
    void windowsOnArm_onSpot_orBelowOneVcpu_isRefused() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("architecture", "arm64"),
                Map.of("capacity", "spot"), Map.of("vcpu", d("0.5"), "memory", d("2")))) {
            Map<String, Object> values = new HashMap<>();
            new FargateRule().allSettings().forEach(s -> values.put(s.name(), s.defaultValue()));
            values.putAll(Map.of("vcpu", d("1"), "memory", d("4"), "operating_system", "windows"));
            values.putAll(bad);
            assertThatThrownBy(() -> new FargateRule().configure(new Settings(values)))
                    .isInstanceOf(InvalidSettingException.class).hasMessageContaining("Windows tasks on Fargate");
        }
    }
}
