package dev.cloudplan.core.capacity;

import java.math.BigDecimal;

/** One documented AWS quota, limit or specification, with the page it was read from and that page's date as read. */
public record Limit(String key, BigDecimal value, String unit, String source, String asOf) {}
