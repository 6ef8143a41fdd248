package dev.cloudplan.core.pricing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.Template;
import dev.cloudplan.core.architecture.Templates;
import dev.cloudplan.core.pricing.PricingRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Fails the build when a rule, a setting, a usage key or a template is added without its documentation and schema. */
class RulesRegistryTest {
    @Test
    void everyRuleSettingAndUsageKey_isDocumentedAndInTheSchema() throws IOException {
        String spec = Files.readString(Path.of("docs/spec.md"));
        String schema = Files.readString(Path.of("schema/cloudplan-spec.schema.json"));
        for (PricingRule<?> rule : Rules.all()) {
            assertThat(spec).as("docs/spec.md documents type %s", rule.type()).contains("**`" + rule.type() + "`**");
            assertThat(schema).as("schema lists type %s", rule.type()).contains("\"" + rule.type() + "\"");
            for (Setting s : rule.allSettings()) {
                assertThat(spec).as("docs/spec.md documents %s.%s", rule.type(), s.name()).contains("`" + s.name() + "`");
                assertThat(schema).as("schema has setting %s", s.name()).contains("\"" + s.name() + "\"");
            }
            for (String key : rule.usageKeys().keySet()) {
                assertThat(spec).as("docs/spec.md documents usage key %s", key).contains("`" + key + "`");
            }
        }
    }

    @Test
    void everyTemplate_usesKnownTypes_andIsDocumented() throws IOException {
        String spec = Files.readString(Path.of("docs/spec.md"));
        for (Template t : Templates.all()) {
            assertThat(spec).contains("`" + t.name() + "`");
            for (Template.Part p : t.components()) {
                assertThat(Rules.forType(p.type())).as("%s.%s", t.name(), p.name()).isPresent();
            }
        }
    }

    @Test
    void typesAreUnique() {
        assertThat(Rules.all().stream().map(PricingRule::type)).doesNotHaveDuplicates();
    }
}
