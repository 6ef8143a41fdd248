package dev.cloudplan.catalogio;

import dev.cloudplan.core.pricing.EngineSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled engine support dates ({@code cloudplan/capacity/engine-support.csv}: engine, major_version,
 * end_of_standard_support, year1_pricing_start, year3_pricing_start (or none), end_of_extended_support, source, as_of,
 * quote), each row a release calendar's as AWS's page states it.
 */
final class EngineSupportLoader {
    static final String RESOURCE = "/cloudplan/capacity/engine-support.csv";

    private EngineSupportLoader() {}

    static List<EngineSupport> read() {
        try (InputStream in = EngineSupportLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled engine support dates " + RESOURCE + " are missing from the build");
            }
            CsvRows rows = new CsvRows(in);
            List<EngineSupport> out = new ArrayList<>();
            while (rows.next()) {
                rows.readAll();
                String year3 = rows.get("year3_pricing_start");
                out.add(new EngineSupport(rows.get("engine"), rows.get("major_version"),
                        LocalDate.parse(rows.get("end_of_standard_support")), LocalDate.parse(rows.get("year1_pricing_start")),
                        year3.equals("none") ? null : LocalDate.parse(year3),
                        LocalDate.parse(rows.get("end_of_extended_support")), rows.get("source"), rows.get("as_of")));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
