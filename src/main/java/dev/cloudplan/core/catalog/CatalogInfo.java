package dev.cloudplan.core.catalog;

import java.time.LocalDate;

/** A catalog version's identity: its name, the date its prices were read, and where they came from. */
public record CatalogInfo(String name, LocalDate date, String source) {}
