package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A run that names its subcommand builds only that one's model (for start-up); everything that shows or
 * needs the others (help, help COMMAND, no command, a typo) must read as when all were registered.
 */
class SubcommandsTest {
    private static Cli.Result run(String... args) {
        return Cli.run(Fixtures.environment(), args);
    }

    @Test
    void helpAndNoCommand_listEverySubcommand() {
        for (Cli.Result r : new Cli.Result[] {run("--help"), run("help"), run()}) {
            assertThat(r.out() + r.err()).contains("estimate", "compare", "catalog", "bench", "help");
        }
    }

    @Test
    void helpOfACommand_isThatCommandsUsage() {
        Cli.Result r = run("help", "compare");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: cloudplan compare");
        assertThat(run("compare", "--help").out()).isEqualTo(r.out());
    }

    @Test
    void aMistypedCommand_isRefusedWithSuggestions() {
        Cli.Result r = run("comapre", "examples/learning-app.yaml");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("Did you mean: cloudplan compare");
    }

    @Test
    void nestedSubcommands_stillResolve() {
        assertThat(run("bench", "startup", "--help").out()).startsWith("Usage: cloudplan bench startup");
        assertThat(run("catalog", "show").code()).isZero();
    }
}
