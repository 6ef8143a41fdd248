package dev.cloudplan.pricelist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams an AWS Price List offer file, JSON or CSV as AWS publishes them, and hands the rates of the
 * products the caller wants to a sink. Memory is bounded by the products kept, never by the file. JSON:
 * the outer structure is skimmed byte by byte ({@link JsonSkimmer}), products are read field by field
 * decoding only the attributes the sink asks for, the terms of products not kept are skipped without
 * being tokenised, and Jackson parses the terms of the products kept. CSV: Jackson's streaming CSV reader.
 */
public final class OfferFileReader {
    // Offer files have millions of distinct field names (SKUs, term and rate codes): canonicalising and interning
    // them would keep every one in a symbol table, so memory would grow with the file and parsing slow down.
    private static final JsonFactory JSON = JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final List<String> TERM_ATTRIBUTE_COLUMNS = List.of("LeaseContractLength", "OfferingClass",
            "PurchaseOption");

    /** Receives what the file holds; decides which products are worth keeping. */
    public interface Sink {
        /** Called once the header is known, before any product (AWS writes the header first). */
        default void begin(OfferHeader header) {}

        /**
         * The (normalised) attribute names {@link #wants} looks at, or null for all. Values of other attributes
         * are never decoded, which is most of the reading time of a large offer file.
         */
        default java.util.Set<String> attributesRead() {
            return null;
        }

        boolean wants(OfferProduct product);

        void accept(OfferRate rate);
    }

    private final Path file;
    private final Sink sink;
    private final Map<String, String> keys = new HashMap<>();
    private String format = "JSON";
    private long sliceLine = 1;
    private long sliceColumn = 1;

