package dev.cloudplan.core.architecture;

import dev.cloudplan.core.catalog.Attributes;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How compute is bought: on demand, a Reserved Instance, a Savings Plan with its term and payment, or spot (EC2 only;
 * priced from the on-demand price at the discount the spec states, since no graded source has spot prices).
 */
public record PurchaseOption(Kind kind, int termYears, Payment payment, String offeringClass) {
    /** The ways AWS sells compute time. */
    public enum Kind {
        ON_DEMAND("on-demand", "OnDemand"),
        RESERVED("reserved", "Reserved"),
        COMPUTE_SAVINGS_PLAN("compute-savings-plan", "ComputeSavingsPlan"),
        EC2_INSTANCE_SAVINGS_PLAN("ec2-instance-savings-plan", "EC2InstanceSavingsPlan"),
        /** Looked up at the on-demand price, which the rule bills at the stated discount. */
        SPOT("spot", "OnDemand");

        final String spec;
        final String catalog;

        Kind(String spec, String catalog) {
            this.spec = spec;
            this.catalog = catalog;
        }
    }

    /** How much of a commitment is paid before its term starts. */
    public enum Payment {
        NO_UPFRONT("no-upfront", "NoUpfront"),
        PARTIAL_UPFRONT("partial-upfront", "PartialUpfront"),
        ALL_UPFRONT("all-upfront", "AllUpfront");

        final String spec;
        final String catalog;

        Payment(String spec, String catalog) {
            this.spec = spec;
            this.catalog = catalog;
        }
    }

    public static final PurchaseOption ON_DEMAND = new PurchaseOption(Kind.ON_DEMAND, 0, null, null);
    public static final PurchaseOption SPOT = new PurchaseOption(Kind.SPOT, 0, null, null);

    public static final String SYNTAX = "on-demand | reserved 1yr|3yr no-upfront|partial-upfront|all-upfront [standard|convertible]"
            + " | compute-savings-plan 1yr|3yr <payment> | ec2-instance-savings-plan 1yr|3yr <payment> | spot (EC2, with"
            + " spot_discount)";

    /** Compiled once: String.split compiles a pattern of more than one character on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Parses {@code reserved 3yr no-upfront}; throws IllegalArgumentException with the accepted syntax. */
    public static PurchaseOption parse(String text) {
        String[] words = SPACES.split(text.trim().toLowerCase(Locale.ROOT));
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.spec.equals(words[0])) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new IllegalArgumentException("unknown purchase option '" + text + "'; write " + SYNTAX);
        }
        if (kind == Kind.ON_DEMAND || kind == Kind.SPOT) {
            if (words.length != 1) {
                throw new IllegalArgumentException(kind.spec + " takes no term or payment"
                        + (kind == Kind.SPOT ? "; state the discount as spot_discount: 70%" : ""));
            }
            return kind == Kind.SPOT ? SPOT : ON_DEMAND;
        }
        if (words.length < 3 || words.length > 4) {
            throw new IllegalArgumentException("'" + text + "' needs a term and a payment option; write " + SYNTAX);
        }
        int years = switch (words[1]) {
            case "1yr", "1y", "1-year" -> 1;
            case "3yr", "3y", "3-year" -> 3;
            default -> throw new IllegalArgumentException("term '" + words[1] + "' is not 1yr or 3yr");
        };
        Payment payment = null;
        for (Payment p : Payment.values()) {
            if (p.spec.equals(words[2])) {
                payment = p;
            }
        }
        if (payment == null) {
            throw new IllegalArgumentException("payment '" + words[2] + "' is not no-upfront, partial-upfront or all-upfront");
        }
        String offering = null;
        if (kind == Kind.RESERVED) {
            offering = words.length == 4 ? words[3] : "standard";
            if (!offering.equals("standard") && !offering.equals("convertible")) {
                throw new IllegalArgumentException("reserved offering class '" + offering + "' is not standard or convertible");
            }
        } else if (words.length == 4) {
            throw new IllegalArgumentException("a savings plan has no offering class: '" + words[3] + "'");
        }
        return new PurchaseOption(kind, years, payment, offering);
    }

    public boolean isCommitment() {
        return kind != Kind.ON_DEMAND && kind != Kind.SPOT;
    }

    public int termMonths() {
        return termYears * 12;
    }

    /** The catalog attributes that select this option's prices, merged into a charge's own. */
    public Attributes attributes(Attributes base) {
        Map<String, String> map = new TreeMap<>(base.values());
        map.put("purchaseOption", kind.catalog);
        if (isCommitment()) {
            map.put("term", termYears + "yr");
            map.put("payment", payment.catalog);
            if (offeringClass != null) {
                map.put("offeringClass", offeringClass);
            }
        }
        return new Attributes(map);
    }

    @Override
    public String toString() {
        if (!isCommitment()) {
            return kind.spec;
        }
        return kind.spec + " " + termYears + "yr " + payment.spec + (offeringClass != null ? " " + offeringClass : "");
    }
}
