package dev.cloudplan.report;

import java.util.function.Supplier;

/** The output formats, each with its renderer. */
public enum Format {
    TABLE(TableRenderer::new),
    MARKDOWN(MarkdownRenderer::new),
    JSON(JsonRenderer::new),
    CSV(CsvRenderer::new),
    HTML(HtmlRenderer::new);

    private final Supplier<Renderer> renderer;

    Format(Supplier<Renderer> renderer) {
        this.renderer = renderer;
    }

    public Renderer renderer() {
        return renderer.get();
    }
}
