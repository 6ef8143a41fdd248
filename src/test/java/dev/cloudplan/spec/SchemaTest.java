package dev.cloudplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The JSON Schema editors use accepts every bundled example and rejects a misspelt key. */
class SchemaTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Schema schema() throws IOException {
        JsonNode node = JSON.readTree(Path.of("schema/cloudplan-spec.schema.json").toFile());
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }

    static JsonNode yaml(String text) {
        return JSON.valueToTree(new Yaml().load(text));
    }

    @Test
    void everyExample_isValid() throws IOException {
        Schema schema = schema();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                try (Reader r = Files.newBufferedReader(f)) {
                    assertThat(schema.validate(JSON.valueToTree(new Yaml().load(r)))).as(f.toString()).isEmpty();
                }
            }
        }
    }

    @Test
    void misspeltKey_isRejected() throws IOException {
        var errors = schema().validate(yaml("region: us-east-1\nworkload: {requets: 100M/month}\narchitectures: [{name: a, template: ec2-rds}]\n"));
        assertThat(errors).isNotEmpty();
    }

    @Test
    void growthForms_areValid_andAMixedUpFormIsNot() throws IOException {
        Schema schema = schema();
        String growing = """
                region: us-east-1
                workload:
                  users: {active: {start: 1K, end: 10K, over: 6 months}}
                  requests: {start: 1M/month, growth: 20%/month}
                  uploads: [100K/month, 200K/month]
                  database: {reads: {start: 1M/month, add: 1M/month}, stored: {initial: 5 GB, add: 2 GB/month}}
                  static_assets: {per_upload: 2 MB, keep: 24 hours}
                architectures: [{name: a, template: ec2-rds}]
                """;
        assertThat(schema.validate(yaml(growing))).isEmpty();
        assertThat(schema.validate(yaml(growing.replace("growth: 20%/month", "growth: 20%/month, add: 1M/month"))))
                .isNotEmpty();
        assertThat(schema.validate(yaml(growing.replace("keep: 24 hours", "keep: forever")))).isNotEmpty();
    }

    @Test
    void spike_oneOrAList_andAMissingMonthIsNot() throws IOException {
        Schema schema = schema();
        String head = "region: us-east-1\nworkload:\n  requests: 10M/month\n  spike: ";
        String tail = "\narchitectures: [{name: a, template: ec2-rds}]\n";
        assertThat(schema.validate(yaml(head + "{factor: 10x, days: 3, month: 6}" + tail))).isEmpty();
        assertThat(schema.validate(yaml(head + "[{factor: 10x, days: 3, month: 6}, {factor: 2, days: 1 day, month: 1}]"
                + tail))).isEmpty();
        assertThat(schema.validate(yaml(head + "{factor: 10x, days: 3}" + tail))).isNotEmpty();
        assertThat(schema.validate(yaml(head + "{factor: 0.5, days: 3, month: 6}" + tail))).isNotEmpty();
    }
}
