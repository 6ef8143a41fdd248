package dev.cloudplan.catalogio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog CSV reader: RFC 4180 quoting, columns by header name, and records skipped part-read. */
class CsvRowsTest {
    private static List<List<String>> all(CsvRows rows, String... columns) {
        List<List<String>> out = new ArrayList<>();
        while (rows.next()) {
            List<String> r = new ArrayList<>();
            for (String c : columns) {
                r.add(rows.get(c));
            }
            out.add(r);
        }
        return out;
    }

    @Test
    void quotedFields_keepCommasQuotesAndLineBreaks() {
        CsvRows rows = new CsvRows("a,b,c\n1,\"x, \"\"y\"\"\nz\",3\r\n4,,\"\"\n");
        assertThat(all(rows, "a", "b", "c")).containsExactly(List.of("1", "x, \"y\"\nz", "3"), List.of("4", "", ""));
    }

    @Test
    void extraTrailingColumns_andMissingOnes_readAlike() {
        CsvRows newer = new CsvRows("service,usd,grade,offer\nS,0.5,A,OnDemand\n");
        CsvRows older = new CsvRows("service,usd\nS,0.5\n");
        assertThat(all(newer, "service", "usd")).isEqualTo(all(older, "service", "usd"));
        CsvRows shortRecord = new CsvRows("service,usd,sku\nS,0.5\n");
        assertThat(all(shortRecord, "service", "sku")).containsExactly(java.util.Arrays.asList("S", null));
    }

    @Test
    void aRecordReadInPart_isSkippedToItsEnd_evenAcrossQuotedLineBreaks() {
        CsvRows rows = new CsvRows("region,description,usd\neu-west-1,\"long,\n\"\"text\"\"\",1\nus-east-1,d,2\n");
        assertThat(rows.next()).isTrue();
        assertThat(rows.get("region")).isEqualTo("eu-west-1");
        assertThat(rows.next()).isTrue(); // the rest of the first record is skipped unread
        assertThat(rows.line()).isEqualTo(4);
        assertThat(List.of(rows.get("region"), rows.get("usd"))).containsExactly("us-east-1", "2");
        assertThat(rows.next()).isFalse();
    }

    @Test
    void blankLines_byteOrderMark_andNoFinalLineBreak() {
        CsvRows rows = new CsvRows("\uFEFFa,b\n\n1,\u00e9\u2248\n\n2,z");
        assertThat(all(rows, "a", "b")).containsExactly(List.of("1", "\u00e9\u2248"), List.of("2", "z"));
    }
}
