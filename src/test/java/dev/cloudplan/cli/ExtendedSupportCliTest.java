package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * engine_version through the real entry point: MySQL 5.7's Extended Support phase changes in March 2026 (year 3 pricing,
 * engine-support.csv), priced with the spec's stated per-vCPU-hour prices; an unknown version exits 2 at its line.
 */
class ExtendedSupportCliTest {
    static final double YEAR_1_2 = 0.1; // stated below
    static final double YEAR_3 = 0.2;
    static final int VCPUS = 2; // db.t4g.medium

    static String spec(String version) {
        return """
                name: legacy mysql
                region: us-east-1
                horizon: 3 months
                start: 2026-02
                workload:
                  requests: 1M/month
                architectures:
                  - name: legacy
                    components:
                      - {name: db, type: rds, engine: mysql, instance_type: db.t4g.medium, storage: 20 GB, engine_version: "%s"}
                prices:
                  - {service: AmazonRDS, charge: extended-support, attributes: {databaseEngine: MySQL, supportPhase: year-1-2},
                     unit: vCPU-Hours, usd: 0.1, source: "https://aws.amazon.com/rds/mysql/pricing/", as_of: 2026-12-02}
                  - {service: AmazonRDS, charge: extended-support, attributes: {databaseEngine: MySQL, supportPhase: year-3},
                     unit: vCPU-Hours, usd: 0.2, source: "https://aws.amazon.com/rds/mysql/pricing/", as_of: 2026-12-02}
                """.formatted(version);
    }

    @TempDir
    Path tmp;

    static double extended(JsonNode month) {
        double sum = 0;
        for (JsonNode line : month.get("lines")) {
            if (line.get("charge").asText().startsWith("Extended Support")) {
                sum += line.get("cost").asDouble();
            }
        }
        return sum;
    }

    @Test
    void theBillChangesInTheMonthYear3PricingStarts() throws IOException {
        Cli.Result r = run("estimate", Cli.writeSpec(tmp, spec("5.7")).toString(), "-a", "legacy", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode months = new ObjectMapper().readTree(r.out()).get("architectures").get(0).get("months");
        assertThat(extended(months.get(0))).isCloseTo(1 * VCPUS * 730 * YEAR_1_2, within(0.005)); // February 2026
        assertThat(extended(months.get(1))).isCloseTo(1 * VCPUS * 730 * YEAR_3, within(0.005)); // March 2026
        assertThat(extended(months.get(2))).isCloseTo(1 * VCPUS * 730 * YEAR_3, within(0.005));
        assertThat(r.out()).contains("year 3 pricing from 2026-03-01", "MySQL.Concepts.VersionMgmt.html");
    }

    @Test
    void autoSizing_andCommitments_priceTheCandidatesInTheirCalendarMonth() throws IOException {
        // Both ask the rule for a month's charges outside the estimate's own loop: each must resolve the phase too.
        Path auto = Cli.writeSpec(tmp, spec("5.7").replace("instance_type: db.t4g.medium", "instance_type: auto"));
        Cli.Result sized = run("estimate", auto.toString(), "--format", "json");
        assertThat(sized.code()).as(sized.err()).isZero();
        assertThat(sized.out()).contains("Extended Support (MySQL, year-3)");
        Cli.Result commitments = run("commitments", Cli.writeSpec(tmp, spec("5.7")).toString());
        assertThat(commitments.code()).as(commitments.err()).isZero();
        assertThat(commitments.err()).doesNotContain("internal error");
    }

    @Test
    void anUnknownVersion_exits2_atItsLine_withTheKnownOnes() throws IOException {
        Cli.Result r = run("estimate", Cli.writeSpec(tmp, spec("5.6")).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("spec.yaml:10:", "'5.6' is not a mysql major version", "8.4, 8.0, 5.7")
                .doesNotContain("Exception");
    }
}
