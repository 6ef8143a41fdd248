package dev.cloudplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A headless Chromium driven through chromedriver's W3C WebDriver protocol (a few JSON requests on 127.0.0.1), so
 * that a test can type into the what-if page and read what it shows. Test code only; no dependency for it.
 */
final class Chrome implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String session;

    Chrome(Path chromedriver, Path chromium, Path profile, int width, int height) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        base = URI.create("http://127.0.0.1:" + port + "/");
        long until = System.nanoTime() + 20_000_000_000L;
        while (true) {
            try {
                http.send(HttpRequest.newBuilder(base.resolve("status")).build(), HttpResponse.BodyHandlers.ofString());
                break;
            } catch (IOException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
        ObjectNode caps = JSON.createObjectNode();
        ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        ObjectNode options = always.putObject("goog:chromeOptions");
        options.put("binary", chromium.toString());
        for (String a : List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                "--window-size=" + Math.max(width, 500) + "," + height,
                "--user-data-dir=" + Files.createDirectories(profile))) {
            options.withArray("args").add(a);
        }
        if (width < 500) {
            // A headless window is at least 500 px wide: a phone's width is emulated.
            options.putObject("mobileEmulation").putObject("deviceMetrics").put("width", width).put("height", height)
                    .put("pixelRatio", 1);
        }
        session = call("POST", "session", caps).get("sessionId").asText();
    }

    void open(URI url) throws Exception {
        ObjectNode b = JSON.createObjectNode().put("url", url.toString());
        call("POST", "session/" + session + "/url", b);
    }

    /** Runs {@code script} in the page (its {@code return} value as JSON). */
    JsonNode js(String script) throws Exception {
        ObjectNode b = JSON.createObjectNode().put("script", script);
        b.putArray("args");
        return call("POST", "session/" + session + "/execute/sync", b);
    }

    /** Clears the element at {@code css} and types {@code text} into it, as a user does. */
    void type(String css, String text) throws Exception {
        ObjectNode find = JSON.createObjectNode().put("using", "css selector").put("value", css);
        JsonNode found = call("POST", "session/" + session + "/element", find);
        if (found == null || found.get(ELEMENT) == null) {
            throw new AssertionError("no element " + css + ": " + found);
        }
        String el = found.get(ELEMENT).asText();
        call("POST", "session/" + session + "/element/" + el + "/clear", JSON.createObjectNode());
        call("POST", "session/" + session + "/element/" + el + "/value", JSON.createObjectNode().put("text", text));
    }

    void screenshot(Path png) throws Exception {
        String b64 = call("GET", "session/" + session + "/screenshot", null).asText();
        Files.write(png, Base64.getDecoder().decode(b64));
    }

    /** Waits up to 30 s for {@code condition}, polling. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private JsonNode call(String method, String path, JsonNode body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(r.body()).get("value");
        if (r.statusCode() != 200) {
            throw new AssertionError("webdriver " + path + ": " + r.statusCode() + " " + value);
        }
        return value;
    }

    @Override
    public void close() throws Exception {
        try {
            http.send(HttpRequest.newBuilder(base.resolve("session/" + session)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            driver.destroy();
        }
    }
}
