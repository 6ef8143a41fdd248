package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.DIVISION;
import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;
import static dev.cloudplan.core.pricing.rules.LoadBalancerTraffic.show;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Network Load Balancers: load-balancer-hours and NLB capacity units (NLCU) per hour. An hour's NLCUs are the MAXIMUM
 * of three dimensions, for the listener's protocol (TCP, UDP or TLS): new connections (or flows) per second, active
 * connections or flows (sampled per minute), and processed GB per hour. What one NLCU contains for each protocol is
 * limits.csv's {@code nlb.nlcu.<protocol>.*} rows (the ELB pricing page), bound when the spec is read. An
 * internet-facing NLB holds a public IPv4 address per node (per AZ).
 */
public final class NlbRule implements PricingRule<NlbRule.Config> {
    private static final String NLCU = "nlb.nlcu.";

    /** Configuration of the load balancers; null fields are {@code auto}; {@code perNlcu} is null until bound. */
    public record Config(int count, String protocol, BigDecimal requestsPerConnection, BigDecimal activeConnections,
            BigDecimal processedGb, boolean nlcus, int publicIpv4, PerNlcu perNlcu) implements ComponentConfig {
        /** As read from the settings, before the protocol's NLCU dimensions are bound. */
        public Config(int count, String protocol, BigDecimal requestsPerConnection, BigDecimal activeConnections,
                BigDecimal processedGb, boolean nlcus, int publicIpv4) {
            this(count, protocol, requestsPerConnection, activeConnections, processedGb, nlcus, publicIpv4, null);
        }
    }

    /** What one NLCU contains for a protocol, with the page the figures come from. */
    public record PerNlcu(BigDecimal newConnectionsPerSecond, BigDecimal activeConnections, BigDecimal gbPerHour,
            String source) {}

    @Override
    public Config bound(Config c, dev.cloudplan.core.pricing.RuleData data) {
        String key = NLCU + c.protocol() + ".";
        dev.cloudplan.core.capacity.Limit added = data.limit(key + "new-per-second");
        return new Config(c.count(), c.protocol(), c.requestsPerConnection(), c.activeConnections(), c.processedGb(),
                c.nlcus(), c.publicIpv4(), new PerNlcu(added.value(), data.limit(key + "active").value(),
                data.limit(key + "gb-per-hour").value(), "limits.csv " + key + "*: " + added.source()));
    }

    @Override
    public String type() {
        return "nlb";
    }

    @Override
    public String summary() {
        return "Network Load Balancer: hours, NLCU-hours (max of three dimensions by protocol), public IPv4 per node";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                LoadBalancerTraffic.COUNT,
                Setting.choice("listener", "tcp", List.of("tcp", "udp", "tls"),
                        "tcp (800 new connections/s, 100,000 active, 1 GB/h per NLCU), udp (400 new flows/s, 50,000"
                        + " active flows, 1 GB/h) or tls (50, 3,000, 1 GB/h)"),
                LoadBalancerTraffic.REQUESTS_PER_CONNECTION,
                LoadBalancerTraffic.activeConnections(SettingKind.NUMBER),
                LoadBalancerTraffic.PROCESSED,
                Setting.of("nlcus", SettingKind.BOOLEAN, Boolean.TRUE, "bill NLB capacity units"),
                LoadBalancerTraffic.PUBLIC_IPV4);
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("nlb_hours", "Hrs");
        keys.put("nlcu_hours", "LCU-Hrs");
        keys.put(PublicIpv4.USAGE_KEY, "Hrs");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("count"), s.text("listener"), s.number("requests_per_connection").max(BigDecimal.ONE),
                s.numberOrAuto("active_connections"), s.numberOrAuto("processed"), s.flag("nlcus"),
                s.count("public_ipv4"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        BigDecimal lbs = BigDecimal.valueOf(c.count());
        Usage usage = new Usage().put("nlb_hours", lbs.multiply(HOURS_PER_MONTH), c.count() + " load balancers x 730 h");
        PublicIpv4.put(usage, lbs, "load balancers", c.publicIpv4());
        if (!c.nlcus()) {
            return usage.put("nlcu_hours", BigDecimal.ZERO, "nlcus: false");
        }
        BigDecimal requests = w.get(Driver.REQUESTS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS, "an nlb component"));
        BigDecimal newConnections = LoadBalancerTraffic.newConnectionsPerSecond(requests, c.requestsPerConnection());
        BigDecimal active = LoadBalancerTraffic.activeConnections(c.activeConnections(), newConnections, w, "NLB",
                assumptions);
        BigDecimal gbPerHour = LoadBalancerTraffic.processedGb(c.processedGb(), requests, w, "NLB", assumptions)
                .divide(HOURS_PER_MONTH, DIVISION);
        PerNlcu per = c.perNlcu();
        if (per == null) {
            throw new IllegalStateException("nlb was not bound to its NLCU dimensions (PricingRule.bound)");
        }
        BigDecimal byNew = newConnections.divide(per.newConnectionsPerSecond(), DIVISION);
        BigDecimal byActive = active.divide(per.activeConnections(), DIVISION);
        BigDecimal byBytes = gbPerHour.divide(per.gbPerHour(), DIVISION);
        BigDecimal nlcus = byNew.max(byActive).max(byBytes);
        assumptions.add("NLB NLCUs are billed on the largest of the three dimensions in each hour; cloudplan uses the"
                + " month's average hour, so peaks above the average add NLCUs. One " + c.protocol() + " NLCU: "
                + per.newConnectionsPerSecond().toPlainString() + " new connections or flows/s, "
                + per.activeConnections().toPlainString() + " active, " + per.gbPerHour().toPlainString() + " GB/h ("
                + per.source() + "). NLCUs are included by default (nlcus: false to leave out).");
        return usage.put("nlcu_hours", nlcus.multiply(HOURS_PER_MONTH), "max(new connections " + show(newConnections)
                + "/s / " + per.newConnectionsPerSecond().toPlainString() + " = " + show(byNew) + ", active connections "
                + show(active) + " / " + per.activeConnections().toPlainString() + " = " + show(byActive) + ", processed "
                + show(gbPerHour) + " GB/h / " + per.gbPerHour().toPlainString() + " = " + show(byBytes) + ") = " + show(nlcus) + " NLCU x 730 h ("
                + c.protocol() + ")");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        out.add(Charge.of("Network Load Balancer hours", "AWSELB", "nlb-hours", Attributes.NONE, "count",
                u.get("nlb_hours"), "Hrs", u.formula("nlb_hours")));
        if (c.nlcus()) {
            out.add(Charge.of("NLB capacity units", "AWSELB", "nlcu-hours", Attributes.NONE, "nlcus",
                    u.get("nlcu_hours"), "LCU-Hrs", u.formula("nlcu_hours")));
        }
        out.addAll(PublicIpv4.charge(u, "public_ipv4"));
        return out;
    }
}
