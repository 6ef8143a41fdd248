package dev.cloudplan.report;

/** Turns a report into one output format. */
public interface Renderer {
    String render(Report report, RenderOptions options);
}
