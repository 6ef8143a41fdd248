package dev.cloudplan.core.audit;

import java.util.List;

/**
 * A claims file read: the estimate it audits, the spec that prices it, and the write-up's sections in order.
 *
 * @param source the estimate audited (a file name or a title), shown under the title
 * @param spec   the spec that prices the estimate's architectures, as written in the claims file
 * @param month  the month claims are about when they name none
 */
public record AuditDocument(String title, String source, String spec, int month, List<Section> sections) {
    public AuditDocument {
        sections = List.copyOf(sections);
    }

    /** Every claim of the document, for checks that look at all of them. */
    public List<Section.Claims> claimSections() {
        return sections.stream().filter(s -> s instanceof Section.Claims).map(s -> (Section.Claims) s).toList();
    }

    /** A part of the write-up, each under an optional heading. */
    public sealed interface Section {
        /** The section's heading, or null for none. */
        String heading();

        /** Prose kept as written: the estimate's words, AWS's rules, what a figure means; no cloudplan figure. */
        record Text(String heading, String text) implements Section {}

        /**
         * Each architecture's total in some months, its first year and its budget verdict, computed.
         *
         * @param spec the spec priced, or null for the document's own
         */
        record Summary(String heading, String spec, List<Integer> months, Claim.Place place) implements Section {
            public Summary {
                months = List.copyOf(months);
            }
        }

        /** One architecture's claims, each set against cloudplan's figures. */
        record Claims(String heading, String architecture, String intro, List<Claim> claims, Claim.Place place)
                implements Section {
            public Claims {
                claims = List.copyOf(claims);
            }
        }

        /**
         * The output of another cloudplan command, run when the write-up is made (so its figures are current).
         *
         * @param command the command line after {@code cloudplan}, e.g. {@code capacity examples/x.yaml --month 16}
         * @param fence   true to show the output as a code block (a terminal table), false to embed it as Markdown
         */
        record Run(String heading, String command, boolean fence, Claim.Place place) implements Section {}
    }
}
