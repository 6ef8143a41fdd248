package dev.cloudplan.spec;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML text to the spec's node tree. Every event passes the {@link EventGuard} before the tree is built from it,
 * so that a cycle, an alias bomb, too many aliases, too deep a nesting or too long a value is refused at the
 * line and column where it happens. The text is parsed once; the errors are those of guarding every event first
 * and building the tree after (a guard or syntax error anywhere wins over an error building the tree).
 */
final class SpecParser {
    /**
     * Tags are never read (SpecNode takes every scalar as its text), so scalars are not matched against the
     * implicit int, float, bool and timestamp patterns. Shared: after construction a Resolver is only read.
     */
    private static final Resolver TEXT_ONLY = new Resolver() {
        @Override
        protected void addImplicitResolvers() {
            // none: every plain scalar resolves to str
        }
    };

    private SpecParser() {}

    static SpecNode parse(String file, String text, Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // The guard enforces cloudplan's own, located limits first; these only keep SnakeYAML's from firing.
        options.setMaxAliasesForCollections(Math.max(50, limits.aliases() + 1));
        options.setNestingDepthLimit(limits.depth() + 10);
        options.setCodePointLimit(limits.fileBytes() + 1);
        Node node;
        try {
            node = compose(new Guarded(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    new EventGuard(file, limits)), options);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = "YAML syntax error: " + (e.getProblem() == null ? "malformed YAML" : e.getProblem())
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : "");
            throw new SpecException(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    problem, "check the indentation and punctuation on this line and the one before it");
        } catch (YAMLException e) {
            throw new SpecException(file, 1, 1, "YAML error: " + e.getMessage(), "check the file is valid YAML");
        }
        if (node == null) {
            throw new SpecException(file, 1, 1, "the spec is empty", "start from examples/learning-app.yaml");
        }
        return new SpecNode(file, "", node);
    }

    /**
     * The tree, or the first error of guarding the whole stream, or else the error building the tree: when
     * the composer fails, the rest of the stream is still guarded, since a limit passed after that point (or a
     * syntax error there) is the error the spec gets.
     */
    private static Node compose(Guarded parser, LoaderOptions options) {
        try {
            return new Composer(parser, TEXT_ONLY, options).getSingleNode();
        } catch (RuntimeException e) {
            if (e == parser.failure) {
                throw e;
            }
            parser.drain();
            throw e;
        }
    }

    /** A parser whose every event is guarded once, when first seen, in stream order. */
    private static final class Guarded implements Parser {
        private final ParserImpl parser;
        private final EventGuard guard;
        private Event guarded;
        /** What the parser or the guard threw: the stream's own error, never to be covered by the composer's. */
        RuntimeException failure;

        Guarded(ParserImpl parser, EventGuard guard) {
            this.parser = parser;
            this.guard = guard;
        }

        @Override
        public Event peekEvent() {
            try {
                Event e = parser.peekEvent();
                if (e != null && e != guarded) {
                    guarded = e;
                    guard.accept(e);
                }
                return e;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            Event e = peekEvent();
            return e != null && e.is(id);
        }

        @Override
        public Event getEvent() {
            peekEvent();
            return parser.getEvent();
        }

        /** Guards the events the composer did not take; throws the first error among them. */
        void drain() {
            while (peekEvent() != null) {
                parser.getEvent();
            }
        }
    }
}
