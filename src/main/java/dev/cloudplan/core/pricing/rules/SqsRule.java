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
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Amazon SQS queues: requests in graduated tiers, Standard or FIFO. Every API action is a request, and each
 * started 64 KB of payload counts as one request: a 256 KB message sent is 4 requests. A message costs a send and a
 * receive (each per 64 KB chunk) and a delete. The first million requests a month are free for the whole account.
 */
public final class SqsRule implements PricingRule<SqsRule.Config> {
    /** Configuration of a queue. */
    public record Config(String queueType, BigDecimal messagesPerRequest, BigDecimal messageSizeKb)
            implements ComponentConfig {}

    static final BigDecimal CHUNK_KB = new BigDecimal("64");

    @Override
    public String type() {
        return "sqs";
    }

    @Override
    public String summary() {
        return "SQS queue (Standard or FIFO): requests per started 64 KB, graduated tiers, 1M free a month";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("queue_type", "standard", List.of("standard", "fifo"), "standard or fifo"),
                Setting.of("messages_per_request", SettingKind.NUMBER, BigDecimal.ONE,
                        "messages queued per workload request"),
                Setting.of("message_size", SettingKind.KILOBYTES, BigDecimal.ONE, "average message payload"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("requests", "Requests");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("queue_type"), s.number("messages_per_request"), s.number("message_size"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal requests = w.get(Driver.REQUESTS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS, "an sqs component"));
        BigDecimal chunks = c.messageSizeKb().divide(CHUNK_KB, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
        BigDecimal messages = requests.multiply(c.messagesPerRequest());
        assumptions.add("SQS: each message is sent, received and deleted one at a time (send and receive billed per"
                + " started 64 KB of payload, delete as one request); batching or empty receives change this.");
        BigDecimal perMessage = chunks.multiply(new BigDecimal("2")).add(BigDecimal.ONE);
        return new Usage().put("requests", messages.multiply(perMessage), Decimals.plain(messages)
                + " messages x (send + receive: 2 x " + chunks + " chunk(s) of 64 KB + delete: 1)");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        String queueType = c.queueType().equals("fifo") ? "FIFO" : "Standard";
        return List.of(Charge.of("Requests (" + queueType + ")", "AWSQueueService", "requests",
                Attributes.of("queueType", queueType), "queue_type", u.get("requests"), "Requests", u.formula("requests")));
    }
}
