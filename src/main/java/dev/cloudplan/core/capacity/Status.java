package dev.cloudplan.core.capacity;

/** How close a resource is to its limit: within the target utilisation, above it, or beyond what the unit carries. */
public enum Status {
    OK, TIGHT, OVER;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
