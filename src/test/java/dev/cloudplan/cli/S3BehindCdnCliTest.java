package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An S3 bucket behind CloudFront sees only the cache misses of workload.static_requests as GETs. */
class S3BehindCdnCliTest {
    @TempDir
    Path dir;

    private double gets(String components) throws Exception {
        Path spec = Cli.writeSpec(dir, """
                name: cdn
                region: us-east-1
                horizon: 1 month
                start: 2027-01
                workload:
                  static_assets: 10 GB
                  static_requests: 20M/month
                  egress: 100 GB/month
                architectures:
                  - name: a
                    components:
                %s""".formatted(components.indent(6)));
        Cli.Result r = run("compare", spec.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        JsonNode lines = new ObjectMapper().readTree(r.out()).get("architectures").get(0).get("months").get(0).get("lines");
        for (JsonNode l : lines) {
            if (l.get("component").asText().equals("assets") && l.get("charge").asText().startsWith("GET")) {
                return l.get("quantity").asDouble();
            }
        }
        throw new AssertionError("no GET line");
    }

    @Test
    void withoutACdn_everyRequestIsAGet() throws Exception {
        assertThat(gets("- {name: assets, type: s3}")).isEqualTo(20_000_000);
    }

    @Test
    void behindCloudFront_theDocumentedDefaultHitRatioApplies() throws Exception {
        // cdn_hit_ratio auto with a cloudfront component: 0.9 (docs/spec.md, s3), so 20M x (1 - 0.9)
        assertThat(gets("- {name: assets, type: s3}\n- {name: cdn, type: cloudfront}"))
                .isEqualTo(20_000_000 * (1 - 0.9), org.assertj.core.api.Assertions.within(0.5));
    }

    @Test
    void aStatedHitRatio_isUsed() throws Exception {
        assertThat(gets("- {name: assets, type: s3, cdn_hit_ratio: 0.75}\n- {name: cdn, type: cloudfront}"))
                .isEqualTo(20_000_000 * (1 - 0.75), org.assertj.core.api.Assertions.within(0.5));
    }

    @Test
    void aHitRatioAboveOne_isRefusedAtItsPlace() throws Exception {
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(spec, """
                name: cdn
                region: us-east-1
                workload: {static_requests: 1M/month}
                architectures:
                  - name: a
                    components:
                      - {name: assets, type: s3, cdn_hit_ratio: 1.5}
                """);
        Cli.Result r = run("compare", spec.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("bad.yaml:7", "cdn_hit_ratio 1.5", "give a share from 0 to 1");
    }

    @Test
    void aTransitionToStandardIaBefore30Days_isRefused() throws Exception {
        Path spec = dir.resolve("early.yaml");
        Files.writeString(spec, """
                name: early
                region: us-east-1
                workload: {static_assets: 100 GB, uploads: 10K/month}
                architectures:
                  - name: a
                    components:
                      - {name: assets, type: s3, transition_to: standard-ia, transition_after_days: 5}
                """);
        Cli.Result r = run("compare", spec.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("early.yaml:7", "at least 30 days old, not 5", "transition_after_days: 30 or more");
    }
}
