package dev.cloudplan.pricelist;

import static dev.cloudplan.pricelist.ImporterTest.importAll;
import static dev.cloudplan.pricelist.ImporterTest.prices;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.catalog.Price;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The charges issue 11 added, imported from fixture products whose attributes, usagetypes and units copy real
 * Price List records (each rule's {@code source} in selection.json names the record; the prices are made up).
 */
class BreadthImportTest {
    private static String ladder(List<Price> tiers) {
        StringBuilder out = new StringBuilder();
        for (Price p : tiers) {
            out.append(p.tierStart().toPlainString()).append("..")
                    .append(p.tierEnd() == null ? "Inf" : p.tierEnd().toPlainString()).append(" ")
                    .append(p.usd().toPlainString()).append(" ").append(p.unit()).append("; ");
        }
        return out.toString();
    }

    private static String ladder(Importer.Result r, String service, String region, String charge, String attributes) {
        return ladder(prices(r, service, region, charge, attributes));
    }

    /** A charge without attributes has its own ladder in us-east-1 and in eu-west-1 (from the EU- product). */
    private static void perRegion(Importer.Result all, String service, String charge, String usEast1, String euWest1) {
        assertThat(ladder(all, service, "us-east-1", charge, "")).isEqualTo(usEast1);
        assertThat(ladder(all, service, "eu-west-1", charge, "")).isEqualTo(euWest1);
    }

    @Test
    void vpcInterfaceEndpoints_hoursAndTieredData_onlyInTheirOwnRegion() throws IOException {
        // pharma-analytics-copilot prices-us-east-1.json: USE1-VpcEndpoint-Hours (Hrs) and USE1-VpcEndpoint-Bytes
        // (GB, first tier 0-1048576); the fixture adds a tier above 1 PB to check the ladder is kept.
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(ladder(r, "AmazonVPC", "us-east-1", "vpc-endpoint-hours", "")).isEqualTo("0..Inf 0.011 Hrs; ");
        assertThat(ladder(r, "AmazonVPC", "us-east-1", "vpc-endpoint-data", ""))
                .isEqualTo("0..1048576 0.011 GB; 1048576..Inf 0.0066 GB; ");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("VPCEHRSEU"));
        Importer.Result all = importAll(Set.of());
        perRegion(all, "AmazonVPC", "vpc-endpoint-hours", "0..Inf 0.011 Hrs; ", "0..Inf 0.012 Hrs; ");
    }

    @Test
    void eventBridge_customEventsOnly_notPartnerEventsOfTheSameUsagetype() throws IOException {
        // Infracost Cloud Pricing API fixture (search index file 71255211242): custom and partner events share
        // USE1-Event-64K-Chunks and differ by eventType.
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(ladder(r, "AWSEvents", "us-east-1", "custom-events", "")).isEqualTo("0..Inf 0.0000011 64K-Chunks; ");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("EVPARTNER"));
    }

    @Test
    void sns_freeBandsDropped_deliveriesByEndpoint_sqsAndLambdaAreZeroAsTheFileSays() throws IOException {
        // Same Infracost fixture: Requests-Tier1 (group SNS-Requests-Tier1, 0-1M at $0), DeliveryAttempts-HTTP
        // (0-100,000 at $0), -SMTP (0-1,000 at $0), -SQS and -LAMBDA (one $0 tier), unit Notifications.
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(ladder(r, "AmazonSNS", "us-east-1", "requests", "")).isEqualTo("0..Inf 0.00000051 Requests; ");
        assertThat(ladder(r, "AmazonSNS", "us-east-1", "deliveries", "endpointType=HTTP"))
                .isEqualTo("0..Inf 0.00000061 Notifications; ");
        assertThat(ladder(r, "AmazonSNS", "us-east-1", "deliveries", "endpointType=Email"))
                .isEqualTo("0..Inf 0.000021 Notifications; ");
        assertThat(ladder(r, "AmazonSNS", "us-east-1", "deliveries", "endpointType=SQS")).isEqualTo("0..Inf 0 Notifications; ");
        assertThat(ladder(r, "AmazonSNS", "us-east-1", "deliveries", "endpointType=Lambda"))
                .isEqualTo("0..Inf 0 Notifications; ");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("SNSREQEU"));
        assertThat(ladder(importAll(Set.of()), "AmazonSNS", "eu-west-1", "requests", ""))
                .isEqualTo("0..Inf 0.00000053 Requests; ");
    }

    @Test
    void kmsRequests_nameTheirRegionCodeInTheUsagetype() throws IOException {
        // pharma-analytics-copilot: usagetype us-east-1-KMS-Requests, unit Requests.
        Importer.Result all = importAll(Set.of());
        perRegion(all, "awskms", "requests", "0..Inf 0.0000031 Requests; ", "0..Inf 0.0000033 Requests; ");
        assertThat(importAll(Set.of("us-east-1")).prices()).noneMatch(p -> p.sku().equals("KMSREQEU"));
    }

    @Test
    void ecrStorage_perRegion() throws IOException {
        // pharma-analytics-copilot: AmazonECR usagetype TimedStorage-ByteHrs, unit GB-Mo.
        perRegion(importAll(Set.of()), "AmazonECR", "storage", "0..Inf 0.11 GB-Mo; ", "0..Inf 0.12 GB-Mo; ");
    }

    @Test
    void cloudFrontRegionGroups_areGlobalPricesInEveryRegionAsked() throws IOException {
        // Infracost fixture: global ME-DataTransfer-Out-Bytes, family Data Transfer, unit GB, first tier 0-10240.
        // search index file 70630786942 reads AP-DataTransfer-Out-Bytes, JP-DataTransfer-Out-Bytes and
        // AP-Requests-Tier2-HTTPS from the real global file.
        Importer.Result r = importAll(Set.of("us-east-1", "ap-south-1"));
        for (String region : List.of("us-east-1", "ap-south-1")) {
            assertThat(ladder(r, "AmazonCloudFront", region, "data-transfer-out", "edgeLocation=MiddleEast"))
                    .isEqualTo("0..10240 0.111 GB; 10240..Inf 0.101 GB; ");
            assertThat(ladder(r, "AmazonCloudFront", region, "data-transfer-out", "edgeLocation=AsiaPacific"))
                    .isEqualTo("0..10240 0.121 GB; 10240..Inf 0.101 GB; ");
            assertThat(ladder(r, "AmazonCloudFront", region, "data-transfer-out", "edgeLocation=Japan"))
                    .isEqualTo("0..10240 0.115 GB; 10240..Inf 0.095 GB; ");
            assertThat(ladder(r, "AmazonCloudFront", region, "requests-https", "edgeLocation=AsiaPacific"))
                    .isEqualTo("0..Inf 0.00000121 Requests; ");
        }
    }

    @Test
    void nlbHoursAndCapacityUnits_areTheNetworkFamilys_notTheApplicationOnesNorTrustStores() throws IOException {
        // infracost lb.go and search index file 68593124846: family Load Balancer-Network, LoadBalancerUsage, Hrs.
        Importer.Result all = importAll(Set.of());
        perRegion(all, "AWSELB", "nlb-hours", "0..Inf 0.0235 Hrs; ", "0..Inf 0.0262 Hrs; ");
        // search index file 36029512101: NLB capacity units are LCUUsage in LCU-Hrs; trust-store hours are not LB hours.
        assertThat(ladder(all, "AWSELB", "us-east-1", "nlcu-hours", "")).isEqualTo("0..Inf 0.0061 LCU-Hrs; ");
        assertThat(ladder(all, "AWSELB", "us-east-1", "lcu-hours", "")).isEqualTo("0..Inf 0.0085 LCU-Hrs; ");
        assertThat(all.prices()).noneMatch(p -> p.sku().equals("ALBTRUST") || p.sku().equals("NLBTRUST"));
        assertThat(ladder(all, "AWSELB", "us-east-1", "alb-hours", "")).isEqualTo("0..Inf 0.0235 Hrs; ");
        assertThat(prices(all, "AWSELB", "us-east-1", "alb-hours", "")).extracting(Price::sku).containsOnly("ALBHRS");
    }

    @Test
    void transitGateway_vpcAttachmentHours_notPeeringAttachmentsOfTheSameUsagetype() throws IOException {
        // search index file 66039489456: USE1-TransitGateway-Hours, operation TransitGatewayVPC, unit hour or Hrs.
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(ladder(r, "AmazonVPC", "us-east-1", "transit-gateway-attachment-hours", "")).isEqualTo("0..Inf 0.051 Hrs; ");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("TGWPEER"));
    }

    @Test
    void interRegionTransfer_isBilledInTheSourceRegion_perDestination_notMultiRegionAccessPoints() throws IOException {
        // search index files 68413203594 (USE1-USW1-AWS-Out-Bytes, per GB) and 55068984723 (transferType
        // InterRegion Outbound, fromRegionCode, toRegionCode); an MRAP product shares the transferType.
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(ladder(r, "AWSDataTransfer", "us-east-1", "inter-region", "toRegion=us-west-2")).isEqualTo("0..Inf 0.021 GB; ");
        assertThat(ladder(r, "AWSDataTransfer", "us-east-1", "inter-region", "toRegion=eu-west-1")).isEqualTo("0..Inf 0.022 GB; ");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("XFRMRAP") || p.sku().equals("XFREUUSE1"));
        assertThat(ladder(importAll(Set.of()), "AWSDataTransfer", "eu-west-1", "inter-region", "toRegion=us-east-1"))
                .isEqualTo("0..Inf 0.023 GB; ");
    }

    @Test
    void ec2OperatingSystems_eachUnderItsOwnAttribute_licenceIncluded_notCapacityReservations() throws IOException {
        // RunInstances:0002 Windows, :0010 RHEL (search index file 42011947961), :000g SUSE (1807599819).
        Importer.Result r = importAll(Set.of("us-east-1"));
        String t3 = "instanceType=t3.micro;purchaseOption=OnDemand;tenancy=Shared;operatingSystem=";
        assertThat(ladder(r, "AmazonEC2", "us-east-1", "instance-hours", t3 + "Windows")).isEqualTo("0..Inf 0.0222 Hrs; ");
        assertThat(ladder(r, "AmazonEC2", "us-east-1", "instance-hours", t3 + "RHEL")).isEqualTo("0..Inf 0.0711 Hrs; ");
        assertThat(ladder(r, "AmazonEC2", "us-east-1", "instance-hours", t3 + "SUSE")).isEqualTo("0..Inf 0.0412 Hrs; ");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("EC2T3MICROSUSEUNUSED"));
    }

    @Test
    void dynamoDbOnDemandBackupsAndRestores() throws IOException {
        // AWS's DynamoDB usage types (search index file 51904527765): TimedBackupStorage-ByteHrs, RestoreDataSize-Bytes.
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(ladder(r, "AmazonDynamoDB", "us-east-1", "on-demand-backup", "")).isEqualTo("0..Inf 0.11 GB-Mo; ");
        assertThat(ladder(r, "AmazonDynamoDB", "us-east-1", "restore", "")).isEqualTo("0..Inf 0.16 GB; ");
    }

    @Test
    void rdsExtendedSupport_perEngineAndPhase_inTheRulesUnit_versionsThatAgreeAreOnePrice_auroraLeftOut() throws IOException {
        // search index file 61787468979: ExtendedSupport:Yr1-Yr2:<engine><version>, unit vCPU-hour.
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(ladder(r, "AmazonRDS", "us-east-1", "extended-support", "databaseEngine=MySQL;supportPhase=year-1-2"))
                .isEqualTo("0..Inf 0.11 vCPU-Hours; ");
        assertThat(ladder(r, "AmazonRDS", "us-east-1", "extended-support", "databaseEngine=PostgreSQL;supportPhase=year-3"))
                .isEqualTo("0..Inf 0.23 vCPU-Hours; ");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("ESAUR2"));
    }

    @Test
    void stepFunctions_standardFreeBandDropped_expressTiersKept_unitsAsTheRulesBill() throws IOException {
        // Usagetypes from search index files 68344224649 and 56176566520; units StateTransitions (a bill, 67351043990)
        // and Requests, GB-Seconds (67421712982), written as the rules' Transitions, Requests, GB-Second.
        Importer.Result r = importAll(Set.of("us-east-1"));
        assertThat(ladder(r, "AmazonStates", "us-east-1", "state-transitions", "")).isEqualTo("0..Inf 0.000026 Transitions; ");
        assertThat(ladder(r, "AmazonStates", "us-east-1", "express-requests", "")).isEqualTo("0..Inf 0.0000011 Requests; ");
        assertThat(ladder(r, "AmazonStates", "us-east-1", "express-duration", "")).isEqualTo(
                "0..3600000 0.000017 GB-Second; 3600000..18000000 0.000009 GB-Second; 18000000..Inf 0.000005 GB-Second; ");
    }

    @Test
    void cloudWatchLogClasses_andLogsInsights_notArchiveInstantAccessStorage() throws IOException {
        // AWS's CloudWatch billing guide (search index file 58850086449): DataProcessingIA-Bytes,
        // TimedStorage-IA-ByteHrs, DataScanned-Bytes; TimedStorage-AIA-ByteHrs is another class cloudplan does not price.
        Importer.Result r = importAll(Set.of("us-east-1"));
        String ia = "logClass=InfrequentAccess";
        assertThat(ladder(r, "AmazonCloudWatch", "us-east-1", "log-ingestion", ia)).isEqualTo("0..Inf 0.26 GB; ");
        assertThat(ladder(r, "AmazonCloudWatch", "us-east-1", "log-storage", ia)).isEqualTo("0..Inf 0.019 GB-Mo; ");
        assertThat(ladder(r, "AmazonCloudWatch", "us-east-1", "logs-insights-scanned", "")).isEqualTo("0..Inf 0.0051 GB; ");
        assertThat(r.prices()).noneMatch(p -> p.sku().equals("CWAIASTORE"));
        assertThat(prices(r, "AmazonCloudWatch", "us-east-1", "log-storage", "")).noneMatch(p -> p.sku().startsWith("CWIA"));
    }
}
