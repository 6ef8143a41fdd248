package dev.cloudplan.core.usage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects, in order and once each, every default and convention an estimate relied on. */
public final class Assumptions {
    private final Set<String> items = new LinkedHashSet<>();

    public void add(String assumption) {
        items.add(assumption);
    }

    public void addAll(Assumptions other) {
        items.addAll(other.items);
    }

    public List<String> list() {
        return new ArrayList<>(items);
    }
}
