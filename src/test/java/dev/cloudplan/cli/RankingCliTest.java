package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare ranks complete architectures only: the incomplete ones follow, unranked and in the spec's order, even
 * when their lower-bound totals are lower, in every format.
 */
class RankingCliTest {
    // In the spec's order: an incomplete one (PartialLadderCliTest's geo DNS queries above the bundled 1B tier, lower
    // bound 0.5 + 1,000,000,000 x 0.0000007), a complete one at 50 USD, an incomplete one with the lowest lower bound
    // (no Savings Plans rate is bundled for t4g.medium; only its volume and IPv4 are priced), a complete one at 20 USD.
    static final String SPEC = PartialLadderCliTest.SPEC + """
              - name: paas-dear
                components:
                  - {name: platform, type: stated-price, label: Dear plan, monthly: 50 USD/month}
              - name: vm
                components:
                  - {name: app, type: ec2, instance_type: t4g.medium, purchase: compute-savings-plan 3yr no-upfront}
              - name: paas-cheap
                components:
                  - {name: platform, type: stated-price, label: Cheap plan, monthly: 20 USD/month}
            """;
    static final List<String> ORDER = List.of("paas-cheap", "paas-dear", "geo", "vm");
    static final String NOTE = "2 architectures are incomplete (a price is missing): listed after the complete ones,"
            + " unranked; their totals are lower bounds.";

    @TempDir
    Path tmp;

    Path spec() throws IOException {
        return Cli.writeSpec(tmp, SPEC);
    }

    Cli.Result compare(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("compare", spec().toString()));
        args.addAll(List.of(more));
        Cli.Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void table_ranksCompleteOnesCheapestFirst_thenIncompleteOnesUnranked_andSaysSo() throws IOException {
        String out = compare().out();
        assertThat(out).containsPattern("(?m)^1\\s+paas-cheap\\s")
                .containsPattern("(?m)^2\\s+paas-dear\\s")
                .containsPattern("(?m)^-\\s+geo \\(incomplete\\)\\s+>= ")
                .containsPattern("(?m)^-\\s+vm \\(incomplete\\)\\s+>= ")
                .contains(NOTE);
        assertInOrder(out, "1  paas-cheap", "2  paas-dear", "-  geo (incomplete)", "-  vm (incomplete)");
        // The per-architecture sections follow the same order.
        assertInOrder(out, "\npaas-cheap\n", "\npaas-dear\n", "\ngeo\n", "\nvm\n");
    }

    @Test
    void markdown_marksIncompleteOnesAndSaysSo() throws IOException {
        String out = compare("--format", "markdown").out();
        assertInOrder(out, "| 1 | paas-cheap |", "| 2 | paas-dear |", "| - | geo (incomplete) | >= ",
                "| - | vm (incomplete) | >= ");
        assertThat(out).contains(NOTE);
    }

    @Test
    void json_ranking_givesRankOnlyToCompleteOnes() throws IOException {
        JsonNode root = new ObjectMapper().readTree(compare("--format", "json").out());
        List<String> names = new ArrayList<>();
        for (JsonNode r : root.path("ranking")) {
            names.add(r.path("name").asText());
            boolean complete = r.path("complete").asBoolean();
            assertThat(r.path("ranked").asBoolean()).isEqualTo(complete);
            assertThat(r.has("rank")).isTrue();
        }
        assertThat(names).isEqualTo(ORDER);
        JsonNode ranking = root.path("ranking");
        assertThat(ranking.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get(1).path("rank").asInt()).isEqualTo(2);
        assertThat(ranking.get(2).path("rank").isNull()).isTrue();
        assertThat(ranking.get(3).path("rank").isNull()).isTrue();
        assertThat(root.path("ranking_note").asText()).isEqualTo(NOTE);
    }

    @Test
    void csv_carriesCompleteAndRank_inRankingOrder_andTheNoteGoesToStderr() throws IOException {
        Cli.Result r = compare("--format", "csv");
        String[] rows = r.out().split("\n");
        assertThat(rows[0]).startsWith("architecture,complete,rank,month,");
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 1; i < rows.length; i++) {
            String[] cells = rows[i].split(",", 4);
            seen.add(cells[0] + "," + cells[1] + "," + cells[2]);
        }
        assertThat(seen).containsExactly("paas-cheap,true,1", "paas-dear,true,2", "geo,false,", "vm,false,");
        assertThat(r.err()).contains("warning: " + NOTE);
    }

    @Test
    void allComplete_noNote_andJsonNoteIsNull() throws IOException {
        Path complete = tmp.resolve("complete.yaml");
        Files.writeString(complete, SPEC.substring(0, SPEC.indexOf("  - name: geo"))
                + SPEC.substring(SPEC.indexOf("  - name: paas-dear"), SPEC.indexOf("  - name: vm"))
                + SPEC.substring(SPEC.indexOf("  - name: paas-cheap")));
        Cli.Result table = run("compare", complete.toString());
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).doesNotContain("incomplete", "unranked");
        assertInOrder(table.out(), "1  paas-cheap", "2  paas-dear");
        JsonNode root = new ObjectMapper().readTree(run("compare", complete.toString(), "--format", "json").out());
        assertThat(root.path("ranking_note").isNull()).isTrue();
    }

    @Test
    void oneIncomplete_saysItsTotalIsALowerBound() throws IOException {
        Path one = tmp.resolve("one.yaml");
        Files.writeString(one, SPEC.substring(0, SPEC.indexOf("  - name: vm")) + SPEC.substring(SPEC.indexOf(
                "  - name: paas-cheap")));
        Cli.Result r = run("compare", one.toString());
        assertThat(r.out()).contains("1 architecture is incomplete (a price is missing): listed after the complete ones,"
                + " unranked; its total is a lower bound.");
    }

    static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String p : parts) {
            int next = text.indexOf(p, at + 1);
            assertThat(next).as("'%s' after position %d", p, at).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void anArchitectureOverCapacity_ranksAfterTheOnesThatCarryTheLoad_evenWhenCheaper() throws IOException {
        // 100 requests/s on average, 200 at the default 2x peak, x 10 ms = 2 vCPU: a t4g.nano (2 vCPU, 5% credit
        // baseline) is over; an m7g.xlarge (4 vCPU, 2 / 4 = 50%) carries it, and costs more.
        Path spec = Cli.writeSpec(tmp, """
                name: capacity ranking
                region: us-east-1
                horizon: 1 month
                start: 2027-01
                workload: {requests: 262.8M/month}
                architectures:
                  - name: small
                    components:
                      - {name: app, type: ec2, instance_type: t4g.nano, cpu_credits: standard}
                  - name: big
                    components:
                      - {name: app, type: ec2, instance_type: m7g.xlarge}
                """);
        Cli.Result r = run("compare", spec.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^1\\s+big\\s").containsPattern("(?m)^2\\s+small \\(over capacity\\)\\s")
                .contains("1 architecture is over capacity in some month (see 'cloudplan capacity'): ranked after those"
                        + " that carry the load");
    }
}
