package dev.cloudplan.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a request asks: new texts for some fields and slider steps for others, as JSON
 * ({@code {"texts": {"workload.requests": "250M/month"}, "steps": {"workload.users.total": 4}}}), plus, to save,
 * a path and whether an existing file may be replaced.
 */
record Edits(Map<String, String> texts, Map<String, Integer> steps, String path, boolean overwrite) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far more than any spec has fields: a request naming more is not from the page. */
    private static final int MAX_EDITS = 1_000;

    /** A body that is not this JSON is a {@link BadRequest} saying what is wrong with it. */
    static Edits parse(byte[] body, boolean saving) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "the request body is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new BadRequest(400, "the request body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest(400, "the request body must be a JSON object, such as {\"texts\": {}, \"steps\": {}}");
        }
        Set<String> allowed = saving ? Set.of("texts", "steps", "path", "overwrite") : Set.of("texts", "steps");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new BadRequest(400, "unknown key '" + k + "' in the request; it may hold " + String.join(", ",
                        new java.util.TreeSet<>(allowed)));
            }
        }
        Map<String, String> texts = new TreeMap<>();
        object(root, "texts").fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw new BadRequest(400, "texts." + e.getKey() + " must be a string, as the spec writes it");
            }
            texts.put(e.getKey(), e.getValue().asText());
        });
        Map<String, Integer> steps = new TreeMap<>();
        object(root, "steps").fields().forEachRemaining(e -> {
            if (!e.getValue().isInt()) {
                throw new BadRequest(400, "steps." + e.getKey() + " must be a whole number from " + -SpecFields.STEPS
                        + " to " + SpecFields.STEPS);
            }
            steps.put(e.getKey(), e.getValue().asInt());
        });
        if (texts.size() + steps.size() > MAX_EDITS) {
            throw new BadRequest(400, "more than " + MAX_EDITS + " edits in one request");
        }
        String path = null;
        boolean overwrite = false;
        if (saving) {
            JsonNode p = root.get("path");
            if (p == null || !p.isTextual() || p.asText().isBlank()) {
                throw new BadRequest(400, "give the file to save as in \"path\", such as \"what-if.yaml\"");
            }
            path = p.asText().strip();
            JsonNode o = root.get("overwrite");
            if (o != null && !o.isBoolean()) {
                throw new BadRequest(400, "\"overwrite\" must be true or false");
            }
            overwrite = o != null && o.asBoolean();
        }
        return new Edits(texts, steps, path, overwrite);
    }

    private static JsonNode object(JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return JSON.createObjectNode();
        }
        if (!n.isObject()) {
            throw new BadRequest(400, "\"" + key + "\" must be a JSON object of field ids");
        }
        return n;
    }

    /** The fields the edits name. */
    Set<String> ids() {
        Set<String> ids = new java.util.TreeSet<>(texts.keySet());
        ids.addAll(steps.keySet());
        return ids;
    }

    /** The same edits give the same key, whatever order the page sent them in (the maps are sorted). */
    String key() {
        try {
            return JSON.writeValueAsString(java.util.List.of(texts, steps));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request the server refuses as a whole, with its HTTP status and a sentence for the page. */
    static final class BadRequest extends RuntimeException {
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