    private OfferFileReader(Path file, Sink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** Reads {@code file} (format told by its first character) and returns its header. */
    public static OfferHeader read(Path file, Sink sink) {
        try {
            return new OfferFileReader(file, sink).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private OfferHeader read() throws IOException {
        int first;
        try (InputStream in = Files.newInputStream(file)) {
            do {
                first = in.read();
            } while (first == ' ' || first == '\n' || first == '\r' || first == '\t' || first == 0xEF || first == 0xBB
                    || first == 0xBF);
        }
        if (first == '{') {
            return readJson();
        }
        if (first == '"' || Character.isLetter(first)) {
            format = "CSV";
            return readCsv();
        }
        throw new OfferFormatException(file + ":1:1: not an AWS Price List offer file (expected JSON starting with '{'"
                + " or the CSV format starting with \"FormatVersion\")" + (first < 0 ? "; the file is empty" : ""));
    }

    // ---- JSON ---------------------------------------------------------------------------------------

    private OfferHeader readJson() throws IOException {
        Map<String, OfferProduct> kept = new HashMap<>();
        String[] header = new String[4];
        boolean productsRead = false;
        boolean termsBeforeProducts = false;
        try (InputStream in = Files.newInputStream(file)) {
            JsonSkimmer s = new JsonSkimmer(in);
            s.expect('{');
            if (!s.emptyObject()) {
                do {
                    String name = s.string();
                    s.expect(':');
                    switch (name) {
                        case "formatVersion" -> header[0] = headerValue(s, name);
                        case "offerCode" -> header[1] = headerValue(s, name);
                        case "version" -> header[2] = headerValue(s, name);
                        case "publicationDate" -> header[3] = headerValue(s, name);
                        case "products" -> {
                            sink.begin(new OfferHeader(header[0], header[1], header[2], header[3]));
                            readProducts(s, kept);
                            productsRead = true;
                        }
                        case "terms" -> {
                            if (productsRead) {
                                readTerms(s, kept);
                            } else {
                                termsBeforeProducts = true;
                                s.skip();
                            }
                        }
                        default -> s.skip();
                    }
                } while (s.next('}'));
            }
            if (s.peek() >= 0) {
                throw s.unexpected(s.peek(), "the end of the file after the offer's closing '}'");
            }
        } catch (JsonSkimmer.SyntaxException e) {
            throw new OfferFormatException(file + ":" + e.at.line() + ":" + e.at.column() + ": not valid JSON: "
                    + e.getMessage(), e);
        }
        if (termsBeforeProducts) {
            readTermsAgain(kept);
        }
        OfferHeader h = new OfferHeader(header[0], header[1], header[2], header[3]);
        requireHeader(h);
        return h;
    }

    /** A text value where one is required; an object or array is not an offer file's shape. */
    private String headerValue(JsonSkimmer s, String name) throws IOException {
        int b = s.peek();
        if (b == '{' || b == '[') {
            throw new OfferFormatException(at(s.position()) + ": " + name + " should be a text value, found "
                    + (b == '{' ? "an object" : "an array"));
        }
        return s.scalar();
    }

    /** AWS writes products before terms; a file that does not is read a second time for its terms. */
    private void readTermsAgain(Map<String, OfferProduct> kept) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonSkimmer s = new JsonSkimmer(in);
            s.expect('{');
            do {
                String name = s.string();
                s.expect(':');
                if (name.equals("terms")) {
                    readTerms(s, kept);
                } else {
                    s.skip();
                }
            } while (s.next('}'));
        } catch (JsonSkimmer.SyntaxException e) {
            throw new OfferFormatException(file + ":" + e.at.line() + ":" + e.at.column() + ": not valid JSON: "
                    + e.getMessage(), e);
        }
    }

    private void objectOf(JsonSkimmer s, String what) throws IOException {
        int b = s.peek();
        if (b != '{') {
            throw new OfferFormatException(at(s.position()) + ": " + what + " should be a JSON object, found "
                    + (b == '[' ? "an array" : b == '"' ? "a string" : b < 0 ? "the end of the file" : "'" + (char) b + "'")
                    + " (is this an AWS Price List offer file?)");
        }
        s.expect('{');
    }

    /** Products are flat objects of text values: the skimmer reads them itself, decoding only what is needed. */
    private void readProducts(JsonSkimmer s, Map<String, OfferProduct> kept) throws IOException {
        objectOf(s, "'products'");
        if (s.emptyObject()) {
            return;
        }
        java.util.Set<String> read = sink.attributesRead();
        do {
            String sku = s.string();
            s.expect(':');
            objectOf(s, "product " + sku);
            String family = null;
            Map<String, String> attributes = new HashMap<>();
            if (!s.emptyObject()) {
                do {
                    String field = s.string();
                    s.expect(':');
                    if (field.equals("productFamily")) {
                        family = headerValue(s, "productFamily");
                    } else if (field.equals("attributes")) {
                        objectOf(s, "attributes of product " + sku);
                        if (!s.emptyObject()) {
                            do {
                                String key = key(s.string());
                                s.expect(':');
                                if (read == null || read.contains(key)) {
                                    attributes.put(key, headerValue(s, "attribute " + key));
                                } else {
                                    s.skip();
                                }
                            } while (s.next('}'));
                        }
                    } else {
                        s.skip();
                    }
                } while (s.next('}'));
            }
            OfferProduct product = new OfferProduct(sku, family, attributes);
            if (sink.wants(product)) {
                kept.put(sku, product);
            }
        } while (s.next('}'));
    }

    /** The terms of kept products are parsed; every other SKU's terms are skipped at byte-scan speed. */
    private void readTerms(JsonSkimmer s, Map<String, OfferProduct> kept) throws IOException {
        objectOf(s, "'terms'");
        if (s.emptyObject()) {
            return;
        }
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(16384);
        do {
            String termType = s.string();
            s.expect(':');
            objectOf(s, "terms." + termType);
            if (s.emptyObject()) {
                continue;
            }
            do {
                OfferProduct product = kept.get(s.string());
                s.expect(':');
                if (product == null) {
                    s.skip();
                    continue;
                }
                JsonSkimmer.Position at = s.position();
                byte[] bytes = s.capture(buffer);
                try (JsonParser p = slice(bytes, at)) {
                    expect(p, p.nextToken(), JsonToken.START_OBJECT, "terms of " + product.sku());
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        expect(p, p.nextToken(), JsonToken.START_OBJECT, "offer term " + p.currentName());
                        readTerm(p, product, termType);
                    }
                } catch (JsonProcessingException e) {
                    throw malformed(e);
                }
            } while (s.next('}'));
        } while (s.next('}'));
    }

    /** A parser over one value's bytes whose positions are reported as positions in the whole file. */
    private JsonParser slice(byte[] bytes, JsonSkimmer.Position at) throws IOException {
        sliceLine = at.line();
        sliceColumn = at.column();
        return JSON.createParser(bytes);
    }

