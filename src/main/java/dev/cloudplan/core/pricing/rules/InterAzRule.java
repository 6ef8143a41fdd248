package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Data transfer between Availability Zones of one region: each GB that crosses is billed in each direction,
 * out of one AZ and into the other, so 1 GB crossing is 2 billed GB. Typical source: an app tier in one AZ
 * talking to a database or cache in another; or a self-hosted database replicating to a replica in another
 * AZ, where every write crosses. (RDS Multi-AZ replication is not billed.)
 */
public final class InterAzRule implements PricingRule<InterAzRule.Config> {
    /**
     * Configuration: GB crossing AZs a month (null = auto); with auto, what crosses: a share of the egress, or
     * every database write (replication to a replica in another AZ).
     */
    public record Config(BigDecimal dataGb, BigDecimal share, String traffic) implements ComponentConfig {}

    static final BigDecimal DIRECTIONS = new BigDecimal("2");

    @Override
    public String type() {
        return "inter-az";
    }

    @Override
    public String summary() {
        return "Data transfer between Availability Zones (billed out and in)";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("data", SettingKind.GIGABYTES, Setting.AUTO,
                        "GB a month crossing between AZs; auto = see traffic"),
                Setting.of("share", SettingKind.NUMBER, new BigDecimal("0.5"),
                        "with traffic: database or egress, the fraction that crosses an AZ (app in two AZs: half)"),
                Setting.choice("traffic", "database", List.of("database", "egress", "replication"),
                        "with data: auto, what crosses: database (share x database reads and writes x item size, app to"
                                + " database), egress (share x workload egress), or replication (every database write x"
                                + " item size, to a replica)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("inter_az_gb", "GB");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.numberOrAuto("data"), s.number("share"), s.text("traffic"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal crossing;
        String formula;
        if (c.dataGb() != null) {
            crossing = c.dataGb();
            formula = Decimals.plain(crossing) + " GB";
        } else if (c.traffic().equals("egress")) {
            BigDecimal egress = w.get(Driver.EGRESS)
                    .orElseThrow(() -> new MissingWorkloadException(Driver.EGRESS, "an inter-az component (traffic: egress)"));
            crossing = egress.multiply(c.share());
            formula = Decimals.plain(egress) + " GB egress x share " + Decimals.plain(c.share());
            assumptions.add("Inter-AZ traffic: " + Decimals.plain(c.share()) + " of the egress is taken to have crossed"
                    + " between AZs; set data, or data: 0 to leave it out.");
        } else {
            boolean replication = c.traffic().equals("replication");
            BigDecimal writes = w.get(Driver.DB_WRITES).orElseGet(() -> {
                assumptions.add("Inter-AZ traffic: workload.database.writes not given; no database writes cross an AZ.");
                return BigDecimal.ZERO;
            });
            BigDecimal reads = replication ? BigDecimal.ZERO : w.get(Driver.DB_READS).orElse(BigDecimal.ZERO);
            if (w.itemKb(Driver.DB_READS).isEmpty() || w.itemKb(Driver.DB_WRITES).isEmpty()) {
                assumptions.add("Inter-AZ traffic: workload.database.item_size not given; 1 KB per read and write assumed.");
            }
            BigDecimal readKb = w.itemKb(Driver.DB_READS).orElse(BigDecimal.ONE);
            BigDecimal writeKb = w.itemKb(Driver.DB_WRITES).orElse(BigDecimal.ONE);
            BigDecimal share = replication ? BigDecimal.ONE : c.share();
            // The replica receives at least every written row; WAL overhead (headers, indexes) comes on top.
            crossing = reads.multiply(readKb).add(writes.multiply(writeKb)).multiply(share)
                    .divide(BillingConventions.KB_PER_GB, BillingConventions.DIVISION);
            boolean one = readKb.compareTo(writeKb) == 0;
            formula = (replication ? Decimals.plain(writes) + " writes x " + Decimals.plain(writeKb) + " KB"
                    : one ? "(" + Decimals.plain(reads) + " reads + " + Decimals.plain(writes) + " writes) x "
                            + Decimals.plain(readKb) + " KB"
                    : "(" + Decimals.plain(reads) + " reads x " + Decimals.plain(readKb) + " KB + " + Decimals.plain(writes)
                            + " writes x " + Decimals.plain(writeKb) + " KB)")
                    + (replication ? "" : " x share " + Decimals.plain(share)) + " / 1,048,576 KB per GB";
            assumptions.add(replication
                    ? "Inter-AZ replication is included by default: every database write crosses to the replica in the"
                            + " other AZ (item size only, WAL overhead not counted); set data, or data: 0 to leave it out."
                    : "Inter-AZ traffic is included by default: " + Decimals.plain(share) + " of the traffic between the"
                            + " app and its database (reads and writes x item size) crosses between AZs; the load"
                            + " balancer's traffic to its targets is not billed across AZs, and what CloudFront serves"
                            + " from S3 never enters the VPC. Set data, or data: 0 to leave it out.");
        }
        return new Usage().put("inter_az_gb", crossing.multiply(DIRECTIONS), formula + " x 2 directions");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(Charge.of("Data transfer between AZs", "AWSDataTransfer", "inter-az", Attributes.NONE, "data",
                u.get("inter_az_gb"), "GB", u.formula("inter_az_gb")));
    }
}
