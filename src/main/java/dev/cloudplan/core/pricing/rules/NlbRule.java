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
 * of three dimensions, for the listener's protocol: new connections (or flows) per second, active connections
 * (sampled per minute), and processed GB per hour. One NLCU is 800 new TCP connections a second, 100,000 active TCP
 * connections and 1 GB; for TLS, 50 new connections, 3,000 active and 1 GB (the ELB pricing page, "an NLCU contains:
 * 800 new TCP connections per second, 100,000 active TCP connections", as quoted with its URL on 2026-10-01 in
 * search-index file 70099820861). An internet-facing NLB holds a public IPv4 address per node (per AZ).
 */
public final class NlbRule implements PricingRule<NlbRule.Config> {
    /** Configuration of the load balancers; null fields are {@code auto}. */
    public record Config(int count, String protocol, BigDecimal requestsPerConnection, BigDecimal activeConnections,
            BigDecimal processedGb, boolean nlcus, int publicIpv4) implements ComponentConfig {}

    /** One NLCU per dimension, for a protocol. */
    record PerNlcu(BigDecimal newConnectionsPerSecond, BigDecimal activeConnections, BigDecimal gbPerHour) {}

    static final Map<String, PerNlcu> PER_NLCU = Map.of(
            "tcp", new PerNlcu(new BigDecimal("800"), new BigDecimal("100000"), BigDecimal.ONE),
            "tls", new PerNlcu(new BigDecimal("50"), new BigDecimal("3000"), BigDecimal.ONE));

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
                Setting.choice("listener", "tcp", List.of("tcp", "tls"),
                        "tcp (800 new connections/s, 100,000 active, 1 GB/h per NLCU) or tls (50, 3,000, 1 GB/h)"),
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
        PerNlcu per = PER_NLCU.get(c.protocol());
        BigDecimal byNew = newConnections.divide(per.newConnectionsPerSecond(), DIVISION);
        BigDecimal byActive = active.divide(per.activeConnections(), DIVISION);
        BigDecimal byBytes = gbPerHour.divide(per.gbPerHour(), DIVISION);
        BigDecimal nlcus = byNew.max(byActive).max(byBytes);
        assumptions.add("NLB NLCUs are billed on the largest of the three dimensions in each hour; cloudplan uses the"
                + " month's average hour, so peaks above the average add NLCUs (aws.amazon.com/elasticloadbalancing/pricing)."
                + " NLCUs are included by default (nlcus: false to leave out).");
        return usage.put("nlcu_hours", nlcus.multiply(HOURS_PER_MONTH), "max(new connections " + show(newConnections)
                + "/s / " + per.newConnectionsPerSecond().toPlainString() + " = " + show(byNew) + ", active connections "
                + show(active) + " / " + per.activeConnections().toPlainString() + " = " + show(byActive) + ", processed "
                + show(gbPerHour) + " GB/h / 1 = " + show(byBytes) + ") = " + show(nlcus) + " NLCU x 730 h ("
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
