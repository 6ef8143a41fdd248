package dev.cloudplan.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the two official offer-file formats, and refusing what is not one, with the position. */
class OfferFileReaderTest {
    @TempDir
    Path tmp;

    static List<OfferRate> readAll(Path file) {
        List<OfferRate> out = new ArrayList<>();
        OfferFileReader.read(file, new OfferFileReader.Sink() {
            @Override
            public boolean wants(OfferProduct product) {
                return true;
            }

            @Override
            public void accept(OfferRate rate) {
                out.add(rate);
            }
        });
        return out;
    }

    @Test
    void json_headerProductsAndTerms() {
        Path file = ImporterTest.OFFERS.resolve("AmazonEC2-us-east-1.json");
        List<OfferRate> rates = readAll(file);
        OfferHeader h = OfferFileReader.read(file, new OfferFileReader.Sink() {
            @Override
            public boolean wants(OfferProduct product) {
                return false;
            }

            @Override
            public void accept(OfferRate rate) {}
        });
        assertThat(h.offerCode()).isEqualTo("AmazonEC2");
        assertThat(h.version()).isEqualTo("20261101000000");
        assertThat(h.publicationDay()).isEqualTo("2026-11-01");
        // 12 products with one OnDemand rate each, plus Reserved: No Upfront (1), All Upfront (2), Partial (2).
        assertThat(rates).hasSize(12 + 5);
        OfferRate upfront = rates.stream().filter(r -> "Upfront Fee".equals(r.description())).findFirst().orElseThrow();
        assertThat(upfront.termType()).isEqualTo("Reserved");
        assertThat(upfront.termAttributes()).containsEntry("LeaseContractLength", "1yr").containsEntry("PurchaseOption",
                "All Upfront");
        assertThat(upfront.product().attribute("instanceType")).isEqualTo("t3.micro");
        assertThat(upfront.product().attribute("Instance Type")).isEqualTo("t3.micro");
    }

    @Test
    void csv_columnsBecomeTheSameAttributeNamesAsJson() {
        List<OfferRate> rates = readAll(ImporterTest.OFFERS.resolve("AWSLambda-us-east-1.csv"));
        assertThat(rates).hasSize(9);
        OfferRate r = rates.get(0);
        assertThat(r.product().productFamily()).isEqualTo("Serverless");
        assertThat(r.product().attribute("usagetype")).isEqualTo("Request");
        assertThat(r.product().attribute("regionCode")).isEqualTo("us-east-1");
        assertThat(r.endRange()).isNull();
        assertThat(r.usd()).isEqualByComparingTo("0.00000021");
    }

    @Test
    void json_termsBeforeProducts_isReadInASecondPass() throws IOException {
        String text = """
                {"formatVersion":"v1.0","offerCode":"AmazonVPC","version":"1","publicationDate":"2026-01-02T00:00:00Z",
                 "terms":{"OnDemand":{"A":{"A.T":{"priceDimensions":{"A.T.R":{"unit":"Hrs","beginRange":"0",
                   "endRange":"Inf","pricePerUnit":{"USD":"0.5"}}},"termAttributes":{}}}}},
                 "products":{"A":{"sku":"A","attributes":{"usagetype":"USE1-PublicIPv4:InUseAddress"}}}}
                """;
        Path file = tmp.resolve("late.json");
        Files.writeString(file, text);
        assertThat(readAll(file)).singleElement().satisfies(r -> assertThat(r.usd()).isEqualByComparingTo("0.5"));
    }

    @Test
    void malformedJson_namesFileLineAndColumn() throws IOException {
        Path file = tmp.resolve("broken.json");
        Files.writeString(file, "{\"formatVersion\":\"v1.0\",\"offerCode\":\"AmazonEC2\",\n\"products\":{\"A\":{\"sku\":\"A\",,}}}");
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(OfferFormatException.class)
                .hasMessageStartingWith(file + ":2:").hasMessageContaining("not valid JSON");
    }

    @Test
    void truncatedJson_saysWhereItEnded() throws IOException {
        String full = Files.readString(ImporterTest.OFFERS.resolve("AmazonVPC-us-east-1.json"));
        Path file = tmp.resolve("cut.json");
        Files.writeString(file, full.substring(0, full.length() / 2));
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(OfferFormatException.class).hasMessageContaining(file + ":");
    }

    @Test
    void wrongShape_andNotAnOfferFile_areRefused() throws IOException {
        Path array = tmp.resolve("array.json");
        Files.writeString(array, "{\"offerCode\":\"X\",\"products\":[1,2]}");
        assertThatThrownBy(() -> readAll(array)).isInstanceOf(OfferFormatException.class)
                .hasMessageContaining(array + ":1:").hasMessageContaining("'products' should be a JSON object, found an array");
        Path text = tmp.resolve("notes.csv");
        Files.writeString(text, "hello,world\n1,2\n");
        assertThatThrownBy(() -> readAll(text)).isInstanceOf(OfferFormatException.class)
                .hasMessageContaining("no header line starting with \"SKU\"");
        Path empty = tmp.resolve("empty.json");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> readAll(empty)).isInstanceOf(OfferFormatException.class).hasMessageContaining("empty");
        Path price = tmp.resolve("price.json");
        Files.writeString(price, "{\"offerCode\":\"AmazonVPC\",\"products\":{\"A\":{\"sku\":\"A\",\"attributes\":{}}},"
                + "\"terms\":{\"OnDemand\":{\"A\":{\"A.T\":{\"priceDimensions\":{\"A.T.R\":{\"unit\":\"Hrs\","
                + "\"pricePerUnit\":{\"USD\":\"cheap\"}}}}}}}}");
        assertThatThrownBy(() -> readAll(price)).isInstanceOf(OfferFormatException.class)
                .hasMessageContaining("pricePerUnit.USD 'cheap' is not a number");
    }

    @Test
    void malformedCsv_namesFileAndLine() throws IOException {
        String good = Files.readString(ImporterTest.OFFERS.resolve("AWSLambda-us-east-1.csv"));
        Path file = tmp.resolve("broken.csv");
        // An unterminated quote on the 8th line: the CSV reader runs into the end of the file inside it.
        String[] lines = good.split("\n");
        lines[7] = lines[7].replaceFirst("\"Requests\",", "\"Requests,");
        Files.writeString(file, String.join("\n", lines) + "\n\"unterminated");
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(OfferFormatException.class)
                .hasMessageStartingWith(file + ":").hasMessageContaining("not valid CSV");
    }
}
