package dev.cloudplan.catalogbuild;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.Price;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EC2 and RDS on-demand instance-hour rows from the generated mirrors. SkyPilot covers 17 families in 24 regions;
 * Karpenter every us-east-1 type. Where both price a type they are compared: SkyPilot keeps the Shared/Host tenancy
 * row the catalog's {@code tenancy=Shared} means, while Karpenter's bare-metal figures come from a Dedicated query.
 */
final class MirrorRows {
    private static final CsvMapper CSV = new CsvMapper();

    private final List<Price> prices = new ArrayList<>();
    private final List<Disagreement> disagreements = new ArrayList<>();
    private final List<String> excluded = new ArrayList<>();

    /** Two sources that give one key different prices, and which one the catalog keeps. */
    record Disagreement(String key, String kept, String keptSource, String other, String otherSource, String why) {}

    List<Price> prices() {
        return prices;
    }

    List<Disagreement> disagreements() {
        return disagreements;
    }

    List<String> excluded() {
        return excluded;
    }

    void ec2(Mirror skypilot, Mirror karpenter) throws IOException {
        Map<String, String> karpenterUsEast1 = new LinkedHashMap<>();
        for (Map<String, String> r : rows(karpenter)) {
            karpenterUsEast1.put(r.get("instance_type"), r.get("usd_per_hour"));
        }
        Set<String> inBoth = new HashSet<>();
        for (Map<String, String> r : rows(skypilot)) {
            String type = r.get("instance_type");
            String region = r.get("region");
            BigDecimal usd = decimal(r.get("usd_per_hour"));
            String note = skypilot.description();
            if (region.equals("us-east-1") && karpenterUsEast1.containsKey(type)) {
                inBoth.add(type);
                BigDecimal other = decimal(karpenterUsEast1.get(type));
                if (other.compareTo(usd) == 0) {
                    note += "; Karpenter (" + karpenter.asOf() + ") agrees";
                } else {
                    note += "; Karpenter's table says " + other.toPlainString() + " (its bare-metal query is Dedicated tenancy)";
                    disagreements.add(new Disagreement("AmazonEC2 us-east-1 instance-hours " + type, usd.toPlainString(),
                            "SkyPilot", other.toPlainString(), "Karpenter",
                            "Karpenter assigns bare-metal types the Dedicated-tenancy price last; SkyPilot keeps Shared/Host"));
                }
            }
            prices.add(ec2Price(type, region, usd, skypilot, note));
        }
        List<String> metal = new ArrayList<>();
        karpenterUsEast1.forEach((type, usd) -> {
            if (inBoth.contains(type)) {
                return;
            }
            if (type.contains(".metal")) {
                metal.add(type + " " + usd);
                return;
            }
            prices.add(ec2Price(type, "us-east-1", decimal(usd), karpenter, karpenter.description()));
        });
        if (!metal.isEmpty()) {
            excluded.add("AmazonEC2 us-east-1, " + metal.size() + " bare-metal types only Karpenter prices, whose bare-metal"
                    + " query is Dedicated tenancy (4 of the 14 metal types SkyPilot also prices differ): "
                    + String.join(", ", metal));
        }
    }

    private static Price ec2Price(String type, String region, BigDecimal usd, Mirror m, String description) {
        Attributes attrs = Attributes.of("instanceType", type, "operatingSystem", "Linux", "purchaseOption", "OnDemand",
                "tenancy", "Shared");
        return new Price("AmazonEC2", region, "instance-hours", attrs, "Hrs", BigDecimal.ZERO, null, usd, m.asOf(),
                m.source(), description, "", Grade.PRICE_LIST_MIRROR, m.offer(region));
    }

    void rds(Mirror flexera) throws IOException {
        for (Map<String, String> r : rows(flexera)) {
            Attributes attrs = Attributes.of("databaseEngine", r.get("engine"), "deploymentOption", r.get("deployment"),
                    "instanceType", r.get("instance_class"), "purchaseOption", "OnDemand");
            prices.add(new Price("AmazonRDS", r.get("region"), "instance-hours", attrs, "Hrs", BigDecimal.ZERO, null,
                    decimal(r.get("usd_per_hour")), flexera.asOf(), flexera.source(), flexera.description(), r.get("sku"),
                    Grade.PRICE_LIST_MIRROR, flexera.offer(r.get("region"))));
        }
    }

    private static BigDecimal decimal(String s) {
        return Mirror.exact(new BigDecimal(s.trim()));
    }

    private static List<Map<String, String>> rows(Mirror m) throws IOException {
        try (Reader in = Files.newBufferedReader(m.file());
                MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return it.readAll();
        }
    }
}
