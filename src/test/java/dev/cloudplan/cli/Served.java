package dev.cloudplan.cli;

import dev.cloudplan.web.WhatIfServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A what-if server a test starts on 127.0.0.1 with any free port, through the serve command's own start. */
final class Served implements AutoCloseable {
    final WhatIfServer server;
    final StringWriter log = new StringWriter();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final String token;
    final String page;

    /** Serves {@code spec} (a path relative to {@code env}'s folder, as a user would type it). */
    Served(Environment env, String spec) throws IOException, InterruptedException {
        ServeCommand c = new ServeCommand(env);
        c.specFile = Path.of(spec);
        c.port = 0;
        c.host = "127.0.0.1";
        c.threads = 4;
        c.catalogOptions = new CatalogOptions();
        server = c.start(new PrintWriter(log, true));
        page = http.send(HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("data-token=\"([0-9a-f]+)\"").matcher(page);
        token = m.find() ? m.group(1) : null;
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    /** A POST as the page sends it: JSON with the page's token. */
    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-Cloudplan-Token", token).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
