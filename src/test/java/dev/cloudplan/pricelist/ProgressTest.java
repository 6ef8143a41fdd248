package dev.cloudplan.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Download progress: a redrawn bar on a terminal, plain lines in a log. */
class ProgressTest {
    @Test
    void terminal_drawsABarRedrawnInPlace() {
        StringWriter out = new StringWriter();
        PriceListClient.Progress p = new PriceListClient.Progress(new PrintWriter(out), true);
        p.start("AmazonEC2 us-east-1", 0, 4_000_000);
        p.finish("AmazonEC2 us-east-1", 2_000_000, 4_000_000);
        // Half of a 30-character bar is 15 marks.
        assertThat(out.toString()).startsWith("\rAmazonEC2 us-east-1 [" + "#".repeat(15) + " ".repeat(15) + "]  50% 2.0 MB of 4.0 MB");
    }

    @Test
    void log_getsOneLinePerEvent_withoutCarriageReturns() {
        StringWriter out = new StringWriter();
        PriceListClient.Progress p = new PriceListClient.Progress(new PrintWriter(out), false);
        p.start("AmazonRDS eu-west-1", 1_000_000, 3_000_000);
        p.update("AmazonRDS eu-west-1", 2_000_000, 3_000_000);
        p.finish("AmazonRDS eu-west-1", 3_000_000, 3_000_000);
        assertThat(out.toString()).doesNotContain("\r").contains(
                "downloading AmazonRDS eu-west-1 (3.0 MB), resuming at 1.0 MB", "downloaded AmazonRDS eu-west-1 (3.0 MB)");
    }
}
