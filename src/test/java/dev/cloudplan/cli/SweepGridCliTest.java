package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.EXAMPLE;
import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sweep} with two {@code --vary}: a grid, through the real entry point. */
class SweepGridCliTest {
    static final String[] GRID = {"--vary", "requests=1M..100M", "--vary", "egress=100GB..10TB", "--steps", "3x2"};

    @TempDir
    Path tmp;

    static JsonNode grid(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(GRID));
        args.addAll(List.of(more));
        return SweepCliTest.sweepJson(EXAMPLE, args.toArray(String[]::new));
    }

    @Test
    void aGridPoint_costsWhatCompareGives_withBothValuesWrittenInTheSpec() throws IOException {
        JsonNode root = grid();
        // x: 1M, 50.5M, 100M (evenly spaced); y: 100 GB and 10 TB = 10,240 GB.
        JsonNode point = null;
        for (JsonNode p : root.get("points")) {
            if (p.get("x").decimalValue().compareTo(new BigDecimal("50500000")) == 0
                    && p.get("y").decimalValue().compareTo(new BigDecimal("10240")) == 0) {
                point = p;
            }
        }
        assertThat(point).as("the point (50.5M, 10,240 GB)").isNotNull();
        String spec = Files.readString(Path.of(EXAMPLE)).replace("requests: 100M/month", "requests: 50.5M/month")
                .replace("egress: 500 GB/month", "egress: 10 TB/month");
        assertThat(spec).contains("50.5M/month", "10 TB/month");
        Cli.Result compare = run("compare", Cli.writeSpec(tmp, spec).toString(), "--format", "json");
        assertThat(compare.code()).as(compare.err()).isZero();
        BigDecimal cheapest = null;
        String cheapestName = null;
        for (JsonNode a : SweepCliTest.JSON.readTree(compare.out()).get("architectures")) {
            BigDecimal month2 = a.get("months").get(1).get("total").decimalValue();
            assertThat(SweepSettingCliTest.cost(point, a.get("name").asText())).as(a.get("name").asText())
                    .isEqualByComparingTo(month2);
            if (cheapest == null || month2.compareTo(cheapest) < 0) {
                cheapest = month2;
                cheapestName = a.get("name").asText();
            }
        }
        assertThat(point.get("cheapest")).extracting(JsonNode::asText).containsExactly(cheapestName);
    }

    @Test
    void json_hasBothDrivers_everyPoint_andTheBreakEvensAlongTheFirstAtEachValueOfTheSecond() throws IOException {
        JsonNode root = grid("--log");
        JsonNode drivers = root.get("drivers");
        assertThat(drivers).hasSize(2);
        assertThat(drivers.get(0).get("name").asText()).isEqualTo("requests");
        assertThat(drivers.get(1).get("name").asText()).isEqualTo("egress");
        assertThat(drivers.get(1).get("to").decimalValue()).isEqualByComparingTo("10240");
        assertThat(drivers.get(0).get("spacing").asText()).isEqualTo("log");
        assertThat(root.get("point_count").asInt()).isEqualTo(6);
        assertThat(root.get("points")).hasSize(6).allSatisfy(p -> {
            assertThat(p.has("x") && p.has("y")).isTrue();
            assertThat(p.get("costs")).hasSize(3);
            assertThat(p.get("cheapest")).isNotEmpty();
        });
        JsonNode be = root.get("break_even");
        assertThat(be).hasSize(2);
        assertThat(be).extracting(b -> b.get("y").decimalValue().intValue()).containsExactly(100, 10240);
        for (JsonNode row : be) {
            assertThat(row.get("driver").asText()).isEqualTo("requests");
            assertThat(row.get("pairs")).hasSize(3);
            JsonNode c = row.get("pairs").get(0).get("crossings").get(0);
            // Solved, not read off the grid: the two costs meet to the cent at the value found.
            BigDecimal gap = c.get("costs").get("serverless").decimalValue()
                    .subtract(c.get("costs").get("ec2-rds-mysql").decimalValue()).abs();
            assertThat(gap).isLessThanOrEqualTo(new BigDecimal("0.01"));
        }
    }

    @Test
    void csv_hasOneRowPerPointPerArchitecture_markingTheCheapest() {
        Cli.Result r = run(Stream.concat(Stream.of("sweep", EXAMPLE, "--format", "csv"), Stream.of(GRID))
                .toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("kind,x,x_unit,y,y_unit,architecture,cost,complete,cheapest,versus,"
                + "cheaper_below,cheaper_above,step");
        List<String> points = lines.stream().filter(l -> l.startsWith("point,")).toList();
        assertThat(points).hasSize(6 * 3);
        // Exactly one cheapest a point here (no ties in this spec).
        assertThat(points.stream().filter(l -> l.contains(",true,true,"))).hasSize(6);
        assertThat(lines.stream().filter(l -> l.startsWith("break_even,"))).isNotEmpty();
    }

    @Test
    void tableMarkdownAndHtml_showTheMapOfTheCheapest() throws IOException {
        Cli.Result table = run(Stream.concat(Stream.of("sweep", EXAMPLE), Stream.of(GRID)).toArray(String[]::new));
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("Cheapest architecture at each point", "A = ec2-rds-mysql, B = serverless,"
                + " C = ec2-dynamodb", "egress \\ requests", "Cost at each point", "Break-even along requests",
                "At 100 GB a month", "At 10,240 GB a month", "3 x 2 = 6 points");
        Cli.Result md = run(Stream.concat(Stream.of("sweep", EXAMPLE, "--format", "markdown"), Stream.of(GRID))
                .toArray(String[]::new));
        assertThat(md.out()).contains("## Cheapest architecture at each point", "| egress \\ requests |");
        Path html = tmp.resolve("grid.html");
        Cli.Result h = run(Stream.concat(Stream.of("sweep", EXAMPLE, "--format", "html", "-o", html.toString()),
                Stream.of(GRID)).toArray(String[]::new));
        assertThat(h.code()).as(h.err()).isZero();
        assertThat(Files.readString(html)).contains("<table class=\"heat\">", "style=\"background:#",
                "Cost at each point");
    }

    @Test
    void aSettingMayBeOneAxis() throws IOException {
        JsonNode root = SweepCliTest.sweepJson(EXAMPLE, "--vary", "requests=1M..100M", "--vary", "app.count=1..3",
                "--steps", "2x3");
        assertThat(root.get("drivers").get(1).get("kind").asText()).isEqualTo("setting");
        assertThat(root.get("points")).hasSize(6);
        // serverless has no app: the same cost at every count for the same requests.
        JsonNode p = root.get("points");
        assertThat(SweepSettingCliTest.cost(p.get(0), "serverless"))
                .isEqualByComparingTo(SweepSettingCliTest.cost(p.get(4), "serverless"));
        assertThat(SweepSettingCliTest.cost(p.get(4), "ec2-rds-mysql"))
                .isGreaterThan(SweepSettingCliTest.cost(p.get(0), "ec2-rds-mysql"));
    }

    @Test
    void help_givesTheSettingAndGridForms() {
        Cli.Result r = run("sweep", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--vary app.count=1..10", "ARCHITECTURE/COMPONENT.SETTING",
                "--vary egress=100GB..10TB --steps 20x10", "at most 10,000 points");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(List.of("--vary", "requests=1M..2M", "--vary", "requests=1M..3M"),
                        "--vary requests is given twice", "vary it once"),
                Arguments.of(List.of("--vary", "requests=1M..2M", "--vary", "egress=1GB..2TB", "--steps", "200x100"),
                        "is 20,000 grid points, over the limit of 10,000", "--steps 100x100"),
                Arguments.of(List.of("--vary", "requests=1M..2M", "--vary", "egress=1GB..2TB", "--steps", "20x0"),
                        "--steps 0 is out of range", "on each axis"),
                Arguments.of(List.of("--vary", "requests=1M..2M", "--vary", "egress=1GB..2TB", "--steps", "20by10"),
                        "is not a whole number", "--steps 20x10"),
                Arguments.of(List.of("--vary", "requests=1M..2M", "--vary", "egress=1GB..2TB", "--vary",
                        "app.count=1..2"), "--vary is given 3 times", "two as a grid"),
                Arguments.of(List.of("--vary", "requests=1M..2M", "--vary", "egress=0GB..2TB", "--log"),
                        "cannot start at 0", "leave out --log"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInput_exits2_withTheFlagAndAFix_neverAStackTrace(List<String> flags, String problem, String fix) {
        List<String> args = new ArrayList<>(List.of("sweep", EXAMPLE));
        args.addAll(flags);
        Cli.Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("error: ", problem, "fix:", fix).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }
}
