package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quantity wholly included in another charge (RDS backup up to the allocated storage) costs nothing whatever its
 * price: a region whose catalog lacks that price still prices the architecture complete; any quantity beyond the
 * included one is reported as not priced.
 */
class IncludedQuantityCliTest {
    @TempDir
    Path tmp;

    JsonNode architecture(String backup) throws IOException {
        String spec = """
                region: eu-west-1
                horizon: 1 month
                start: 2027-01
                workload: {requests: 1M/month, egress: 0 GB/month, database: {stored: 50 GB}}
                architectures:
                  - name: a
                    components:
                      - {name: db, type: rds, engine: postgresql, instance_type: db.r6g.large%s}
                """.formatted(backup);
        Cli.Result r = Cli.run(Fixtures.environment(), "estimate", Cli.writeSpec(tmp, spec).toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out()).path("architectures").get(0);
    }

    @Test
    void backupWithinTheAllocatedStorage_isFreeEvenWhereTheCatalogHasNoBackupPrice() throws IOException {
        JsonNode a = architecture("");
        assertThat(a.path("complete").asBoolean()).isTrue();
        JsonNode backup = TemplatesCliTest.line(a, "db", "backup-storage");
        assertThat(backup.path("quantity").decimalValue()).isEqualByComparingTo("50");
        assertThat(backup.path("free_quantity").decimalValue()).isEqualByComparingTo("50");
        assertThat(backup.path("cost").decimalValue()).isEqualByComparingTo("0");
        assertThat(backup.path("price_grade").isNull()).as("no price was used").isTrue();
    }

    @Test
    void backupBeyondTheAllocatedStorage_needsThePrice_andIsNotPricedWithoutIt() throws IOException {
        JsonNode a = architecture(", backup: 80 GB");
        assertThat(a.path("complete").asBoolean()).isFalse();
        assertThat(a.path("months").get(0).path("unpriced").get(0).path("charge").asText()).isEqualTo("Backup storage");
    }
}
