package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.DIVISION;
import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;
import static dev.cloudplan.core.pricing.BillingConventions.SECONDS_PER_MONTH;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.capacity.BalancesLoad;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
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
 * Application Load Balancers: load-balancer-hours, and load balancer capacity units (LCU) per hour. An hour's
 * LCUs are the MAXIMUM of four dimensions, not their sum: new connections / 25 per second, active connections /
 * 3,000 per minute, processed GB / 1 per hour (0.4 for Lambda targets), rule evaluations / 1,000 per second
 * (official ELB pricing page). An internet-facing ALB also holds a public IPv4 address per node (per AZ).
 */
public final class AlbRule implements PricingRule<AlbRule.Config> {
    /** Configuration of the load balancers; null fields are {@code auto}. */
    public record Config(int count, String target, BigDecimal requestsPerConnection, BigDecimal activeConnections,
            BigDecimal processedGb, BigDecimal rulesPerRequest, boolean lcus, int publicIpv4) implements BalancesLoad {
        @Override
        public int loadBalancers() {
            return count;
        }

        @Override
        public boolean instanceTargets() {
            return target.equals("instance");
        }
    }

    /** One LCU, per dimension (official ELB pricing page). */
    static final BigDecimal NEW_CONNECTIONS_PER_SECOND = new BigDecimal("25");
    static final BigDecimal ACTIVE_CONNECTIONS_PER_MINUTE = new BigDecimal("3000");
    static final BigDecimal GB_PER_HOUR_INSTANCE_TARGETS = BigDecimal.ONE;
    static final BigDecimal GB_PER_HOUR_LAMBDA_TARGETS = new BigDecimal("0.4");
    static final BigDecimal RULE_EVALUATIONS_PER_SECOND = new BigDecimal("1000");
    static final BigDecimal FREE_RULES_PER_REQUEST = BigDecimal.TEN;

    @Override
    public String type() {
        return "alb";
    }

    @Override
    public String summary() {
        return "Application Load Balancer: hours, LCU-hours (max of four dimensions), public IPv4 per node";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                LoadBalancerTraffic.COUNT,
                Setting.choice("target", "instance", List.of("instance", "lambda"),
                        "instance (EC2, containers, IP addresses: 1 GB/h per LCU) or lambda (0.4 GB/h per LCU)"),
                LoadBalancerTraffic.REQUESTS_PER_CONNECTION,
                LoadBalancerTraffic.activeConnections(SettingKind.COUNT),
                LoadBalancerTraffic.PROCESSED,
                Setting.of("rules_per_request", SettingKind.NUMBER, BigDecimal.ONE, "listener rules evaluated per request"),
                Setting.of("lcus", SettingKind.BOOLEAN, Boolean.TRUE, "bill load balancer capacity units"),
                LoadBalancerTraffic.PUBLIC_IPV4);
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("alb_hours", "Hrs");
        keys.put("lcu_hours", "LCU-Hrs");
        keys.put(PublicIpv4.USAGE_KEY, "Hrs");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("count"), s.text("target"), s.number("requests_per_connection").max(BigDecimal.ONE),
                s.numberOrAuto("active_connections"), s.numberOrAuto("processed"), s.number("rules_per_request"),
                s.flag("lcus"), s.count("public_ipv4"));
    }

    /** The four LCU dimensions of an average hour, each already divided by its per-LCU amount. */
    record Dimensions(BigDecimal newConnections, BigDecimal activeConnections, BigDecimal processedGb,
            BigDecimal ruleEvaluations) {
        BigDecimal lcus() {
            return newConnections.max(activeConnections).max(processedGb).max(ruleEvaluations);
        }
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        BigDecimal lbs = BigDecimal.valueOf(c.count());
        Usage usage = new Usage().put("alb_hours", lbs.multiply(HOURS_PER_MONTH), c.count() + " load balancers x 730 h");
        PublicIpv4.put(usage, lbs, "load balancers", c.publicIpv4());
        if (!c.lcus()) {
            return usage.put("lcu_hours", BigDecimal.ZERO, "lcus: false");
        }
        BigDecimal requests = w.get(Driver.REQUESTS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS, "an alb component"));
        BigDecimal perSecond = requests.divide(SECONDS_PER_MONTH, DIVISION);
        BigDecimal newConnections = LoadBalancerTraffic.newConnectionsPerSecond(requests, c.requestsPerConnection());
        BigDecimal active = LoadBalancerTraffic.activeConnections(c.activeConnections(), newConnections, w, "ALB",
                assumptions);
        BigDecimal processed = LoadBalancerTraffic.processedGb(c.processedGb(), requests, w, "ALB", assumptions);
        BigDecimal gbPerLcu = c.target().equals("lambda") ? GB_PER_HOUR_LAMBDA_TARGETS : GB_PER_HOUR_INSTANCE_TARGETS;
        BigDecimal gbPerHour = processed.divide(HOURS_PER_MONTH, DIVISION);
        // The ELB pricing page: "the first 10 processed rules are free" for each request.
        BigDecimal rulesPerSecond = perSecond.multiply(c.rulesPerRequest().subtract(FREE_RULES_PER_REQUEST).max(BigDecimal.ZERO));
        Dimensions d = new Dimensions(newConnections.divide(NEW_CONNECTIONS_PER_SECOND, DIVISION),
                active.divide(ACTIVE_CONNECTIONS_PER_MINUTE, DIVISION), gbPerHour.divide(gbPerLcu, DIVISION),
                rulesPerSecond.divide(RULE_EVALUATIONS_PER_SECOND, DIVISION));
        assumptions.add("ALB LCUs are billed on the largest of the four dimensions in each hour; cloudplan uses the"
                + " month's average hour, so peaks above the average add LCUs. The first 10 rule evaluations of each request"
                + " are free (aws.amazon.com/elasticloadbalancing/pricing). LCUs are included by default (lcus: false to leave out).");
        return usage.put("lcu_hours", d.lcus().multiply(HOURS_PER_MONTH), "max(new connections " + show(newConnections)
                + "/s / 25 = " + show(d.newConnections()) + ", active connections " + show(active) + " / 3,000 = "
                + show(d.activeConnections()) + ", processed " + show(gbPerHour) + " GB/h / " + gbPerLcu.toPlainString()
                + " = " + show(d.processedGb()) + ", rule evaluations " + show(rulesPerSecond) + "/s / 1,000 = "
                + show(d.ruleEvaluations()) + ") = " + show(d.lcus()) + " LCU x 730 h");
    }

    private static String show(BigDecimal n) {
        return LoadBalancerTraffic.show(n);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        out.add(Charge.of("Application Load Balancer hours", "AWSELB", "alb-hours", Attributes.NONE, "count",
                u.get("alb_hours"), "Hrs", u.formula("alb_hours")));
        if (c.lcus()) {
            out.add(Charge.of("Load balancer capacity units", "AWSELB", "lcu-hours", Attributes.NONE, "lcus",
                    u.get("lcu_hours"), "LCU-Hrs", u.formula("lcu_hours")));
        }
        out.addAll(PublicIpv4.charge(u, "public_ipv4"));
        return out;
    }
}
