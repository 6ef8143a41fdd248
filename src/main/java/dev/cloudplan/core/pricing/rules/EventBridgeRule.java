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
import java.util.List;
import java.util.Map;

/**
 * Amazon EventBridge event buses: custom events published, each 64 KB chunk of an event's payload billed as one event
 * (EventBridge pricing page). Events AWS services emit to the default bus are not charged.
 */
public final class EventBridgeRule implements PricingRule<EventBridgeRule.Config> {
    /** Configuration: custom events a month (null = per workload request) and their size. */
    public record Config(BigDecimal events, BigDecimal eventsPerRequest, BigDecimal eventKb) implements ComponentConfig {}

    @Override
    public String type() {
        return "eventbridge";
    }

    @Override
    public String summary() {
        return "EventBridge: custom events published, per 64 KB chunk";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("events", SettingKind.NUMBER, Setting.AUTO,
                        "custom events published a month; auto = workload requests x events_per_request"),
                Setting.of("events_per_request", SettingKind.NUMBER, BigDecimal.ONE, "with events: auto, events per request"),
                Setting.of("event_size", SettingKind.KILOBYTES, BigDecimal.ONE,
                        "payload per event; each 64 KB chunk is billed as one event"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("event_chunks", "64K-Chunks");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.numberOrAuto("events"), s.number("events_per_request"), s.number("event_size"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal events = Messages.perRequest(c.events(), c.eventsPerRequest(), w, "eventbridge", "events");
        BigDecimal chunks = Messages.chunks64(c.eventKb());
        return new Usage().put("event_chunks", events.multiply(chunks), Messages.formula(c.events(), c.eventsPerRequest(),
                w, "events") + " x " + Decimals.plain(chunks) + " 64 KB chunk(s) of " + Decimals.plain(c.eventKb()) + " KB");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(Charge.of("Custom events published", "AWSEvents", "custom-events", Attributes.NONE, "events",
                u.get("event_chunks"), "64K-Chunks", u.formula("event_chunks")));
    }
}
