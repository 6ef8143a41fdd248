package dev.cloudplan.catalogio;

import dev.cloudplan.core.catalog.PriceCatalog;

/** A catalog as loaded: its prices and the instance types it knows (to tell a typo from a missing price). */
public record LoadedCatalog(PriceCatalog prices, InstanceTypes instanceTypes) {}
