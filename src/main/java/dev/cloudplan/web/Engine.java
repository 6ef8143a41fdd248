package dev.cloudplan.web;

/** Prices a spec's text as {@code compare} does and renders the report part of the page; the server's one way in. */
@FunctionalInterface
public interface Engine {
    /**
     * The HTML report of {@code specText} (what the report page's {@code <main>} holds); a value the spec reader
     * refuses is a {@link dev.cloudplan.spec.SpecException}, with the message the command line would print.
     */
    String report(String specText);
}
