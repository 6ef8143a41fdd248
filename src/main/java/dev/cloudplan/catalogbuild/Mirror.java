package dev.cloudplan.catalogbuild;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/** One machine-generated source as catalog-src/mirrors.json describes it: where it is and what it was made from. */
record Mirror(Path file, String source, LocalDate asOf, String offer, String description) {

    static Mirror from(JsonNode node, Path pricedata) {
        return new Mirror(pricedata.resolve(node.path("file").asText()), node.path("source").asText(),
                LocalDate.parse(node.path("as_of").asText()), node.path("offer").asText(""),
                node.path("description").asText());
    }

    /** {@code d} without trailing zeros, and never in exponent form (12.0 and 1.2E+1 both become 12). */
    static BigDecimal exact(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The official offer file of {@code region}. */
    String offer(String region) {
        return offer.replace("{region}", region);
    }
}
