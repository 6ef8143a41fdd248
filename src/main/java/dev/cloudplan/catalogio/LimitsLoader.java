package dev.cloudplan.catalogio;

import dev.cloudplan.core.capacity.CapacityData;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.pricing.RuleData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the bundled AWS limits ({@code cloudplan/capacity/limits.csv}: key, value, unit, source, as_of, quote). */
public final class LimitsLoader {
    static final String RESOURCE = "/cloudplan/capacity/limits.csv";

    private LimitsLoader() {}

    /** The bundled limits, read once: the file is part of the build and every reading of a spec may ask for it. */
    public static Map<String, Limit> bundled() {
        return Bundled.LIMITS;
    }

    private static final class Bundled {
        static final Map<String, Limit> LIMITS = read();
        static final RuleData DATA = new RuleData(LIMITS, EngineSupportLoader.read());
    }

    private static Map<String, Limit> read() {
        try (InputStream in = LimitsLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled limits " + RESOURCE + " are missing from the build");
            }
            CsvRows rows = new CsvRows(in);
            Map<String, Limit> out = new LinkedHashMap<>();
            while (rows.next()) {
                rows.readAll();
                String key = rows.get("key");
                out.put(key, new Limit(key, new BigDecimal(rows.get("value")), rows.get("unit"), rows.get("source"),
                        rows.get("as_of")));
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled limits and engine support dates, as the rules' configurations read them. */
    public static RuleData ruleData() {
        return Bundled.DATA;
    }

    /** The bundled limits with a catalog's instance specifications. */
    public static CapacityData with(InstanceTypes specs) {
        return new CapacityData(specs, bundled());
    }
}
