package dev.cloudplan.report;

import dev.cloudplan.core.audit.AuditDocument;
import dev.cloudplan.core.audit.Finding;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.projection.Projection;
import java.util.List;

/**
 * A claims file audited, ready to render: each section with what it computed.
 *
 * @param claimsFile the claims file as given on the command line, for the "reproduce with" sentence
 */
public record AuditReport(AuditDocument document, String claimsFile, CatalogInfo catalog, List<Part> parts) {
    public AuditReport {
        parts = List.copyOf(parts);
    }

    /** One section's result. */
    public sealed interface Part {
        String heading();
    }

    /** Prose as written. */
    public record Text(String heading, String text) implements Part {}

    /** Every architecture's totals of some months, its first year and budget verdict. */
    public record Summary(String heading, List<Integer> months, List<Projection> projections) implements Part {
        public Summary {
            months = List.copyOf(months);
            projections = List.copyOf(projections);
        }
    }

    /** One architecture's claims audited, ranked. */
    public record Findings(String heading, String architecture, String intro, List<Finding> findings)
            implements Part {
        public Findings {
            findings = List.copyOf(findings);
        }
    }

    /** Another command's output, as it printed it. */
    public record Run(String heading, String command, boolean fence, String output) implements Part {}
}
