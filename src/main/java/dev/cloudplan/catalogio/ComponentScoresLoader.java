package dev.cloudplan.catalogio;

import dev.cloudplan.core.decide.Criterion;
import dev.cloudplan.core.decide.StatedScore;
import dev.cloudplan.core.decide.TypeScores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the documented default scores of each component type ({@code cloudplan/decision/component-scores.csv}: type,
 * operations, operations_reason, lock_in, lock_in_reason; an empty score = not counted in that criterion).
 */
public final class ComponentScoresLoader {
    static final String RESOURCE = "/cloudplan/decision/component-scores.csv";

    private ComponentScoresLoader() {}

    public static TypeScores bundled() {
        return Bundled.SCORES;
    }

    private static final class Bundled {
        static final TypeScores SCORES = read();
    }

    private static TypeScores read() {
        try (InputStream in = ComponentScoresLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled component scores " + RESOURCE + " are missing from the build");
            }
            CsvRows rows = new CsvRows(in);
            Map<String, Map<Criterion, StatedScore>> out = new LinkedHashMap<>();
            while (rows.next()) {
                rows.readAll();
                Map<Criterion, StatedScore> scores = new EnumMap<>(Criterion.class);
                put(scores, Criterion.OPERATIONS, rows.get("operations"), rows.get("operations_reason"));
                put(scores, Criterion.LOCK_IN, rows.get("lock_in"), rows.get("lock_in_reason"));
                out.put(rows.get("type"), scores);
            }
            return new TypeScores(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Map<Criterion, StatedScore> scores, Criterion c, String score, String reason) {
        if (score != null && !score.isBlank()) {
            scores.put(c, new StatedScore(new BigDecimal(score.trim()), reason));
        }
    }
}
