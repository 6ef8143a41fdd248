package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon API Gateway: HTTP and REST APIs per request (graduated tiers), WebSocket APIs per message and
 * connection minute. HTTP APIs meter each request per started 512 KB (a 600 KB request counts twice);
 * WebSocket messages per started 32 KB.
 */
public final class ApiGatewayRule implements PricingRule<ApiGatewayRule.Config> {
    private static final BigDecimal HTTP_INCREMENT_KB = new BigDecimal("512");
    private static final BigDecimal WEBSOCKET_INCREMENT_KB = new BigDecimal("32");
    private static final BigDecimal MINUTES_PER_MONTH = new BigDecimal("43800");

    /** Configuration of one API. */
    public record Config(String apiType) implements ComponentConfig {
        String catalogType() {
            return switch (apiType) {
                case "rest" -> "REST";
                case "websocket" -> "WebSocket";
                default -> "HTTP";
            };
        }
    }

    @Override
    public String type() {
        return "api-gateway";
    }

    @Override
    public String summary() {
        return "API Gateway: HTTP or REST requests, WebSocket messages and connection minutes";
    }

    @Override
    public List<Setting> settings() {
        return List.of(Setting.choice("api", "http", List.of("http", "rest", "websocket"), "API type"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("requests", "Requests");
        keys.put("messages", "Messages");
        keys.put("connection_minutes", "Minutes");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("api"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal requests = w.get(Driver.REQUESTS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS, "an api-gateway component"));
        BigDecimal sizeKb = w.get(Driver.REQUEST_SIZE).orElseGet(() -> {
            assumptions.add("API request size: workload.request_size not given; assumed 1 KB (one metering increment).");
            return BigDecimal.ONE;
        });
        Usage usage = new Usage();
        switch (c.apiType()) {
            case "websocket" -> {
                BigDecimal perMessage = increments(sizeKb, WEBSOCKET_INCREMENT_KB);
                BigDecimal concurrent = w.get(Driver.CONCURRENT_USERS).orElseThrow(
                        () -> new MissingWorkloadException(Driver.CONCURRENT_USERS, "a websocket api-gateway component"));
                usage.put("messages", requests.multiply(perMessage), Decimals.plain(requests) + " messages x "
                        + perMessage.toPlainString() + " (per started 32 KB)");
                usage.put("connection_minutes", concurrent.multiply(MINUTES_PER_MONTH),
                        Decimals.plain(concurrent) + " concurrent connections x 43,800 min (730 h)");
                usage.put("requests", BigDecimal.ZERO, "websocket APIs bill messages, not requests");
            }
            case "http" -> {
                BigDecimal perRequest = increments(sizeKb, HTTP_INCREMENT_KB);
                usage.put("requests", requests.multiply(perRequest), Decimals.plain(requests) + " requests x "
                        + perRequest.toPlainString() + " (per started 512 KB)");
            }
            default -> usage.put("requests", requests, Decimals.plain(requests) + " requests");
        }
        return usage;
    }

    private static BigDecimal increments(BigDecimal sizeKb, BigDecimal incrementKb) {
        return sizeKb.divide(incrementKb, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        Attributes a = Attributes.of("apiType", c.catalogType());
        if (c.apiType().equals("websocket")) {
            return List.of(
                    Charge.of("WebSocket messages", "AmazonApiGateway", "messages", a, "api", u.get("messages"), "Messages",
                            u.formula("messages")),
                    Charge.of("WebSocket connection minutes", "AmazonApiGateway", "connection-minutes", a, "api",
                            u.get("connection_minutes"), "Minutes", u.formula("connection_minutes")));
        }
        return List.of(Charge.of(c.catalogType() + " API requests", "AmazonApiGateway", "requests", a, "api",
                u.get("requests"), "Requests", u.formula("requests")));
    }
}