    /** One offer term: its dimensions and attributes may come in either order, so rates are emitted at its end. */
    private void readTerm(JsonParser p, OfferProduct product, String termType) throws IOException {
        List<OfferRate> rates = new ArrayList<>();
        Map<String, String> termAttributes = new HashMap<>();
        String effective = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "effectiveDate" -> effective = scalar(p, value, field);
                case "termAttributes" -> {
                    expect(p, value, JsonToken.START_OBJECT, "termAttributes");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        termAttributes.put(key, scalar(p, p.nextToken(), key));
                    }
                }
                case "priceDimensions" -> {
                    expect(p, value, JsonToken.START_OBJECT, "priceDimensions");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        expect(p, p.nextToken(), JsonToken.START_OBJECT, "price dimension " + p.currentName());
                        rates.add(readDimension(p, product, termType));
                    }
                }
                default -> p.skipChildren();
            }
        }
        for (OfferRate r : rates) {
            sink.accept(new OfferRate(r.product(), termType, Map.copyOf(termAttributes), r.rateCode(), r.description(),
                    r.beginRange(), r.endRange(), r.unit(), r.usd(), effective, r.position()));
        }
    }

    private OfferRate readDimension(JsonParser p, OfferProduct product, String termType) throws IOException {
        String position = position(p.currentTokenLocation());
        String rateCode = null;
        String description = null;
        String begin = null;
        String end = null;
        String unit = null;
        String usd = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "rateCode" -> rateCode = scalar(p, value, field);
                case "description" -> description = scalar(p, value, field);
                case "beginRange" -> begin = scalar(p, value, field);
                case "endRange" -> end = scalar(p, value, field);
                case "unit" -> unit = scalar(p, value, field);
                case "pricePerUnit" -> {
                    expect(p, value, JsonToken.START_OBJECT, "pricePerUnit");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String currency = p.currentName();
                        String amount = scalar(p, p.nextToken(), "pricePerUnit." + currency);
                        if (currency.equals("USD")) {
                            usd = amount;
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new OfferRate(product, termType, Map.of(), rateCode, description, number(begin, "beginRange", position),
                end == null || end.equals("Inf") ? null : number(end, "endRange", position), unit,
                usd == null ? null : number(usd, "pricePerUnit.USD", position), null, position);
    }

    private String key(String name) {
        return keys.computeIfAbsent(name, OfferProduct::normalise);
    }

    private String scalar(JsonParser p, JsonToken token, String what) throws IOException {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return p.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new OfferFormatException(position(p.currentTokenLocation()) + ": " + what + " should be a text value, found "
                + describe(token));
    }

    private void expect(JsonParser p, JsonToken token, JsonToken wanted, String what) {
        if (token != wanted) {
            throw new OfferFormatException(position(p.currentTokenLocation()) + ": " + what + " should be a JSON "
                    + (wanted == JsonToken.START_OBJECT ? "object" : wanted.asString()) + ", found " + describe(token)
                    + " (is this an AWS Price List offer file?)");
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> token.toString().toLowerCase();
        };
    }

    private OfferFormatException malformed(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        return new OfferFormatException(position(e.getLocation()) + ": not valid " + format + ": "
                + (cut > 0 ? message.substring(0, cut) : message), e);
    }

    private String position(JsonLocation at) {
        if (at == null) {
            return file.toString();
        }
        long line = sliceLine + at.getLineNr() - 1;
        long column = at.getLineNr() == 1 ? sliceColumn + at.getColumnNr() - 1 : at.getColumnNr();
        return file + ":" + line + ":" + column;
    }

    private String at(JsonSkimmer.Position p) {
        return file + ":" + p.line() + ":" + p.column();
    }

    private BigDecimal number(String text, String what, String position) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new OfferFormatException(position + ": " + what + " '" + text + "' is not a number");
        }
    }

    private void requireHeader(OfferHeader h) {
        if (h.offerCode() == null || h.offerCode().isBlank()) {
            throw new OfferFormatException(file + ": no offerCode: not an AWS Price List offer file (its first lines"
                    + " name formatVersion, offerCode, version and publicationDate)");
        }
    }

    // ---- CSV ----------------------------------------------------------------------------------------

    private OfferHeader readCsv() throws IOException {
        Map<String, String> meta = new HashMap<>();
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(file.toFile())) {
            String[] columns = null;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                if (row.length > 0 && row[0].equals("SKU")) {
                    columns = row;
                    break;
                }
                if (row.length >= 2) {
                    meta.put(OfferProduct.normalise(row[0]), row[1]);
                }
            }
            OfferHeader h = new OfferHeader(meta.get("formatversion"), meta.get("offercode"), meta.get("version"),
                    meta.get("publicationdate"));
            if (columns == null) {
                throw new OfferFormatException(file + ": no header line starting with \"SKU\": not an AWS Price List"
                        + " offer file in CSV format");
            }
            requireHeader(h);
            sink.begin(h);
            readCsvRows(rows, new CsvColumns(columns));
            return h;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                throw malformed(j);
            }
            throw e;
        }
    }

    /** Which column holds what: the fixed price columns by name, every other column a product attribute. */
    private final class CsvColumns {
        final int sku;
        final int termType;
        final int rateCode;
        final int description;
        final int effective;
        final int begin;
        final int end;
        final int unit;
        final int price;
        final int currency;
        final int family;
        final Map<String, Integer> termAttributes = new HashMap<>();
        final List<Integer> attributeColumns = new ArrayList<>();
        final String[] attributeKeys;

        CsvColumns(String[] header) {
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                at.put(header[i], i);
            }
            sku = require(at, "SKU");
            termType = require(at, "TermType");
            rateCode = at.getOrDefault("RateCode", -1);
            description = at.getOrDefault("PriceDescription", -1);
            effective = at.getOrDefault("EffectiveDate", -1);
            begin = at.getOrDefault("StartingRange", -1);
            end = at.getOrDefault("EndingRange", -1);
            unit = require(at, "Unit");
            price = require(at, "PricePerUnit");
            currency = at.getOrDefault("Currency", -1);
            family = at.getOrDefault("Product Family", -1);
            for (String t : TERM_ATTRIBUTE_COLUMNS) {
                if (at.containsKey(t)) {
                    termAttributes.put(t, at.get(t));
                }
            }
            List<String> keyList = new ArrayList<>();
            java.util.Set<String> fixed = java.util.Set.of("SKU", "OfferTermCode", "RateCode", "TermType",
                    "PriceDescription", "EffectiveDate", "StartingRange", "EndingRange", "Unit", "PricePerUnit", "Currency",
                    "RelatedTo", "LeaseContractLength", "OfferingClass", "PurchaseOption", "Product Family");
            for (int i = 0; i < header.length; i++) {
                if (!fixed.contains(header[i])) {
                    attributeColumns.add(i);
                    keyList.add(key(header[i]));
                }
            }
            attributeKeys = keyList.toArray(new String[0]);
        }

        private int require(Map<String, Integer> at, String name) {
            Integer i = at.get(name);
            if (i == null) {
                throw new OfferFormatException(file + ": the CSV header has no \"" + name + "\" column: not an AWS Price"
                        + " List offer file in CSV format");
            }
            return i;
        }
    }

    private void readCsvRows(MappingIterator<String[]> rows, CsvColumns c) throws IOException {
        String lastSku = null;
        OfferProduct lastProduct = null;
        Map<String, OfferProduct> kept = new HashMap<>();
        while (rows.hasNextValue()) {
            String[] row = rows.nextValue();
            String position = file + ":" + rows.getCurrentLocation().getLineNr();
            if (row.length == 1 && row[0].isEmpty()) {
                continue;
            }
            if (row.length <= c.price) {
                throw new OfferFormatException(position + ": the row has " + row.length + " columns, the header "
                        + (c.attributeColumns.size() + 11) + " or more");
            }
            String sku = row[c.sku];
            OfferProduct product;
            if (sku.equals(lastSku)) {
                product = lastProduct;
            } else {
                product = kept.get(sku);
                if (product == null) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < c.attributeKeys.length; i++) {
                        int col = c.attributeColumns.get(i);
                        if (col < row.length && !row[col].isEmpty()) {
                            attributes.put(c.attributeKeys[i], row[col]);
                        }
                    }
                    OfferProduct candidate = new OfferProduct(sku, cell(row, c.family), attributes);
                    if (sink.wants(candidate)) {
                        kept.put(sku, candidate);
                        product = candidate;
                    }
                }
                lastSku = sku;
                lastProduct = product;
            }
            if (product == null) {
                continue;
            }
            Map<String, String> termAttributes = new HashMap<>();
            c.termAttributes.forEach((name, col) -> {
                String v = cell(row, col);
                if (v != null) {
                    termAttributes.put(name, v);
                }
            });
            String currency = cell(row, c.currency);
            String end = cell(row, c.end);
            sink.accept(new OfferRate(product, row[c.termType], Map.copyOf(termAttributes), cell(row, c.rateCode),
                    cell(row, c.description), number(orZero(cell(row, c.begin)), "StartingRange", position),
                    end == null || end.equals("Inf") ? null : number(end, "EndingRange", position), row[c.unit],
                    currency == null || currency.equals("USD") ? number(row[c.price], "PricePerUnit", position) : null,
                    cell(row, c.effective), position));
        }
    }

    private static String orZero(String s) {
        return s == null ? "0" : s;
    }

    private static String cell(String[] row, int col) {
        return col < 0 || col >= row.length || row[col].isEmpty() ? null : row[col];
    }
}
