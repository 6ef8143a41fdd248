package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** compare says the month one architecture's cumulative cost passes another's, checked against its own months. */
class OvertakeCliTest {
    static final String GROWTH = "examples/learning-app-growth.yaml";

    @Test
    void json_eachPassIsWhereTheCumulativeOrderTurnsRound() throws IOException {
        Cli.Result r = run("compare", GROWTH, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        Map<String, JsonNode> months = new HashMap<>();
        root.get("architectures").forEach(a -> months.put(a.get("name").asText(), a.get("months")));
        JsonNode overtakes = root.get("overtakes");
        assertThat(overtakes).isNotEmpty();
        for (JsonNode t : overtakes) {
            int m = t.get("month").asInt();
            JsonNode passer = months.get(t.get("overtaker").asText());
            JsonNode passed = months.get(t.get("overtaken").asText());
            BigDecimal now = cumulative(passer, m).subtract(cumulative(passed, m));
            BigDecimal before = cumulative(passer, m - 1).subtract(cumulative(passed, m - 1));
            assertThat(now.signum()).isPositive();
            assertThat(before.signum()).isLessThanOrEqualTo(0);
            assertThat(t.get("overtaker_cumulative").decimalValue()).isEqualByComparingTo(cumulative(passer, m));
            assertThat(t.get("sentence").asText()).contains("in month " + m);
        }
    }

    @Test
    void table_addsTheSectionOnlyWhenAPassHappens() {
        assertThat(run("compare", GROWTH).out()).contains("Cumulative cost: where one passes another",
                "ec2-dynamodb's cumulative cost passes ec2-rds-mysql's in month 19 (2028-07)");
        assertThat(run("compare", CliTest.EXAMPLE).out()).doesNotContain("Cumulative cost: where one passes");
    }

    static BigDecimal cumulative(JsonNode months, int month) {
        return new BigDecimal(months.get(month - 1).get("cumulative").asText());
    }
}
