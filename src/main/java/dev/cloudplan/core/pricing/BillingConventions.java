package dev.cloudplan.core.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

/** Conventions every rule shares, each stated once so an estimate can list them as assumptions. */
public final class BillingConventions {
    private BillingConventions() {}

    /** AWS's calculator month: 365 days x 24 hours / 12 = 730 hours (real months have 672 to 744). */
    public static final BigDecimal HOURS_PER_MONTH = new BigDecimal("730");

    public static final String HOURS_ASSUMPTION =
            "A month has 730 hours (365 x 24 / 12), as the AWS Pricing Calculator assumes; real months have 672 to 744.";

    /** Seconds in the 730-hour month, for turning monthly counts into average rates per second. */
    public static final BigDecimal SECONDS_PER_MONTH = HOURS_PER_MONTH.multiply(new BigDecimal("3600"));

    /** Precision for the few divisions usage derivation needs (rates, GB from KB); money is never divided. */
    public static final MathContext DIVISION = MathContext.DECIMAL64;

    /** 1 GB = 1024 MB = 1024 x 1024 KB, as AWS meters Lambda memory, DynamoDB items and data transfer. */
    public static final BigDecimal KB_PER_GB = new BigDecimal("1048576");

    public static final BigDecimal MB_PER_GB = new BigDecimal("1024");
}
