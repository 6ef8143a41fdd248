package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog update} against a Price List served from fixture files by a server on 127.0.0.1 that the
 * test starts: index, region index, offer files, Range requests, errors and silence. No test touches the network.
 */
class CatalogUpdateTest {
    static final Path OFFERS = Path.of("src/test/resources/pricelist/offers");
    static final String VPC_URL = "/offers/v1.0/aws/AmazonVPC/20261101000000/us-east-1/index.json";
    static final String EC2_URL = "/offers/v1.0/aws/AmazonEC2/20261101000000/us-east-1/index.json";

    @TempDir
    Path home;

    HttpServer server;
    final List<String> ranges = new CopyOnWriteArrayList<>();
    volatile int delayMillis;
    volatile int failWith;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, String> index = Map.of(
                "/offers/v1.0/aws/index.json", """
                        {"formatVersion":"v1.0","publicationDate":"2026-11-20T00:00:00Z","offers":{
                          "AmazonVPC":{"offerCode":"AmazonVPC","currentRegionIndexUrl":"/offers/v1.0/aws/AmazonVPC/current/region_index.json"},
                          "AmazonEC2":{"offerCode":"AmazonEC2","currentRegionIndexUrl":"/offers/v1.0/aws/AmazonEC2/current/region_index.json"}}}
                        """,
                "/offers/v1.0/aws/AmazonVPC/current/region_index.json", """
                        {"regions":{"us-east-1":{"regionCode":"us-east-1","currentVersionUrl":"%s"}}}
                        """.formatted(VPC_URL),
                "/offers/v1.0/aws/AmazonEC2/current/region_index.json", """
                        {"regions":{"us-east-1":{"regionCode":"us-east-1","currentVersionUrl":"%s"},
                                    "eu-west-1":{"regionCode":"eu-west-1","currentVersionUrl":"/nowhere"}}}
                        """.formatted(EC2_URL));
        server.createContext("/", exchange -> {
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                if (failWith > 0) {
                    exchange.sendResponseHeaders(failWith, -1);
                    return;
                }
                String path = exchange.getRequestURI().getPath();
                byte[] body;
                if (index.containsKey(path)) {
                    body = index.get(path).getBytes(StandardCharsets.UTF_8);
                } else if (path.equals(VPC_URL)) {
                    body = Files.readAllBytes(OFFERS.resolve("AmazonVPC-us-east-1.json"));
                } else if (path.equals(EC2_URL)) {
                    body = Files.readAllBytes(OFFERS.resolve("AmazonEC2-us-east-1.json"));
                } else {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                serve(exchange, body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** Answers a Range request with 206 and the rest of the file, as S3/CloudFront do. */
    private void serve(HttpExchange exchange, byte[] body) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        int from = 0;
        if (range != null) {
            ranges.add(range);
            from = Integer.parseInt(range.replace("bytes=", "").replace("-", ""));
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
        }
        exchange.sendResponseHeaders(range == null ? 200 : 206, body.length - from);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, from, body.length - from);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Cli.Result run(String... args) {
        return Cli.run(Fixtures.environment(home), args);
    }

    Path catalogs() {
        return home.resolve(".cloudplan").resolve("catalogs");
    }

    @Test
    void update_downloadsTheCurrentOfferFiles_andImportsThem() throws IOException {
        Cli.Result r = run("catalog", "update", "--services", "AmazonVPC,AmazonEC2", "--regions", "us-east-1",
                "--endpoint", endpoint());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("downloading AmazonVPC us-east-1", "downloaded AmazonEC2 us-east-1");
        assertThat(r.out()).contains("Catalog '2026-12-01' written", "now active");
        String vpc = Files.readString(catalogs().resolve("2026-12-01").resolve("AmazonVPC.csv"));
        assertThat(vpc).contains(endpoint() + VPC_URL, "VPCIPV4INUSE");

        // A second update finds the same versions already downloaded and does not fetch them again.
        Cli.Result again = run("catalog", "update", "--services", "AmazonVPC", "--regions", "us-east-1", "--endpoint", endpoint());
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("already downloaded");
    }

    @Test
    void update_resumesAPartialDownload_withARangeRequest() throws IOException {
        byte[] full = Files.readAllBytes(OFFERS.resolve("AmazonVPC-us-east-1.json"));
        Path part = catalogs().resolve(".downloads").resolve(VPC_URL.substring(1) + ".part");
        Files.createDirectories(part.getParent());
        Files.write(part, java.util.Arrays.copyOf(full, 100));
        Cli.Result r = run("catalog", "update", "--services", "AmazonVPC", "--regions", "us-east-1", "--endpoint", endpoint());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(ranges).containsExactly("bytes=100-");
        assertThat(r.err()).contains("resuming at 0.0 MB");
        assertThat(Files.readAllBytes(part.resolveSibling("index.json"))).isEqualTo(full);
        assertThat(part).doesNotExist();
    }

    @Test
    void offline_exitsWith5_saysSo_andChangesNothing() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        Cli.Result r = run("catalog", "update", "--endpoint", "http://127.0.0.1:" + closed, "--timeout", "2");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("cannot reach 127.0.0.1", "offline", "cloudplan catalog import").doesNotContain("\tat ");
        assertThat(catalogs().resolve("active")).doesNotExist();
    }

    @Test
    void silentServer_timesOut() {
        delayMillis = 3000;
        Cli.Result r = run("catalog", "update", "--services", "AmazonVPC", "--endpoint", endpoint(), "--timeout", "1");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("no answer from 127.0.0.1 within 1 s");
    }

    @Test
    void serverError_isReportedWithTheStatus() {
        failWith = 503;
        Cli.Result r = run("catalog", "update", "--services", "AmazonVPC", "--endpoint", endpoint());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("HTTP 503");
    }

    @Test
    void regionTheServiceLacks_andServiceCloudplanDoesNotPrice_areExplained() {
        Cli.Result lacking = run("catalog", "update", "--services", "AmazonVPC", "--regions", "ap-south-1", "--endpoint",
                endpoint());
        assertThat(lacking.code()).isEqualTo(5);
        assertThat(lacking.err()).contains("AmazonVPC has no offer file for ap-south-1", "us-east-1");
        Cli.Result unknown = run("catalog", "update", "--services", "AmazonKinesis", "--endpoint", endpoint());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("cloudplan prices no service 'AmazonKinesis'", "AmazonEC2");
    }
}
