package dev.cloudplan.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates compare fairly (issue 11, item 12): each says, for every cost around the main services, whether it
 * includes it or why not, and what it says matches its components.
 */
class TemplatesFairTest {
    static Stream<Template> templates() {
        return Templates.all().stream();
    }

    private static boolean has(Template t, String type) {
        return t.components().stream().anyMatch(p -> p.type().equals(type));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplate_accountsForLogsIpv4InterAzAndNat(Template t) {
        assertThat(t.glue()).as(t.name()).contains("logs").contains("IPv4").contains("inter-AZ").contains("NAT");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void whatTheGlueNoteIncludes_isThere(Template t) {
        String included = t.glue().contains("Not included") ? t.glue().substring(0, t.glue().indexOf("Not included"))
                : t.glue();
        if (included.contains("Included:") && included.contains("CloudWatch logs")) {
            assertThat(has(t, "cloudwatch")).as(t.name() + " says it includes logs").isTrue();
        }
        if (included.contains("Included:") && included.contains("NAT")) {
            assertThat(has(t, "nat-gateway")).as(t.name() + " says it includes a NAT gateway").isTrue();
        }
        if (included.contains("Included:") && included.contains("inter-AZ")) {
            assertThat(has(t, "inter-az")).as(t.name() + " says it includes inter-AZ traffic").isTrue();
        }
        // and a template with the component does not say it leaves it out
        String left = t.glue().contains("Not included") ? t.glue().substring(t.glue().indexOf("Not included")) : "";
        if (has(t, "cloudwatch")) {
            assertThat(left).as(t.name()).doesNotContain("CloudWatch logs");
        }
        if (has(t, "nat-gateway")) {
            assertThat(left).as(t.name()).doesNotContain("NAT");
        }
        if (has(t, "inter-az")) {
            assertThat(left).as(t.name()).doesNotContain("inter-AZ");
        }
    }
}
