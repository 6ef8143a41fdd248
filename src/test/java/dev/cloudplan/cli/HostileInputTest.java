package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile and absurd specs end in exit 2 at their line and column, naming the limit, never an internal error. */
class HostileInputTest {
    private static final String HEAD = "region: us-east-1\nhorizon: 12 months\nworkload:\n  requests: 100M/month\n";
    private static final String LAMBDA = "architectures:\n  - {name: x, template: api-lambda-dynamodb}\n";
    private static final String EC2_PRICE = "prices:\n  - {service: AmazonEC2, charge: instance-hours, attributes:"
            + " {instanceType: t4g.medium, operatingSystem: Linux, purchaseOption: OnDemand, tenancy: Shared},"
            + " unit: UNIT, usd: USD, source: x, as_of: 2026-11-20}\n"
            + "architectures:\n  - {name: x, template: ec2-rds, overrides: {app: {instance_type: t4g.medium},"
            + " db: {instance_type: db.t4g.medium}}}\n";

    @TempDir
    Path tmp;

    private Cli.Result compare(String yaml) throws IOException {
        return compare(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Cli.Result compare(byte[] bytes) throws IOException {
        Path spec = tmp.resolve("spec.yaml");
        Files.write(spec, bytes);
        return Cli.run(Fixtures.environment(), "compare", spec.toString());
    }

    private static void refusedAt(Cli.Result r, int line, int column, String... phrases) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("spec.yaml:" + line + ":" + column + ": ").contains(phrases)
                .doesNotContain("internal error", "Exception", "\tat ");
    }

    @Test
    void theSamePriceStatedTwice_isRefusedAtTheSecond() throws IOException {
        // Found by the fuzzer: two rows for one key made a ladder of two tiers from 0, an internal error (exit 1).
        String price = EC2_PRICE.substring(EC2_PRICE.indexOf("  - {"), EC2_PRICE.indexOf("architectures:"))
                .replace("UNIT", "Hrs").replace("USD", "0.0336");
        String yaml = HEAD + EC2_PRICE.replace("UNIT", "Hrs").replace("USD", "0.0336")
                .replace("architectures:", price + "architectures:");
        refusedAt(compare(yaml), 7, 5, "already stated at line 6", "keep one price for each service, charge and"
                + " attributes");
    }

    @Test
    void selfReferencingAlias_isRefusedAtTheAlias() throws IOException {
        refusedAt(compare(HEAD + "architectures:\n  - &a {name: x, template: api-lambda-dynamodb, overrides: *a}\n"),
                6, 60, "alias *a refers to the value it is inside of");
    }

    @Test
    void aliasBomb_isRefusedWhereItsExpansionPassesTheLimit() throws IOException {
        StringBuilder y = new StringBuilder("region: us-east-1\nb0: &b0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 6; i++) {
            y.append("b").append(i).append(": &b").append(i).append(" [").append(("*b" + (i - 1) + ", ").repeat(9))
                    .append("*b").append(i - 1).append("]\n");
        }
        // Nodes before line 6: root 1, region 2, b0 1 + 11, b1 1 + 111, b2 1 + 1,111, b3 1 + 11,111 = 12,351; line 6
        // adds its key and list (12,353), then 11,111 per *b3: the 8th passes 100,000, at column 10 + 7 x 5 = 45.
        refusedAt(compare(y + "workload: {requests: 1M/month}\n" + LAMBDA), 6, 45, "more than 100,000 values");
    }

    @Test
    void manyAliases_areRefusedAtTheFirstOneTooMany() throws IOException {
        String aliases = "  - *v\n".repeat(101);
        refusedAt(compare(HEAD + "v: &v 1\nlist:\n" + aliases + LAMBDA), 107, 5, "more than 100 aliases");
    }

    @Test
    void deepNesting_isRefusedAtTheLevelTooDeep() throws IOException {
        String deep = "[".repeat(25) + "]".repeat(25);
        refusedAt(compare(HEAD + "x: " + deep + "\n" + LAMBDA), 5, 23, "nested more than 20 levels");
    }

    @Test
    void longLine_isRefusedAtTheFirstCharacterPastTheLimit() throws IOException {
        refusedAt(compare(HEAD + "name: " + "n".repeat(20_000) + "\n" + LAMBDA), 5, 10_001, "longer than 10,000");
    }

    @Test
    void millionDigitNumber_isRefusedFastAtItsLine() throws IOException {
        // On one line the line limit stops it; on continued lines (a quoted value) the digit limit does.
        refusedAt(compare(HEAD.replace("100M", "1" + "5".repeat(1_000_000)) + LAMBDA), 4, 10_001, "longer than");
        String continued = "\"1" + "55555555\\\n    ".repeat(600) + "/month\"";
        refusedAt(compare(HEAD.replace("100M/month", continued) + LAMBDA), 4, 13, "longer than the 4,096");
        refusedAt(compare(HEAD.replace("100M", "1" + "5".repeat(30)) + LAMBDA), 4, 13, "31 digits, more than the 24");
    }

    @Test
    void quantityInExponentNotation_isRefusedWithTheFormsItTakes() throws IOException {
        refusedAt(compare(HEAD.replace("100M/month", "1e999999/month") + LAMBDA), 4, 13, "exponent notation",
                "100K, 1.5M");
    }

    @Test
    void hugeFile_isRefusedBeforeItIsParsed() throws IOException {
        refusedAt(compare(HEAD + LAMBDA + ("# " + "x".repeat(1_000) + "\n").repeat(1_100)), 1, 1,
                "larger than 1,048,576 bytes");
    }

    @Test
    void notUtf8_isRefusedAtTheByte() throws IOException {
        byte[] head = (HEAD + "name: caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 é
        bytes[head.length + 1] = '\n';
        refusedAt(compare(bytes), 5, 10, "not UTF-8", "0xE9");
    }

    @Test
    void controlCharacter_isRefusedAtItsColumn() throws IOException {
        refusedAt(compare(HEAD.replace("100M", "1\u0001") + LAMBDA), 4, 14, "U+0001");
    }

    @ParameterizedTest
    @CsvSource({"1E+2147483647, out of range", "1e999999, out of range", "1e-999999, out of range",
            "1e999, more than 10^9 USD", "1e-20, more than 15 decimal places", "-1, cannot be negative",
            "12345678901234567890123456, 26 digits"})
    void statedPriceOutOfRange_isRefusedAtUsd(String usd, String phrase) throws IOException {
        String yaml = HEAD + EC2_PRICE.replace("UNIT", "Hrs").replace("USD", usd);
        refusedAt(compare(yaml), 6, 173, phrase);
    }

    @Test
    void statedPriceInAnotherUnit_isRefusedAtItsUnit() throws IOException {
        refusedAt(compare(HEAD + EC2_PRICE.replace("UNIT", "GB-Mo").replace("USD", "0.05")), 6, 163,
                "unit GB-Mo is not the unit", "(Hrs)");
    }

    @Test
    void tooManyArchitectures_isRefusedAtTheFirstOneTooMany() throws IOException {
        StringBuilder y = new StringBuilder(HEAD + "architectures:\n");
        for (int i = 0; i < 10_000; i++) {
            y.append("  - {name: a").append(i).append(", template: api-lambda-dynamodb}\n");
        }
        refusedAt(compare(y.toString()), 56, 5, "more than 50 architectures");
    }

    @Test
    void tooManyComponents_inOneArchitectureOrInAll_areRefused() throws IOException {
        StringBuilder one = new StringBuilder(HEAD + "architectures:\n  - name: big\n    components:\n");
        for (int i = 0; i < 51; i++) {
            one.append("      - {name: c").append(i).append(", type: s3}\n");
        }
        // Line 5 is architectures:, 8 the first component: the 51st is on line 58.
        refusedAt(compare(one.toString()), 58, 9, "more than 50 components in one architecture");
        StringBuilder all = new StringBuilder(HEAD + "architectures:\n");
        for (int a = 0; a < 5; a++) {
            all.append("  - name: a").append(a).append("\n    components:\n");
            for (int i = 0; i < 50; i++) {
                all.append("      - {name: c").append(i).append(", type: s3}\n");
            }
        }
        // Each architecture takes 52 lines from line 6: the fifth, which brings the total to 250, starts on line 214.
        refusedAt(compare(all.toString()), 214, 5, "250 with the architectures before it", "200 in all");
    }

    @Test
    void horizonAndMonthlyListBeyondTheLimit_areRefused() throws IOException {
        refusedAt(compare(HEAD.replace("12 months", "121 months") + LAMBDA), 2, 10, "give 1 to 120 months");
        String list = "[" + "1M/month, ".repeat(130) + "1M/month]";
        refusedAt(compare(HEAD.replace("100M/month", list) + LAMBDA), 4, 13 + 10 * 120 + 1, "more than 120 monthly values");
    }

    @Test
    void growthPastTheLargestValue_isRefusedAtTheFigure() throws IOException {
        refusedAt(compare(HEAD.replace("100M/month", "{start: 100M/month, growth: 900%/month}") + LAMBDA), 4, 13,
                "reaches", "in month 12", "more than 10^18");
        refusedAt(compare(HEAD.replace("100M/month", "{start: 1M/month, growth: 2000%/month}") + LAMBDA), 4, 39,
                "faster growth than the 1000%/month");
    }

    @Test
    void yearsOutsideAPlan_areRefused() throws IOException {
        refusedAt(compare(HEAD.replace("horizon: 12 months", "start: +999999999-12") + LAMBDA), 2, 8,
                "reads years 2000 to 2100");
    }
}
