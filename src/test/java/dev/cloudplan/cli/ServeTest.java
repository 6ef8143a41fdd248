package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.Fixtures;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if server's request handling, against a server the test starts on 127.0.0.1 (docs/serve.md). */
class ServeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARCH_TYPE = "architectures.ec2-rds-mysql.app.instance_type";

    @TempDir
    Path tmp;
    Path dir;
    String original;
    Served served;

    @BeforeEach
    void serve() throws Exception {
        dir = Files.createDirectories(tmp.resolve("here"));
        original = Files.readString(Path.of("examples/learning-app.yaml"));
        Files.writeString(dir.resolve("spec.yaml"), original);
        served = new Served(env(dir), "spec.yaml");
    }

    @AfterEach
    void stop() {
        served.close();
    }

    private static Environment env(Path dir) {
        Environment f = Fixtures.environment();
        return new Environment(f.clock(), Map.of(), f.userHome(), false, dir);
    }

    @Test
    void page_hasTheReport_andALabelledFieldForEachDriverAndSetting() {
        assertThat(served.server.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(served.page).contains("<h2>Side by side</h2>", "<svg id=\"cumulative\"")
                .contains("data-id=\"workload.requests\"", "data-id=\"" + ARCH_TYPE + "\"", "data-id=\"budget\"")
                .contains("value=\"100M/month\"", "value=\"t4g.medium\"", "(requests/month)")
                .containsPattern("<label for=\"f\\d+\">requests <span class=\"unit\">")
                .contains("type=\"range\"").doesNotContain("src=\"http");
    }

    @Test
    void anEdit_givesTheReportTheCommandLineGivesForTheEditedFile() throws Exception {
        HttpResponse<String> r = served.post("api/recompute", "{\"texts\": {\"" + ARCH_TYPE + "\": \"t4g.large\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        String edited = original.replaceFirst("instance_type: t4g.medium", "instance_type: t4g.large");
        Path other = Files.createDirectories(tmp.resolve("cli"));
        Files.writeString(other.resolve("spec.yaml"), edited);
        Cli.Result cli = Cli.run(env(other), "compare", "spec.yaml", "--format", "html");
        assertThat(cli.code()).isZero();
        String main = cli.out().substring(cli.out().indexOf("<main>\n") + 7, cli.out().indexOf("</main>"));
        assertThat(r.body()).isEqualTo(main).contains("t4g.large");
        JsonNode values = JSON.readTree(r.headers().firstValue("X-Cloudplan-Values").orElseThrow()).get("values");
        assertThat(values.get(ARCH_TYPE).asText()).isEqualTo("t4g.large");
    }

    /** llm-chat states a price of its own: the catalog with it merged in is kept between edits, and stays right. */
    @Test
    void aSpecWithItsOwnPrices_answersEachEditAsTheCommandLine() throws Exception {
        Path here = Files.createDirectories(tmp.resolve("llm"));
        String llm = Files.readString(Path.of("examples/llm-chat.yaml"));
        Files.writeString(here.resolve("spec.yaml"), llm);
        try (Served s = new Served(env(here), "spec.yaml")) {
            for (String item : new String[] {"4 KB", "1 KB", "4 KB"}) {
                HttpResponse<String> r = s.post("api/recompute", "{\"texts\": {\"workload.database.item_size\": \""
                        + item + "\"}}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                Path other = Files.createDirectories(tmp.resolve("llm-cli-" + item.replace(' ', '-')));
                Files.writeString(other.resolve("spec.yaml"), llm.replace("item_size: 2 KB", "item_size: " + item));
                Cli.Result cli = Cli.run(env(other), "compare", "spec.yaml", "--format", "html");
                assertThat(cli.code()).as(cli.err()).isZero();
                String main = cli.out().substring(cli.out().indexOf("<main>\n") + 7, cli.out().indexOf("</main>"));
                assertThat(r.body()).isEqualTo(main).contains("pitr-backup");
            }
        }
    }

    @Test
    void aSliderStep_multipliesTheSpecsValue() throws Exception {
        // step 4 of 20 a decade: 10^(4/20) = 1.585 -> x1.6 (two digits); 100M x 1.6 = 160M
        HttpResponse<String> r = served.post("api/recompute", "{\"steps\": {\"workload.requests\": 4}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.headers().firstValue("X-Cloudplan-Values").orElseThrow()).get("values")
                .get("workload.requests").asText()).isEqualTo("160M/month");
        assertThat(r.body()).contains("160,000,000");
    }

    @Test
    void aBadValue_getsTheCommandLinesMessage_atItsField() throws Exception {
        // field, value, and the same edit made to the file by hand
        for (String[] bad : new String[][] {{"workload.requests", "abc", "requests: 100M/month", "requests: abc"},
            {"workload.egress", "500 GB/week", "egress: 500 GB/month", "egress: 500 GB/week"},
            {ARCH_TYPE, "t4g.huge", "instance_type: t4g.medium", "instance_type: t4g.huge"},
            {"budget", "-5 USD/year", "budget: 1,100 USD/year", "budget: -5 USD/year"},
            {"horizon", "999 months", "horizon: 12 months", "horizon: 999 months"}}) {
            HttpResponse<String> r = served.post("api/recompute", "{\"texts\": {\"" + bad[0] + "\": \"" + bad[1] + "\"}}");
            assertThat(r.statusCode()).as(bad[1]).isEqualTo(422);
            JsonNode e = JSON.readTree(r.body()).get("errors").get(0);
            assertThat(e.get("field").asText()).as(bad[1]).isEqualTo(bad[0]);
            Path other = Files.createDirectories(tmp.resolve("cli-" + bad[0]));
            Files.writeString(other.resolve("spec.yaml"), original.replaceFirst(bad[2], bad[3]));
            Cli.Result cli = Cli.run(env(other), "compare", "spec.yaml");
            assertThat(cli.code()).isEqualTo(Main.BAD_INPUT);
            assertThat("error: " + e.get("message").asText() + "\n").isEqualTo(cli.err());
        }
    }

    @Test
    void aValueThatIsNotOneValue_isRefused_withoutTouchingOtherSettings() throws Exception {
        HttpResponse<String> r = served.post("api/recompute",
                "{\"texts\": {\"architectures.serverless.api.api\": \"http, memory: 1 GB\"}}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("not one value", "architectures.serverless.api.api");
        r = served.post("api/recompute", "{\"texts\": {\"workload.requests\": \"1M\\nfoo: 1\"}}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("line break");
    }

    @Test
    void badRequests_getTheirStatus_andTheServerServesOn() throws Exception {
        String big = "{\"texts\": {\"workload.requests\": \"" + "1".repeat(70_000) + "\"}}";
        assertThat(served.post("api/recompute", big).statusCode()).isEqualTo(413);
        assertThat(served.post("api/recompute", "{\"texts\": ").statusCode()).isEqualTo(400);
        assertThat(served.post("api/recompute", "[1, 2]").statusCode()).isEqualTo(400);
        assertThat(served.post("api/recompute", "{\"texts\": {\"workload.requests\": 5}}").statusCode()).isEqualTo(400);
        assertThat(served.post("api/recompute", "{\"steps\": {\"workload.requests\": 99}}").statusCode()).isEqualTo(422);
        assertThat(served.post("api/recompute", "{\"texts\": {\"nowhere\": \"1\"}}").statusCode()).isEqualTo(400);
        assertThat(served.post("api/recompute", "{\"evil\": 1}").statusCode()).isEqualTo(400);
        assertThat(served.post("nope", "{}").statusCode()).isEqualTo(404);
        HttpResponse<String> get = served.http.send(HttpRequest.newBuilder(served.uri("api/recompute")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> noToken = served.http.send(HttpRequest.newBuilder(served.uri("api/recompute"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> form = served.http.send(HttpRequest.newBuilder(served.uri("api/recompute"))
                .header("Content-Type", "text/plain").header("X-Cloudplan-Token", served.token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        HttpResponse<String> elsewhere = served.http.send(HttpRequest.newBuilder(served.uri("api/recompute"))
                .header("Content-Type", "application/json").header("X-Cloudplan-Token", served.token)
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(raw("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n")).startsWith("HTTP/1.1 421");
        raw("NOT HTTP AT ALL\r\n\r\n");
        raw("POST /api/recompute HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 999999999999\r\n\r\n{");
        raw("POST /api/recompute HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n\r\n{");
        for (HttpResponse<String> r : new HttpResponse[] {served.post("api/recompute", "{}"),
            served.post("api/recompute", "{\"steps\": {\"workload.egress\": -3}}")}) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Side by side").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(served.log.toString()).isEmpty();
    }

    /** Sends bytes on a socket of its own and returns what came back before the server closed or 2 s passed. */
    private String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", served.server.uri().getPort())) {
            s.setSoTimeout(2_000);
            OutputStream out = s.getOutputStream();
            out.write(request.replace("Host: 127.0.0.1", "Host: 127.0.0.1:" + served.server.uri().getPort())
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (java.net.SocketTimeoutException e) {
                return "";
            }
        }
    }

    @Test
    void saveAs_writesTheEditedSpec_keepingEverythingElse() throws Exception {
        HttpResponse<String> r = served.post("api/save", "{\"texts\": {\"" + ARCH_TYPE + "\": \"t4g.large\"},"
                + " \"steps\": {\"workload.requests\": 4}, \"path\": \"what-if.yaml\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String expected = original.replaceFirst("instance_type: t4g.medium", "instance_type: t4g.large")
                .replace("requests: 100M/month", "requests: 160M/month");
        assertThat(Files.readString(dir.resolve("what-if.yaml"))).isEqualTo(expected);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("spec.yaml", "what-if.yaml");
        }
    }

    @Test
    void saveAs_neverReplacesAFile_unlessTheRequestSaysSo() throws Exception {
        Files.writeString(dir.resolve("mine.yaml"), "keep me\n");
        String edit = "{\"steps\": {\"workload.egress\": 2}, \"path\": \"%s\"%s}";
        HttpResponse<String> r = served.post("api/save", String.format(edit, "mine.yaml", ""));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(r.body()).get("original").asBoolean()).isFalse();
        assertThat(Files.readString(dir.resolve("mine.yaml"))).isEqualTo("keep me\n");
        r = served.post("api/save", String.format(edit, "spec.yaml", ""));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(r.body()).get("original").asBoolean()).isTrue();
        assertThat(Files.readString(dir.resolve("spec.yaml"))).isEqualTo(original);
        r = served.post("api/save", String.format(edit, "mine.yaml", ", \"overwrite\": true"));
        assertThat(r.statusCode()).isEqualTo(201);
        // egress 500 GB/month x 10^(2/20) = x1.3 (1.2589 to two digits) = 650 GB/month
        assertThat(Files.readString(dir.resolve("mine.yaml"))).isEqualTo(original.replace("egress: 500 GB/month",
                "egress: 650 GB/month"));
    }

    @Test
    void saveAs_refusesAnInvalidSpec_andANameThatIsNotYaml() throws Exception {
        HttpResponse<String> r = served.post("api/save", "{\"texts\": {\"workload.requests\": \"lots\"}, \"path\": \"x.yaml\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(served.post("api/save", "{\"path\": \"x.txt\"}").statusCode()).isEqualTo(400);
        assertThat(served.post("api/save", "{\"path\": \"no-such-folder/x.yaml\"}").statusCode()).isEqualTo(400);
        assertThat(served.post("api/save", "{}").statusCode()).isEqualTo(400);
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void aSpecWithAMistake_isRefusedAtStart_asCompareRefusesIt() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), original.replace("requests: 100M/month", "requests: many"));
        Cli.Result serve = Cli.run(env(dir), "serve", "bad.yaml", "--port", "0");
        Cli.Result compare = Cli.run(env(dir), "compare", "bad.yaml");
        assertThat(serve.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(serve.err()).isEqualTo(compare.err()).contains("bad.yaml:13:13");
        assertThat(Cli.run(env(dir), "serve", "spec.yaml", "--port", "70000").err()).contains("--port 70000 is not a port");
    }

    @Test
    void help_showsTheDefaults_andExamples() {
        Cli.Result r = Cli.run(env(dir), "serve", "--help");
        assertThat(r.out()).contains("--port=PORT", "8631)", "default: 127.0.0.1",
                "cloudplan serve examples/learning-app.yaml");
    }
}
