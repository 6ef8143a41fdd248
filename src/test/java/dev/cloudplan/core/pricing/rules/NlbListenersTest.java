package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.workload.Driver;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NLCUs by listener protocol, with what one NLCU contains read from limits.csv (the ELB pricing page): TCP 800 new
 * connections/s, 100,000 active, 1 GB/h; UDP 400 new flows/s, 50,000 active flows, 1 GB/h; TLS 50, 3,000, 1 GB/h.
 * Fixture prices (the bundled catalog has no NLCU price): 0.0225 an NLB-hour, 0.006 an NLCU-hour.
 */
class NlbListenersTest {
    static final double NLB_HOUR = 0.0225;
    static final double NLCU_HOUR = 0.006;
    static final PriceCatalog CATALOG = catalog(List.of(
            price("AWSELB", "nlb-hours", "", "Hrs", "0.0225"),
            price("AWSELB", "nlcu-hours", "", "LCU-Hrs", "0.006")), List.of());
    /** 730 h x 3,600 s: requests a month that make 1 new connection (or flow) a second, one request each. */
    static final long ONE_PER_SECOND = 730L * 3600;

    static NlbRule.Config nlb(String listener, String active, String processedGb) {
        return new NlbRule().bound(new NlbRule.Config(1, listener, d("1"), d(active), d(processedGb), true, 0),
                LimitsLoader.ruleData());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("udp: 150,000 active flows / 50,000 = 3 NLCU dominate", nlb("udp", "150000", "730"),
                        ONE_PER_SECOND, 3.0),
                Arguments.of("udp: 1,000 new flows/s / 400 = 2.5 NLCU dominate", nlb("udp", "10000", "730"),
                        1000 * ONE_PER_SECOND, 1000 / 400.0),
                Arguments.of("udp: 7,300 GB a month = 10 GB/h / 1 = 10 NLCU dominate", nlb("udp", "10000", "7300"),
                        ONE_PER_SECOND, 7300 / 730.0 / 1),
                Arguments.of("tcp: the same 1,000 new connections/s / 800 = 1.25 NLCU", nlb("tcp", "10000", "730"),
                        1000 * ONE_PER_SECOND, 1000 / 800.0),
                Arguments.of("tcp: 150,000 active / 100,000 = 1.5 NLCU", nlb("tcp", "150000", "730"),
                        ONE_PER_SECOND, 1.5),
                Arguments.of("tls: 1,000 new connections/s / 50 = 20 NLCU", nlb("tls", "10000", "730"),
                        1000 * ONE_PER_SECOND, 1000 / 50.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nlcusAreTheLargestDimensionForTheListenersProtocol(String name, NlbRule.Config config, long requests,
            double nlcus) {
        RuleCases.assertCompleteMonth(CATALOG, List.of("nlb", "lb", config), Map.of(Driver.REQUESTS,
                String.valueOf(requests)), 730 * NLB_HOUR + nlcus * 730 * NLCU_HOUR);
        assertThat(RuleCases.line(RuleCases.month(CATALOG, List.of("nlb", "lb", config), Map.of(Driver.REQUESTS,
                String.valueOf(requests))), "nlcu-hours").formula()).contains("(" + config.protocol() + ")");
    }
}
