package dev.cloudplan.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.Price;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The importer on the hand-written fixture offer files: what it keeps, how it maps, what it skips and why. */
class ImporterTest {
    static final Path OFFERS = Path.of("src/test/resources/pricelist/offers");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Importer.Result importAll(Set<String> regions) throws IOException {
        try (Stream<Path> files = Files.list(OFFERS)) {
            List<Importer.OfferSource> sources = files.sorted().map(f -> new Importer.OfferSource(f, null)).toList();
            return new Importer(Selection.bundled(), regions, TODAY).run(sources);
        }
    }

    static List<Price> prices(Importer.Result r, String service, String region, String charge, String attributes) {
        return r.prices().stream().filter(p -> p.service().equals(service) && p.region().equals(region)
                && p.charge().equals(charge) && p.attributes().equals(Attributes.parse(attributes))).toList();
    }

    static BigDecimal only(Importer.Result r, String service, String charge, String attributes) {
        List<Price> found = prices(r, service, "us-east-1", charge, attributes);
        assertThat(found).as(service + " " + charge + " " + attributes).hasSize(1);
        return found.get(0).usd();
    }

    @Test
    void ec2_keepsLinuxSharedOnDemandAndReserved_notWindowsOrCapacityReservations() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        String linux = "instanceType=t3.micro;operatingSystem=Linux;tenancy=Shared;";
        assertThat(only(r, "AmazonEC2", "instance-hours", linux + "purchaseOption=OnDemand")).isEqualByComparingTo("0.0111");
        assertThat(only(r, "AmazonEC2", "instance-hours",
                linux + "offeringClass=standard;payment=NoUpfront;purchaseOption=Reserved;term=1yr")).isEqualByComparingTo("0.007");
        assertThat(only(r, "AmazonEC2", "instance-hours",
                linux + "offeringClass=standard;payment=AllUpfront;purchaseOption=Reserved;term=1yr")).isEqualByComparingTo("0");
        assertThat(only(r, "AmazonEC2", "upfront",
                linux + "offeringClass=standard;payment=AllUpfront;purchaseOption=Reserved;term=1yr")).isEqualByComparingTo("59");
        assertThat(only(r, "AmazonEC2", "upfront",
                linux + "offeringClass=standard;payment=PartialUpfront;purchaseOption=Reserved;term=1yr")).isEqualByComparingTo("30");
        // Windows (0.0222) is priced under its own operatingSystem, never as Linux; the UnusedBox
        // capacity-reservation SKU is not usage at all.
        assertThat(prices(r, "AmazonEC2", "us-east-1", "instance-hours", linux + "purchaseOption=OnDemand"))
                .noneMatch(p -> p.usd().compareTo(new BigDecimal("0.0222")) == 0);
        assertThat(r.prices()).filteredOn(p -> p.sku().equals("EC2T3MICROWIN")).isNotEmpty()
                .allMatch(p -> "Windows".equals(p.attributes().get("operatingSystem")));
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("EC2T3MICROUNUSED"));
        assertThat(only(r, "AmazonEC2", "ebs-storage", "volumeType=gp3")).isEqualByComparingTo("0.08");
        assertThat(only(r, "AmazonEC2", "nat-gateway-hours", "")).isEqualByComparingTo("0.045");
        assertThat(only(r, "AmazonVPC", "public-ipv4-hours", "addressState=in-use")).isEqualByComparingTo("0.005");
    }

    @Test
    void everyImportedPrice_namesItsOfferVersionSkuAndPublicationDate() throws IOException {
        Importer.Result r = importAll(Set.of());
        assertThat(r.prices()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.sku()).isNotBlank();
            assertThat(p.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(p.source()).startsWith("https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/" + p.service()
                    + "/20261101000000/");
            assertThat(p.description()).as("AWS's own wording of the rate").isNotBlank().doesNotContain("[");
        });
    }

    @Test
    void regionFilter_keepsOnlyTheRegionsAsked() throws IOException {
        assertThat(importAll(Set.of("us-east-1")).prices()).allMatch(p -> p.region().equals("us-east-1"));
        Importer.Result all = importAll(Set.of());
        assertThat(prices(all, "AmazonEC2", "eu-west-1", "instance-hours",
                "instanceType=t3.micro;operatingSystem=Linux;purchaseOption=OnDemand;tenancy=Shared"))
                .singleElement().satisfies(p -> assertThat(p.usd()).isEqualByComparingTo("0.0123"));
    }

    @Test
    void tiers_keepAwsBounds() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        List<Price> rest = prices(r, "AmazonApiGateway", "us-east-1", "requests", "apiType=REST");
        assertThat(rest).extracting(p -> p.tierStart().toPlainString())
                .containsExactly("0", "333000000", "1000000000", "20000000000");
        assertThat(rest.get(3).tierEnd()).isNull();
        List<Price> lambda = prices(r, "AWSLambda", "us-east-1", "duration", "architecture=arm64");
        assertThat(lambda).extracting(p -> p.tierEnd() == null ? "Inf" : p.tierEnd().toPlainString())
                .containsExactly("7500000000", "18750000000", "Inf");
    }

    @Test
    void freeTierBand_isDroppedAndTheNextTierStartsAtZero_becauseFreeTierCsvModelsIt() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        // DynamoDB storage: 0-25 GB at $0, then $0.26 (SKU DDBSTORE); its USE1- twin is a flat $0.26 and agrees.
        List<Price> storage = prices(r, "AmazonDynamoDB", "us-east-1", "storage", "tableClass=Standard");
        assertThat(storage).singleElement().satisfies(p -> {
            assertThat(p.tierStart()).isZero();
            assertThat(p.tierEnd()).isNull();
            assertThat(p.usd()).isEqualByComparingTo("0.26");
        });
        List<Price> rcu = prices(r, "AmazonDynamoDB", "us-east-1", "read-capacity-unit-hours",
                "capacityMode=Provisioned;tableClass=Standard");
        assertThat(rcu).singleElement().satisfies(p -> assertThat(p.usd()).isEqualByComparingTo("0.00014"));
    }

    @Test
    void locationWithoutRegionCode_andDataTransferDirections_mapToRegions() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(only(r, "AmazonDynamoDB", "write-request-units", "capacityMode=OnDemand;tableClass=Standard"))
                .isEqualByComparingTo("0.00000065");
        assertThat(prices(r, "AWSDataTransfer", "us-east-1", "data-transfer-out", "destination=Internet"))
                .extracting(Price::usd).extracting(BigDecimal::toPlainString).containsExactly("0.091", "0.086", "0.071", "0.051");
        assertThat(only(r, "AWSDataTransfer", "data-transfer-in", "source=Internet")).isZero();
        assertThat(only(r, "AWSDataTransfer", "inter-az", "")).isEqualByComparingTo("0.011");
    }

    @Test
    void globalService_isPricedInEveryRegionAsked_andResolverQueriesAreNotDnsQueries() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1", "eu-west-1"));
        for (String region : List.of("us-east-1", "eu-west-1")) {
            assertThat(prices(r, "AmazonRoute53", region, "dns-queries", "queryType=Standard"))
                    .extracting(Price::usd).extracting(BigDecimal::toPlainString).containsExactly("0.00000041", "0.00000021");
        }
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("R53RESOLVER"));
    }

    @Test
    void csvOffer_isReadLikeJson_andGlobalFreeSkusAreNotPrices() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(only(r, "AWSLambda", "requests", "architecture=x86_64")).isEqualByComparingTo("0.00000021");
        assertThat(prices(r, "AWSLambda", "us-east-1", "duration", "architecture=x86_64")).extracting(Price::usd)
                .extracting(BigDecimal::toPlainString).containsExactly("0.000017", "0.0000155", "0.000014");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("LFREE"));
    }

    @Test
    void s3ObjectOverhead_isNotStandardStorage() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(prices(r, "AmazonS3", "us-east-1", "storage", "storageClass=Standard"))
                .extracting(Price::sku).containsOnly("S3STD");
    }

    @Test
    void instanceTypes_comeFromComputeProducts() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(r.instanceTypes()).anySatisfy(t -> {
            assertThat(t.service()).isEqualTo("AmazonEC2");
            assertThat(t.name()).isEqualTo("t4g.medium");
            assertThat(t.vcpu()).isEqualTo(2);
            assertThat(t.memoryGib()).isEqualByComparingTo("4");
        });
        assertThat(r.instanceTypes()).anyMatch(t -> t.service().equals("AmazonRDS") && t.name().equals("db.t4g.medium"));
    }

    @Test
    void twinSkusThatDisagree_areSkippedWithTheReason(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        String twin = Files.readString(OFFERS.resolve("AmazonRDS-us-east-1.json"))
                .replace("\"USD\": \"0.1150000000\"\n", "\"USD\": \"0.1150000000\"\n");
        // Make the USE1- twin of gp3 storage disagree with the unprefixed SKU.
        int at = twin.indexOf("\"RDSGP3SAZUSE1\": {", twin.indexOf("\"terms\""));
        String changed = twin.substring(0, at) + twin.substring(at).replaceFirst("0\\.1150000000", "0.1250000000");
        Path file = tmp.resolve("rds.json");
        Files.writeString(file, changed);
        Importer.Result r = new Importer(Selection.bundled(), Set.of(), TODAY).run(List.of(new Importer.OfferSource(file, null)));
        assertThat(prices(r, "AmazonRDS", "us-east-1", "storage", "databaseEngine=PostgreSQL;deploymentOption=Single-AZ;volumeType=gp3"))
                .isEmpty();
        assertThat(r.skipped()).anySatisfy(s -> assertThat(s.reason()).contains("two SKUs give different prices"));
    }

    @Test
    void unitTheRuleDoesNotBillIn_andNegativePrices_areSkippedWithReasons(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        String text = Files.readString(OFFERS.resolve("AmazonVPC-us-east-1.json"))
                .replaceFirst("\"unit\": \"Hrs\"", "\"unit\": \"GB\"");
        int last = text.lastIndexOf("0.0050000000");
        text = text.substring(0, last) + "-" + text.substring(last);
        Path file = tmp.resolve("vpc.json");
        Files.writeString(file, text);
        Importer.Result r = new Importer(Selection.bundled(), Set.of(), TODAY).run(List.of(new Importer.OfferSource(file, null)));
        assertThat(r.prices()).isEmpty();
        assertThat(r.skipped()).extracting(Importer.Skip::reason)
                .anyMatch(s -> s.contains("unit 'GB'")).anyMatch(s -> s.contains("negative price"));
    }

    @Test
    void everySelectionRule_selectsAFixtureProduct_soEveryChargeTheRulesPriceIsImportable() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        Selection selection = Selection.bundled();
        for (String service : selection.services()) {
            for (SelectionRule rule : selection.rules(service)) {
                Attributes fixed = new Attributes(rule.set());
                assertThat(r.prices()).as(service + " " + rule.charge() + " " + fixed)
                        .anyMatch(p -> p.service().equals(service) && p.charge().equals(rule.charge())
                                && p.attributes().containsAll(fixed));
            }
        }
        assertThat(r.skipped()).noneMatch(s -> s.reason().contains("two SKUs"));
    }

    @Test
    void standardIaSkus_areNotTakenForStandardOnes() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(only(r, "AmazonDynamoDB", "write-request-units", "capacityMode=OnDemand;tableClass=StandardIA"))
                .isEqualByComparingTo("0.00000079");
        assertThat(only(r, "AmazonDynamoDB", "storage", "tableClass=StandardIA")).isEqualByComparingTo("0.11");
        assertThat(only(r, "AmazonDynamoDB", "write-request-units", "capacityMode=OnDemand;tableClass=Standard"))
                .isEqualByComparingTo("0.00000065");
    }

    @Test
    void newServices_mapToTheirCharges_andLeaveOutTheirLookAlikes() throws IOException {
        Importer.Result r = importAll(Set.of("us-east-1"));
        // SQS: the first million is the free tier (free-tier.csv), so the paid ladder starts at 0 and keeps AWS's bounds.
        assertThat(prices(r, "AWSQueueService", "us-east-1", "requests", "queueType=Standard"))
                .extracting(p -> p.tierStart().toPlainString() + ".." + p.usd().toPlainString())
                .containsExactly("0..0.00000041", "100000000000..0.00000031", "200000000000..0.00000021");
        assertThat(only(r, "AmazonCloudWatch", "alarms", "alarmType=Standard")).isEqualByComparingTo("0.11");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("CWALARMHR") || p.sku().equals("CFORIGIN"));
        assertThat(only(r, "AWSELB", "lcu-hours", "")).isEqualByComparingTo("0.0085");
        assertThat(only(r, "AmazonEKS", "cluster-hours", "support=standard")).isEqualByComparingTo("0.11");
        assertThat(only(r, "AmazonEKS", "cluster-hours", "support=extended")).isEqualByComparingTo("0.51");
        assertThat(only(r, "AmazonECS", "fargate-vcpu-hours", "architecture=x86_64;capacity=Spot"))
                .isEqualByComparingTo("0.013");
        assertThat(only(r, "AmazonElastiCache", "node-hours", "cacheEngine=Valkey;instanceType=cache.t4g.micro"))
                .isEqualByComparingTo("0.0133");
        assertThat(only(r, "AmazonRDS", "aurora-serverless-v2-acu-hours",
                "databaseEngine=Aurora PostgreSQL;storageConfiguration=IOOptimized")).isEqualByComparingTo("0.17");
        assertThat(prices(r, "AmazonCloudFront", "us-east-1", "data-transfer-out", "edgeLocation=UnitedStates"))
                .hasSize(3);
    }
}
