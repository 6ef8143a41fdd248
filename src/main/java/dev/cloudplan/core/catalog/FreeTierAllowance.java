package dev.cloudplan.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A monthly free quantity of a charge. Allowances sharing a {@code pool} draw on one quantity across
 * every component and service of the account (the 100 GB of free internet egress is one pool).
 */
public record FreeTierAllowance(
        FreeTierRegime regime,
        String service,
        String charge,
        Attributes attributes,
        BigDecimal quantity,
        String unit,
        String pool,
        LocalDate asOf,
        String source,
        String description,
        Grade grade) {

    public FreeTierAllowance {
        java.util.Objects.requireNonNull(grade, "grade");
    }

    public boolean appliesTo(PriceKey key) {
        return service.equals(key.service()) && charge.equals(key.charge()) && key.attributes().containsAll(attributes);
    }

    /** The pool's id; an allowance without a named pool is a pool of its own. */
    public String poolId() {
        return pool == null || pool.isBlank() ? service + "/" + charge + "/" + attributes : pool;
    }
}
