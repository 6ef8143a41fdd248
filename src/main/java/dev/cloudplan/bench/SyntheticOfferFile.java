package dev.cloudplan.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic AmazonEC2 offer file in the official JSON schema and layout (pretty-printed with
 * AWS's {@code " : "} separators, products then terms, OnDemand and Reserved terms with upfront fees),
 * with EC2's mix of products: every instance type in many operating systems, tenancies, pre-installed
 * software and capacity states, of which only the Linux / Shared / NA / Used one is a product cloudplan
 * keeps. Its prices are made up; it exists to measure the importer on a file as large as AWS's.
 */
public final class SyntheticOfferFile {
    private static final String[] SIZES = {"nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "4xlarge",
            "8xlarge", "12xlarge", "16xlarge", "24xlarge"};
    private static final String[][] OS = {{"Linux", "RunInstances", "No License required"},
            {"Windows", "RunInstances:0002", "License Included"}, {"RHEL", "RunInstances:0010", "No License required"},
            {"SUSE", "RunInstances:000g", "No License required"}, {"Ubuntu Pro", "RunInstances:0g00", "No License required"}};
    private static final String[] TENANCY = {"Shared", "Dedicated", "Host"};
    private static final String[] SOFTWARE = {"NA", "SQL Std", "SQL Web"};
    private static final String[] CAPACITY = {"Used", "UnusedCapacityReservation", "AllocatedCapacityReservation"};
    private static final String[][] RESERVED = {{"1yr", "standard", "No Upfront"}, {"1yr", "standard", "Partial Upfront"},
            {"1yr", "standard", "All Upfront"}, {"3yr", "standard", "No Upfront"}, {"3yr", "standard", "Partial Upfront"},
            {"3yr", "standard", "All Upfront"}, {"3yr", "convertible", "All Upfront"}};
    private static final int VARIANTS = OS.length * TENANCY.length * SOFTWARE.length * CAPACITY.length;

    /** What was written. */
    public record Written(long bytes, int products, int selectable) {}

    private SyntheticOfferFile() {}

    /** Writes at least {@code targetBytes} bytes to {@code file}. */
    public static Written write(Path file, long targetBytes) throws IOException {
        long perProduct = sampleBytesPerProduct();
        int products = (int) Math.max(VARIANTS, targetBytes / perProduct + VARIANTS);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 20)) {
            write(w, products);
        }
        return new Written(Files.size(file), products, (products + VARIANTS - 1) / VARIANTS);
    }

    private static long sampleBytesPerProduct() throws IOException {
        CountingWriter counter = new CountingWriter();
        write(counter, VARIANTS * 20);
        return counter.count / (VARIANTS * 20L);
    }

    private static void write(Writer w, int products) throws IOException {
        w.write("{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"Synthetic offer file made by 'cloudplan bench"
                + " import'; prices are made up.\",\n  \"offerCode\" : \"AmazonEC2\",\n  \"version\" : \"20261120000000\",\n"
                + "  \"publicationDate\" : \"2026-11-20T00:00:00Z\",\n  \"products\" : {\n");
        for (int i = 0; i < products; i++) {
            product(w, i);
            w.write(i + 1 < products ? "    },\n" : "    }\n");
        }
        w.write("  },\n  \"terms\" : {\n    \"OnDemand\" : {\n");
        for (int i = 0; i < products; i++) {
            String sku = sku(i);
            w.write("      \"" + sku + "\" : {\n");
            term(w, sku, "JRTCKXETXF", hourly(i), null, null);
            w.write(i + 1 < products ? "\n      },\n" : "\n      }\n");
        }
        w.write("    },\n    \"Reserved\" : {\n");
        boolean first = true;
        for (int i = 0; i < products; i++) {
            if (!capacity(i).equals("Used")) {
                continue;
            }
            String sku = sku(i);
            w.write((first ? "" : ",\n") + "      \"" + sku + "\" : {\n");
            first = false;
            for (int t = 0; t < RESERVED.length; t++) {
                String[] r = RESERVED[t];
                String discount = t < 3 ? "0.62" : "0.41";
                String upfront = r[2].equals("No Upfront") ? null : Long.toString(Math.round(hourly(i) * 8760 * (t < 3 ? 1 : 3) * 0.5));
                term(w, sku, "R" + t + "TERMCODE", r[2].equals("All Upfront") ? 0 : hourly(i) * Double.parseDouble(discount),
                        upfront, r);
                w.write(t + 1 < RESERVED.length ? ",\n" : "\n");
            }
            w.write("      }");
        }
        w.write("\n    }\n  },\n  \"attributesList\" : { }\n}\n");
    }

    private static void product(Writer w, int i) throws IOException {
        int type = i / VARIANTS;
        int v = i % VARIANTS;
        String[] os = OS[v % OS.length];
        String tenancy = TENANCY[v / OS.length % TENANCY.length];
        String software = SOFTWARE[v / (OS.length * TENANCY.length) % SOFTWARE.length];
        String capacity = capacity(i);
        String instanceType = "s" + (type / SIZES.length) + "." + SIZES[type % SIZES.length];
        int vcpu = 1 << Math.min(type % SIZES.length, 7);
        String usage = (capacity.equals("Used") ? (tenancy.equals("Shared") ? "BoxUsage:" : "DedicatedUsage:")
                : "UnusedBox:") + instanceType;
        w.write("    \"" + sku(i) + "\" : {\n      \"sku\" : \"" + sku(i) + "\",\n      \"productFamily\" : \"Compute Instance\",\n"
                + "      \"attributes\" : {\n");
        attr(w, "servicecode", "AmazonEC2");
        attr(w, "location", "US East (N. Virginia)");
        attr(w, "locationType", "AWS Region");
        attr(w, "instanceType", instanceType);
        attr(w, "currentGeneration", "Yes");
        attr(w, "instanceFamily", "General purpose");
        attr(w, "vcpu", Integer.toString(vcpu));
        attr(w, "physicalProcessor", "Intel Xeon Platinum 8175");
        attr(w, "clockSpeed", "3.1 GHz");
        attr(w, "memory", (vcpu * 4) + " GiB");
        attr(w, "storage", "EBS only");
        attr(w, "networkPerformance", "Up to 10 Gigabit");
        attr(w, "processorArchitecture", "64-bit");
        attr(w, "tenancy", tenancy);
        attr(w, "operatingSystem", os[0]);
        attr(w, "licenseModel", os[2]);
        attr(w, "usagetype", usage);
        attr(w, "operation", os[1]);
        attr(w, "availabilityzone", "NA");
        attr(w, "capacitystatus", capacity);
        attr(w, "classicnetworkingsupport", "false");
        attr(w, "dedicatedEbsThroughput", "Up to 2120 Mbps");
        attr(w, "ecu", Integer.toString(vcpu * 3));
        attr(w, "enhancedNetworkingSupported", "Yes");
        attr(w, "gpuMemory", "NA");
        attr(w, "intelAvxAvailable", "Yes");
        attr(w, "intelAvx2Available", "Yes");
        attr(w, "intelTurboAvailable", "Yes");
        attr(w, "marketoption", "OnDemand");
        attr(w, "normalizationSizeFactor", Integer.toString(vcpu * 2));
        attr(w, "preInstalledSw", software);
        attr(w, "processorFeatures", "Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo");
        attr(w, "regionCode", "us-east-1");
        attr(w, "servicename", "Amazon Elastic Compute Cloud");
        w.write("        \"vpcnetworkingsupport\" : \"true\"\n      }\n");
    }

    private static String capacity(int i) {
        return CAPACITY[i % VARIANTS / (OS.length * TENANCY.length * SOFTWARE.length) % CAPACITY.length];
    }

    private static double hourly(int i) {
        return 0.0052 * (1 << Math.min(i / VARIANTS % SIZES.length, 7)) * (1 + i % OS.length * 0.3);
    }

    private static void attr(Writer w, String key, String value) throws IOException {
        w.write("        \"" + key + "\" : \"" + value + "\",\n");
    }

    private static void term(Writer w, String sku, String code, double hourly, String upfront, String[] reserved)
            throws IOException {
        String term = sku + "." + code;
        w.write("        \"" + term + "\" : {\n          \"offerTermCode\" : \"" + code + "\",\n          \"sku\" : \"" + sku
                + "\",\n          \"effectiveDate\" : \"2026-11-01T00:00:00Z\",\n          \"priceDimensions\" : {\n");
        String rate = term + ".6YS6EN2CT7";
        w.write("            \"" + rate + "\" : {\n              \"rateCode\" : \"" + rate + "\",\n"
                + "              \"description\" : \"$" + String.format("%.4f", hourly) + " per Instance Hour\",\n"
                + "              \"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n"
                + "              \"unit\" : \"Hrs\",\n              \"pricePerUnit\" : {\n                \"USD\" : \""
                + String.format("%.10f", hourly) + "\"\n              },\n              \"appliesTo\" : [ ]\n            }");
        if (upfront != null) {
            String fee = term + ".2TG2D8R56U";
            w.write(",\n            \"" + fee + "\" : {\n              \"rateCode\" : \"" + fee + "\",\n"
                    + "              \"description\" : \"Upfront Fee\",\n              \"unit\" : \"Quantity\",\n"
                    + "              \"pricePerUnit\" : {\n                \"USD\" : \"" + upfront + "\"\n              },\n"
                    + "              \"appliesTo\" : [ ]\n            }");
        }
        w.write("\n          },\n          \"termAttributes\" : {");
        if (reserved != null) {
            w.write("\n            \"LeaseContractLength\" : \"" + reserved[0] + "\",\n            \"OfferingClass\" : \""
                    + reserved[1] + "\",\n            \"PurchaseOption\" : \"" + reserved[2] + "\"\n          ");
        } else {
            w.write(" ");
        }
        w.write("}\n        }");
    }

    /** A SKU-like 16-character code for product {@code i}, unique: multiplying by an odd constant is a bijection. */
    static String sku(int i) {
        long x = (i + 1L) * 0x9E3779B97F4A7C15L;
        StringBuilder sb = new StringBuilder("EC2");
        String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        for (int k = 0; k < 13; k++) {
            sb.append(alphabet.charAt((int) Long.remainderUnsigned(x, alphabet.length())));
            x = Long.divideUnsigned(x, alphabet.length());
        }
        return sb.toString();
    }

    /** Counts characters (ASCII, so bytes) without storing them. */
    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] cbuf, int off, int len) {
            count += len;
        }

        @Override
        public void write(String str) {
            count += str.length();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

}
