package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon SNS standard topics: publish requests (each 64 KB chunk of a message is one request) and deliveries, billed
 * by the subscriber's protocol: every publish is delivered once to each subscriber. Free each month (always): 1M
 * requests, 100,000 HTTP(S) and 1,000 email deliveries (free-tier.csv).
 */
public final class SnsRule implements PricingRule<SnsRule.Config> {
    /** Configuration: publishes (null = per workload request), message size, and subscribers by protocol. */
    public record Config(BigDecimal publishes, BigDecimal publishesPerRequest, BigDecimal messageKb,
            Map<String, Integer> subscribers) implements ComponentConfig {}

    /** Subscriber setting, in the order shown, to the Price List's endpointType. */
    static final Map<String, String> PROTOCOLS = protocols();

    private static Map<String, String> protocols() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sqs_subscribers", "SQS");
        m.put("lambda_subscribers", "Lambda");
        m.put("http_subscribers", "HTTP");
        m.put("email_subscribers", "Email");
        return m;
    }

    @Override
    public String type() {
        return "sns";
    }

    @Override
    public String summary() {
        return "SNS topic: publish requests (64 KB chunks), deliveries by protocol, always-free allowances";
    }

    @Override
    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>(List.of(
                Setting.of("publishes", SettingKind.NUMBER, Setting.AUTO,
                        "messages published a month; auto = workload requests x publishes_per_request"),
                Setting.of("publishes_per_request", SettingKind.NUMBER, BigDecimal.ONE,
                        "with publishes: auto, messages per workload request"),
                Setting.of("message_size", SettingKind.KILOBYTES, BigDecimal.ONE,
                        "payload per message; each 64 KB chunk is billed as one request")));
        PROTOCOLS.forEach((setting, endpoint) -> out.add(Setting.of(setting, SettingKind.COUNT, BigDecimal.ZERO,
                endpoint + " subscriptions; each publish is delivered to every one")));
        return out;
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("publish_requests", "Requests");
        PROTOCOLS.forEach((setting, endpoint) -> keys.put(key(setting), "Notifications"));
        return keys;
    }

    /** sqs_subscribers -> sqs_deliveries. */
    private static String key(String setting) {
        return setting.replace("_subscribers", "_deliveries");
    }

    @Override
    public Config configure(Settings s) {
        Map<String, Integer> subscribers = new LinkedHashMap<>();
        PROTOCOLS.keySet().forEach(p -> subscribers.put(p, s.count(p)));
        return new Config(s.numberOrAuto("publishes"), s.number("publishes_per_request"), s.number("message_size"),
                subscribers);
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal publishes = Messages.perRequest(c.publishes(), c.publishesPerRequest(), w, "sns", "publishes");
        String published = Messages.formula(c.publishes(), c.publishesPerRequest(), w, "publishes");
        BigDecimal chunks = Messages.chunks64(c.messageKb());
        Usage usage = new Usage().put("publish_requests", publishes.multiply(chunks), published + " x "
                + Decimals.plain(chunks) + " 64 KB chunk(s) of " + Decimals.plain(c.messageKb()) + " KB");
        c.subscribers().forEach((setting, n) -> usage.put(key(setting), publishes.multiply(BigDecimal.valueOf(n)),
                published + " x " + n + " " + PROTOCOLS.get(setting) + " subscribers"));
        return usage;
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        out.add(Charge.of("Publish requests", "AmazonSNS", "requests", Attributes.NONE, "publishes",
                u.get("publish_requests"), "Requests", u.formula("publish_requests")));
        PROTOCOLS.forEach((setting, endpoint) -> {
            if (c.subscribers().get(setting) > 0) {
                out.add(Charge.of("Deliveries (" + endpoint + ")", "AmazonSNS", "deliveries",
                        Attributes.of("endpointType", endpoint), setting, u.get(key(setting)), "Notifications",
                        u.formula(key(setting))));
            }
        });
        return out;
    }
}
