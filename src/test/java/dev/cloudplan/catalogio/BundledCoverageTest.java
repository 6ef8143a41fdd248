package dev.cloudplan.catalogio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.catalog.PriceKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8's coverage promise, checked against the bundled catalog itself: every size of the 17 EC2 families the
 * instance specifications list, and every RDS class of the 10 families with each engine and deployment, has an
 * on-demand instance-hour price in each of the six main regions.
 */
class BundledCoverageTest {
    static final List<String> EC2_FAMILIES = List.of("t2", "t3", "t3a", "t4g", "m5", "m6i", "m6g", "m7i", "m7g", "c5",
            "c6i", "c6g", "c7g", "r5", "r6i", "r6g", "r7g");
    static final List<String> RDS_FAMILIES = List.of("db.t3", "db.t4g", "db.m5", "db.m6g", "db.m6i", "db.m7g", "db.r5",
            "db.r6g", "db.r6i", "db.r7g");

    static String family(String type) {
        return type.substring(0, type.indexOf('.', type.startsWith("db.") ? 3 : 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-south-1"})
    void everyEc2SizeOfThe17Families_andEveryRdsClass_isPriced(String region) {
        LoadedCatalog c = CatalogLoader.bundled();
        PriceCatalog prices = c.prices();
        List<String> missing = new ArrayList<>();
        List<String> ec2 = c.instanceTypes().names("AmazonEC2").stream()
                .filter(t -> EC2_FAMILIES.contains(family(t)) && c.instanceTypes().find("AmazonEC2", t).get().currentGeneration())
                .toList();
        assertThat(ec2).hasSizeGreaterThan(100);
        for (String t : ec2) {
            PriceKey k = new PriceKey("AmazonEC2", region, "instance-hours", Attributes.of("instanceType", t,
                    "operatingSystem", "Linux", "purchaseOption", "OnDemand", "tenancy", "Shared"));
            if (!prices.has(k)) {
                missing.add(t);
            }
        }
        List<String> rds = c.instanceTypes().names("AmazonRDS").stream().filter(t -> RDS_FAMILIES.contains(family(t))).toList();
        assertThat(rds).hasSize(74);
        for (String t : rds) {
            for (String engine : List.of("MySQL", "PostgreSQL", "MariaDB")) {
                for (String deployment : List.of("Single-AZ", "Multi-AZ")) {
                    PriceKey k = new PriceKey("AmazonRDS", region, "instance-hours", Attributes.of("databaseEngine", engine,
                            "deploymentOption", deployment, "instanceType", t, "purchaseOption", "OnDemand"));
                    if (!prices.has(k)) {
                        missing.add(t + " " + engine + " " + deployment);
                    }
                }
            }
        }
        assertThat(missing).as("instance hours without a price in " + region).isEmpty();
    }
}
