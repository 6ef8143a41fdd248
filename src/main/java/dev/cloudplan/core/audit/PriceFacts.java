package dev.cloudplan.core.audit;

import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.pricing.LineItem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the catalog says about a claimed figure: which regions charge a claimed unit price for a line's charge,
 * which free-tier allowances the charge has, and whether two figures differ by a unit factor.
 */
public final class PriceFacts {
    /** Factors a figure is off by when a unit was mistaken: 1000 vs 1024, GB vs MB, 730 vs 720 hours a month. */
    private static final Map<String, BigDecimal> FACTORS = factors();

    private final PriceCatalog catalog;
    private final String region;

    /** {@code catalog} should hold every region, so that another region's price can be recognised. */
    public PriceFacts(PriceCatalog catalog, String region) {
        this.catalog = catalog;
        this.region = region;
    }

    private static Map<String, BigDecimal> factors() {
        Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
        m.put("1,000 (a unit prefix: K, M or G written for the next one)", new BigDecimal("1000"));
        m.put("1,024 (binary and decimal units mixed)", new BigDecimal("1024"));
        m.put("1.024 (1,024 counted as 1,000)", new BigDecimal("1.024"));
        m.put("730/720 (a month of 720 hours or 30 days instead of AWS's 730 hours, 30.42 days)",
                new BigDecimal("730").divide(new BigDecimal("720"), MathContext.DECIMAL64));
        return m;
    }

    /** The regions other than the spec's whose price for {@code line}'s charge is exactly {@code usd}. */
    public List<String> regionsCharging(LineItem line, BigDecimal usd) {
        return regionsNear(line, usd, BigDecimal.ZERO);
    }

    /** The regions other than the spec's whose price for {@code line}'s charge is within {@code tolerance} of {@code usd}. */
    public List<String> regionsNear(LineItem line, BigDecimal usd, BigDecimal tolerance) {
        List<Price> here = catalog.prices().stream().filter(p -> p.region().equals(region) && same(p, line)
                && p.usd().compareTo(line.unitPrice()) == 0).toList();
        TreeMap<String, String> out = new TreeMap<>();
        for (Price h : here) {
            catalog.prices().stream().filter(p -> !p.region().equals(region) && same(p, line)
                    && p.attributes().equals(h.attributes())
                    && p.usd().subtract(usd).abs().compareTo(tolerance) <= 0)
                    .forEach(p -> out.put(p.region(), p.region()));
        }
        return List.copyOf(out.keySet());
    }

    private static boolean same(Price p, LineItem line) {
        return p.service().equals(line.service()) && p.charge().equals(line.charge());
    }

    /** The free-tier allowance of {@code line}'s charge whose quantity is exactly {@code quantity}, if any. */
    public Optional<FreeTierAllowance> allowanceOf(LineItem line, BigDecimal quantity) {
        return catalog.allowances().stream().filter(a -> a.service().equals(line.service())
                && a.charge().equals(line.charge()) && a.quantity().compareTo(quantity) == 0).findFirst();
    }

    /** The unit factor {@code a} and {@code b} differ by (either way, within 0.2%), described; empty when none. */
    public static Optional<String> unitFactor(BigDecimal a, BigDecimal b) {
        if (a.signum() <= 0 || b.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal ratio = a.divide(b, MathContext.DECIMAL64);
        for (Map.Entry<String, BigDecimal> f : FACTORS.entrySet()) {
            for (BigDecimal target : List.of(f.getValue(), BigDecimal.ONE.divide(f.getValue(), MathContext.DECIMAL64))) {
                BigDecimal off = ratio.subtract(target).abs().divide(target, MathContext.DECIMAL64);
                if (off.compareTo(new BigDecimal("0.002")) <= 0) {
                    return Optional.of(f.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
