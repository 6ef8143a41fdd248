package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.money.Decimals;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One group of identical EBS volumes: how many, their type, size, and the IOPS and throughput provisioned on each
 * (at the type's included baseline when the type has none to provision).
 */
public record EbsVolume(int count, Type type, BigDecimal sizeGb, int iops, BigDecimal throughputMibps) {
    /**
     * The EBS volume types, named as the Price List's {@code volumeApiName} (the catalog's {@code volumeType}), with what
     * each bills besides its GB-months (https://aws.amazon.com/ebs/pricing/; IOPS ranges: limits.csv).
     */
    public enum Type {
        GP2(false, false, false),
        GP3(true, true, false),
        IO1(true, false, false),
        IO2(true, false, false),
        ST1(false, false, false),
        SC1(false, false, false),
        /** Previous-generation magnetic volumes: billed per million I/O requests as well. */
        STANDARD(false, false, true);

        private final boolean provisionsIops;
        private final boolean provisionsThroughput;
        private final boolean billsIoRequests;

        Type(boolean provisionsIops, boolean provisionsThroughput, boolean billsIoRequests) {
            this.provisionsIops = provisionsIops;
            this.provisionsThroughput = provisionsThroughput;
            this.billsIoRequests = billsIoRequests;
        }

        public boolean provisionsIops() {
            return provisionsIops;
        }

        public boolean provisionsThroughput() {
            return provisionsThroughput;
        }

        public boolean billsIoRequests() {
            return billsIoRequests;
        }

        /** The name in a spec and in the catalog: gp3, io2, standard. */
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type named {@code name}, or null. */
        public static Type of(String name) {
            return Arrays.stream(values()).filter(t -> t.apiName().equals(name.trim().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
        }

        /** Every type name, for errors and for the spec's choices. */
        public static List<String> names() {
            return Arrays.stream(values()).map(Type::apiName).toList();
        }
    }

    /** IOPS every gp3 volume includes at no charge. */
    public static final int GP3_IOPS = 3000;
    /** Throughput every gp3 volume includes at no charge, MiB/s. */
    public static final BigDecimal GP3_THROUGHPUT_MIBPS = new BigDecimal("125");

    /** {@code count} volumes of {@code type} at the type's included baseline (gp3: 3,000 IOPS and 125 MiB/s). */
    public static EbsVolume baseline(int count, Type type, BigDecimal sizeGb) {
        return new EbsVolume(count, type, sizeGb, type == Type.GP3 ? GP3_IOPS : 0,
                type == Type.GP3 ? GP3_THROUGHPUT_MIBPS : BigDecimal.ZERO);
    }

    /** As a spec writes it: {@code 2 x 500 GB io2, 8000 IOPS}. */
    @Override
    public String toString() {
        return count + " x " + Decimals.plain(sizeGb) + " GB " + type.apiName()
                + (type.provisionsIops() && iops != (type == Type.GP3 ? GP3_IOPS : 0) ? " " + iops + " IOPS" : "")
                + (type.provisionsThroughput() && throughputMibps.compareTo(GP3_THROUGHPUT_MIBPS) != 0
                        ? " " + Decimals.plain(throughputMibps) + " MiB/s" : "");
    }
}
