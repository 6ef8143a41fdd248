package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Break-evens solved by {@code sweep} against crossings worked out here by hand from the bundled catalog's prices
 * (us-east-1, no account: always-free offers only), then checked against the architectures' own month-2 totals
 * from {@code compare} with the workload written at the solved value.
 */
class BreakEvenTest {
    // catalog-src/transcribed/AmazonApiGateway.csv: HTTP API requests, 0-300M at 0.000001, above at 0.0000009.
    static final BigDecimal HTTP_FIRST = new BigDecimal("0.000001");
    static final BigDecimal HTTP_ABOVE = new BigDecimal("0.0000009");
    static final BigDecimal HTTP_TIER = new BigDecimal("300000000");
    // catalog-src/transcribed/AWSLambda.csv (x86_64): 0.0000002 a request, 0.0000166667 a GB-second (first tier);
    // catalog-src/free-tier.csv: 1M requests and 400,000 GB-seconds always free.
    static final BigDecimal LAMBDA_REQUEST = new BigDecimal("0.0000002");
    static final BigDecimal LAMBDA_GB_SECOND = new BigDecimal("0.0000166667");
    static final BigDecimal LAMBDA_GB_SECONDS_PER_REQUEST = new BigDecimal("0.0125"); // 128 MB = 0.125 GB x 0.1 s
    static final MathContext MC = MathContext.DECIMAL64;

    @TempDir
    Path tmp;

    static String platform(String monthly) {
        return "  - name: platform\n    components:\n      - {name: platform, type: stated-price, label: PaaS plan,"
                + " monthly: " + monthly + " USD/month}\n";
    }

    static final String HTTP_API = "  - name: http-api\n    components:\n      - {name: api, type: api-gateway, api: http}\n";
    static final String LAMBDA = "  - name: functions\n    components:\n      - {name: fn, type: lambda, memory: 128 MB,"
            + " duration: 100 ms}\n";

    /** (c - a) / (b - d) for costs a + b x (the platform: a the plan, b = 0) and c + d x. */
    static BigDecimal crossing(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        return c.subtract(a).divide(b.subtract(d), MC);
    }

    static Stream<Arguments> cases() {
        // Lambda: (x - 1M) x 0.0000002 + (x x 0.0125 - 400,000) x 0.0000166667 = c + d x.
        BigDecimal lambdaC = LAMBDA_REQUEST.multiply(new BigDecimal("1000000")).add(LAMBDA_GB_SECOND
                .multiply(new BigDecimal("400000"))).negate();
        BigDecimal lambdaD = LAMBDA_REQUEST.add(LAMBDA_GB_SECOND.multiply(LAMBDA_GB_SECONDS_PER_REQUEST));
        // Above 300M the HTTP API is 300 USD + 0.0000009 a request beyond 300M: c = 300 - 300M x 0.0000009.
        BigDecimal httpAboveC = HTTP_FIRST.multiply(HTTP_TIER).subtract(HTTP_ABOVE.multiply(HTTP_TIER));
        return Stream.of(
                Arguments.of("50 USD plan vs HTTP API", platform("50") + HTTP_API, "requests=1M..200M",
                        crossing(new BigDecimal("50"), BigDecimal.ZERO, BigDecimal.ZERO, HTTP_FIRST), "http-api",
                        "platform"),
                Arguments.of("123.45 USD plan vs HTTP API", platform("123.45") + HTTP_API, "requests=10M..1B",
                        crossing(new BigDecimal("123.45"), BigDecimal.ZERO, BigDecimal.ZERO, HTTP_FIRST), "http-api",
                        "platform"),
                Arguments.of("400 USD plan vs HTTP API, above its 300M tier", platform("400") + HTTP_API,
                        "requests=100M..1B", crossing(new BigDecimal("400"), BigDecimal.ZERO, httpAboveC, HTTP_ABOVE),
                        "http-api", "platform"),
                Arguments.of("20 USD plan vs Lambda past its free tier", platform("20") + LAMBDA, "requests=1M..500M",
                        crossing(new BigDecimal("20"), BigDecimal.ZERO, lambdaC, lambdaD), "functions", "platform"));
    }

    static String spec(String architectures, String requests) {
        return "name: break-even\nregion: us-east-1\nhorizon: 2 months\nstart: 2027-01\nworkload:\n  requests: "
                + requests + "\narchitectures:\n" + architectures;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sweep_solvesTheCrossingWorkedOutFromCatalogPrices(String name, String architectures, String vary,
            BigDecimal expected, String cheaperBelow, String cheaperAbove) throws IOException {
        Path file = Cli.writeSpec(tmp, spec(architectures, "10M/month"));
        Cli.Result r = run("sweep", file.toString(), "--vary", vary, "--log", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode pair = new ObjectMapper().readTree(r.out()).get("break_even").get("pairs").get(0);
        assertThat(pair.get("crossings")).hasSize(1);
        JsonNode crossing = pair.get("crossings").get(0);
        BigDecimal solved = crossing.get("value").decimalValue();
        // Solved to 1 request a month.
        assertThat(solved.subtract(expected).abs()).as("solved %s, worked out %s", solved, expected)
                .isLessThanOrEqualTo(BigDecimal.ONE);
        assertThat(crossing.get("cheaper_below").asText()).isEqualTo(cheaperBelow);
        assertThat(crossing.get("cheaper_above").asText()).isEqualTo(cheaperAbove);

        // The architectures' own totals at the solved value differ by at most a cent.
        Path at = tmp.resolve("at.yaml");
        Files.writeString(at, spec(architectures, solved.setScale(0, RoundingMode.HALF_UP).toPlainString() + "/month"));
        Cli.Result compare = run("compare", at.toString(), "--format", "json");
        assertThat(compare.code()).as(compare.err()).isZero();
        BigDecimal[] month2 = new BigDecimal[2];
        for (JsonNode a : new ObjectMapper().readTree(compare.out()).get("architectures")) {
            BigDecimal total = new BigDecimal(a.get("months").get(1).get("total").asText());
            month2[a.get("name").asText().equals(cheaperBelow) ? 0 : 1] = total;
        }
        assertThat(month2[0].subtract(month2[1]).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }
}
