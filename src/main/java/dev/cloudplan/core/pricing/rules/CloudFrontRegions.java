package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.usage.Usage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudFront's region groups (the edge locations' geography, by which data out and requests are priced) and its edge
 * compute (CloudFront Functions, Lambda@Edge), kept beside the rule to keep it small.
 */
final class CloudFrontRegions {
    /** Spec name of each region group to the catalog's {@code edgeLocation} value. */
    static final Map<String, String> GROUPS = groups();

    private CloudFrontRegions() {}

    private static Map<String, String> groups() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("united-states", "UnitedStates");
        m.put("europe", "Europe");
        m.put("asia-pacific", "AsiaPacific");
        m.put("japan", "Japan");
        m.put("australia", "Australia");
        m.put("india", "India");
        m.put("south-america", "SouthAmerica");
        m.put("middle-east", "MiddleEast");
        m.put("south-africa", "SouthAfrica");
        return m;
    }

    /** {@code united-states 60%, europe 40%}: each group once, shares above 0 adding up to exactly 100%. */
    static Map<String, BigDecimal> parseMix(String text) {
        Map<String, BigDecimal> mix = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (String part : text.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words.length != 2 || !words[1].matches("\\d+(\\.\\d+)?%")) {
                throw new InvalidSettingException("region_mix", "'" + part.trim() + "' is not a region group and a share",
                        "write each as GROUP PERCENT, e.g. 'united-states 60%, europe 40%'");
            }
            if (!GROUPS.containsKey(words[0])) {
                throw new InvalidSettingException("region_mix", "'" + words[0] + "' is not a CloudFront region group",
                        "use one of " + String.join(", ", GROUPS.keySet()));
            }
            BigDecimal share = new BigDecimal(words[1].substring(0, words[1].length() - 1)).movePointLeft(2);
            if (share.signum() == 0 || mix.put(words[0], share) != null) {
                throw new InvalidSettingException("region_mix", "'" + words[0] + "' is given twice or at 0%",
                        "give each region group once, with a share above 0%");
            }
            total = total.add(share);
        }
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidSettingException("region_mix", "the shares add up to " + Decimals.plain(total.movePointRight(2))
                    + "%, not 100%", "make the shares add up to 100%");
        }
        return mix;
    }

    /** Function invocations and, for Lambda@Edge, GB-seconds (billed per 1 ms of duration). */
    static Usage edgeCompute(Usage usage, CloudFrontRule.Config c, BigDecimal requests) {
        if (c.functions().equals("none")) {
            return usage.put("function_invocations", BigDecimal.ZERO, "functions: none")
                    .put("edge_gb_seconds", BigDecimal.ZERO, "functions: none");
        }
        BigDecimal invocations = c.functionInvocations() != null ? c.functionInvocations() : requests;
        String formula = c.functionInvocations() != null ? Decimals.plain(invocations) + " invocations"
                : Decimals.plain(invocations) + " invocations (one per request)";
        usage.put("function_invocations", invocations, formula);
        if (!c.functions().equals("lambda-edge")) {
            return usage.put("edge_gb_seconds", BigDecimal.ZERO, "cloudfront-functions: no duration charge");
        }
        BigDecimal gb = c.edgeMemoryMb().divide(BillingConventions.MB_PER_GB, BillingConventions.DIVISION);
        BigDecimal seconds = c.edgeDurationMs().setScale(0, java.math.RoundingMode.CEILING).movePointLeft(3);
        return usage.put("edge_gb_seconds", invocations.multiply(seconds).multiply(gb), formula + " x "
                + Decimals.plain(seconds) + " s x " + Decimals.plain(gb) + " GB");
    }

    static List<Charge> edgeComputeCharges(CloudFrontRule.Config c, Usage u) {
        return switch (c.functions()) {
            case "cloudfront-functions" -> List.of(Charge.of("CloudFront Functions invocations", "AmazonCloudFront",
                    "function-invocations", Attributes.NONE, "functions", u.get("function_invocations"), "Invocations",
                    u.formula("function_invocations")));
            case "lambda-edge" -> List.of(
                    Charge.of("Lambda@Edge requests", "AWSLambda", "edge-requests", Attributes.NONE, "functions",
                            u.get("function_invocations"), "Requests", u.formula("function_invocations")),
                    Charge.of("Lambda@Edge duration", "AWSLambda", "edge-duration", Attributes.NONE, "edge_duration",
                            u.get("edge_gb_seconds"), "Lambda-GB-Second", u.formula("edge_gb_seconds")));
            default -> List.of();
        };
    }
}
