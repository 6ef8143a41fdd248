package dev.cloudplan.core.projection;

/** A charge the catalog cannot price: reported loudly, never counted as zero. */
public record UnpricedCharge(String component, String setting, String label, String reason) {}
