package dev.cloudplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Of the requests the server handles at once, only its recompute threads recompute at once (docs/serve.md). */
class RecomputeThreadsTest {
    @Test
    void sixRequestsAtOnce_onTwoRecomputeThreads_neverRecomputeMoreThanTwoAtOnce() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        Engine slow = text -> {
            int n = now.incrementAndGet();
            most.accumulateAndGet(n, Math::max);
            calls.incrementAndGet();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
            return "<p>report</p>";
        };
        String spec = Files.readString(Path.of("examples/learning-app.yaml"));
        var config = new WhatIfServer.Config("127.0.0.1", 0, 6, 2, "spec.yaml", Path.of("spec.yaml"), Path.of("."));
        try (WhatIfServer server = WhatIfServer.start(config, spec, slow, new PrintWriter(new StringWriter()))) {
            most.set(0); // the page's own report, rendered at start
            HttpClient http = HttpClient.newHttpClient();
            String page = http.send(HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher token = Pattern.compile("data-token=\"([0-9a-f]+)\"").matcher(page);
            assertThat(token.find()).isTrue();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int step = 1; step <= 6; step++) { // six different edits: none waits for another's answer
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.uri() + "api/recompute"))
                        .header("Content-Type", "application/json").header("X-Cloudplan-Token", token.group(1))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"steps\": {\"workload.requests\": " + step + "}}"))
                        .build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> a : answers) {
                assertThat(a.get().statusCode()).isEqualTo(200);
                assertThat(a.get().body()).isEqualTo("<p>report</p>");
            }
            assertThat(calls.get()).isEqualTo(1 + 6);
            assertThat(most.get()).isEqualTo(2);
        }
    }
}
