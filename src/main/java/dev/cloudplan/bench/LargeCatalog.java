package dev.cloudplan.bench;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.CatalogWriter;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled catalog enlarged to the size it is growing to (EC2 on-demand for ~150 instance types and
 * RDS for ~56 classes in two deployments, across 24 regions; ~1,500 instance types), written as an
 * imported catalog: start-up is measured against that, not against today's small file. Synthetic rows
 * copy a real row's text, so the bytes per row stay realistic; prices are the template's.
 */
public final class LargeCatalog {
    /** 24 region codes, as the catalog will cover. */
    public static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "sa-east-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-central-2",
            "eu-north-1", "eu-south-1", "eu-south-2", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2",
            "ap-southeast-3", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "me-south-1", "af-south-1");

    private static final String[] SIZES = {"nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "4xlarge",
            "8xlarge", "12xlarge", "16xlarge", "24xlarge", "metal"};

    private LargeCatalog() {}

    /** What was written. */
    public record Written(int prices, int ec2Prices, int rdsPrices, int instanceTypes) {}

    /** Writes the enlarged catalog into the empty folder {@code dir}. */
    public static Written write(Path dir) throws IOException {
        LoadedCatalog base = CatalogLoader.bundled();
        List<InstanceTypes.InstanceType> types = new ArrayList<>(base.instanceTypes().types());
        List<String> ec2 = names(types, "AmazonEC2", "", 150);
        List<String> rds = names(types, "AmazonRDS", "db.", 56);
        int synthetic = 0;
        while (types.size() < 1_500) { // more documented types than priced ones, as on main
            types.add(new InstanceTypes.InstanceType("AmazonEC2", "zz" + (synthetic / SIZES.length) + "."
                    + SIZES[synthetic % SIZES.length], 2, BigDecimal.valueOf(8), "x86_64", null, null, null, null, null,
                    null, null, true, types.get(0).source(), types.get(0).asOf()));
            synthetic++;
        }
        List<Price> all = new ArrayList<>(base.prices().prices());
        Set<PriceKey> keys = new HashSet<>();
        all.forEach(p -> keys.add(p.key()));
        Set<PriceKey> tiered = new HashSet<>();
        base.prices().prices().stream().filter(Price::isTiered).forEach(p -> tiered.add(p.key()));
        Price ec2Template = template(base, "AmazonEC2", "instanceType=t3.micro;operatingSystem=Linux;purchaseOption=OnDemand;tenancy=Shared");
        Price rdsTemplate = template(base, "AmazonRDS",
                "databaseEngine=PostgreSQL;deploymentOption=Single-AZ;instanceType=db.t4g.micro;purchaseOption=OnDemand");
        for (String region : REGIONS) {
            for (String type : ec2) {
                add(all, keys, ec2Template, region, ec2Template.attributes(), "instanceType", type);
            }
            for (String type : rds) {
                for (String deployment : List.of("Single-AZ", "Multi-AZ")) {
                    Map<String, String> a = new LinkedHashMap<>(rdsTemplate.attributes().values());
                    a.put("deploymentOption", deployment);
                    add(all, keys, rdsTemplate, region, new Attributes(a), "instanceType", type);
                }
            }
            // Every other untiered us-east-1 EC2 and RDS price (storage, IOPS, addresses) in every region too.
            for (Price p : base.prices().prices()) {
                if ((p.service().equals("AmazonEC2") || p.service().equals("AmazonRDS")) && p.region().equals("us-east-1")
                        && !tiered.contains(p.key())) {
                    add(all, keys, p, region, p.attributes(), null, null);
                }
            }
        }
        CatalogInfo info = new CatalogInfo("large", base.prices().info().date(), "synthetic: the bundled catalog enlarged"
                + " by cloudplan bench (EC2 and RDS rows copied across " + REGIONS.size() + " regions)");
        CatalogWriter.write(dir, info, all, base.prices().allowances(), new InstanceTypes(types));
        return new Written(all.size(), (int) all.stream().filter(p -> p.service().equals("AmazonEC2")).count(),
                (int) all.stream().filter(p -> p.service().equals("AmazonRDS")).count(), types.size());
    }

    /** The service's instance names the catalog documents, padded with synthetic ones up to {@code count}. */
    private static List<String> names(List<InstanceTypes.InstanceType> types, String service, String prefix, int count) {
        List<String> out = new ArrayList<>(types.stream().filter(t -> t.service().equals(service))
                .map(InstanceTypes.InstanceType::name).toList());
        for (int i = 0; out.size() < count; i++) {
            out.add(prefix + "zz" + (i / SIZES.length) + "." + SIZES[i % SIZES.length]);
        }
        return out.subList(0, count);
    }

    private static Price template(LoadedCatalog base, String service, String attributes) {
        Attributes wanted = Attributes.parse(attributes);
        return base.prices().prices().stream().filter(p -> p.service().equals(service) && p.region().equals("us-east-1")
                && p.attributes().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + service + " template row " + attributes));
    }

    /** Adds {@code template} for {@code region} with one attribute changed, unless the catalog has that key already. */
    private static void add(List<Price> prices, Set<PriceKey> keys, Price template, String region, Attributes attributes,
            String attribute, String value) {
        Attributes a = attributes;
        if (attribute != null) {
            Map<String, String> m = new LinkedHashMap<>(attributes.values());
            m.put(attribute, value);
            a = new Attributes(m);
        }
        Price p = new Price(template.service(), region, template.charge(), a, template.unit(), template.tierStart(),
                template.tierEnd(), template.usd(), template.asOf(), template.source(), template.description(),
                template.sku(), template.grade(), template.offer());
        if (keys.add(p.key())) {
            prices.add(p);
        }
    }
}
