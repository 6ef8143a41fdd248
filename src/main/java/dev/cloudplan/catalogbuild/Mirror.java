package dev.cloudplan.catalogbuild;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;

/** One machine-generated source as catalog-src/mirrors.json describes it: where it is and what it was made from. */
record Mirror(Path file, String source, LocalDate asOf, String offer, String description) {

    static Mirror from(JsonNode node, Path pricedata) {
        return new Mirror(pricedata.resolve(node.path("file").asText()), node.path("source").asText(),
                LocalDate.parse(node.path("as_of").asText()), node.path("offer").asText(""),
                node.path("description").asText());
    }

    /** The official offer file of {@code region}. */
    String offer(String region) {
        return offer.replace("{region}", region);
    }
}
