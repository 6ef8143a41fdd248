package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instance types are data: a type is usable when the catalog prices it, the specifications describe it, or the spec states a price. */
class InstanceTypesCliTest {
    @TempDir
    Path tmp;

    Cli.Result estimate(String component, String prices) throws IOException {
        String spec = """
                region: eu-central-1
                horizon: 1 month
                start: 2027-01
                workload: {requests: 1M/month, egress: 0 GB/month}
                %s
                architectures:
                  - name: a
                    components:
                      - %s
                """.formatted(prices, component);
        return Cli.run(Fixtures.environment(), "estimate", Cli.writeSpec(tmp, spec).toString(), "--format", "json");
    }

    static JsonNode line(Cli.Result r, String component, String charge) throws IOException {
        return TemplatesCliTest.line(new ObjectMapper().readTree(r.out()).path("architectures").get(0), component, charge);
    }

    @Test
    void rdsClassFromTheMirror_isPricedInEveryBundledRegion() throws IOException {
        Cli.Result r = estimate("{name: db, type: rds, engine: mariadb, instance_type: db.m7g.large, multi_az: true}", "");
        assertThat(r.code()).as(r.err()).isZero();
        // rds-ondemand.csv: eu-central-1,db.m7g.large,MariaDB,Multi-AZ -> the Flexera mirror's hourly price.
        JsonNode l = line(r, "db", "instance-hours");
        assertThat(l.path("price_grade").asText()).isEqualTo("price-list-mirror");
        assertThat(l.path("cost").decimalValue()).isEqualByComparingTo(
                l.path("unit_price").decimalValue().multiply(new java.math.BigDecimal(730)).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void aStatedPrice_makesAnyTypeUsable() throws IOException {
        // m9x.large: a type newer than the bundled specifications, priced from a quote the user states.
        String prices = """
                prices:
                  - {service: AmazonEC2, charge: instance-hours, unit: Hrs, usd: 0.067, as_of: 2026-11-01, source: "https://example.test/quote",
                     attributes: {instanceType: m9x.large, operatingSystem: Linux, purchaseOption: OnDemand, tenancy: Shared}}
                """;
        Cli.Result r = estimate("{name: app, type: ec2, instance_type: m9x.large}", prices);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode l = line(r, "app", "instance-hours");
        assertThat(l.path("cost").decimalValue()).isEqualByComparingTo(String.valueOf(Math.round(730 * 0.067 * 100) / 100.0));
        assertThat(l.path("price_grade").asText()).isEqualTo("stated");
    }

    @Test
    void aTypo_isRefusedWithTheClosestKnownName() throws IOException {
        Cli.Result r = estimate("{name: app, type: ec2, instance_type: t4g.mediun}", "");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown instance type 't4g.mediun'", "did you mean 't4g.medium'");
    }
}
