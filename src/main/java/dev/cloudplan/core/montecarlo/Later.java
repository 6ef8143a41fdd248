package dev.cloudplan.core.montecarlo;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/** A list read the first time it is asked for: the extra check workloads a compiled plan may never need. */
final class Later<T> extends AbstractList<T> {
    private final Supplier<List<T>> read;
    private List<T> list;

    Later(Supplier<List<T>> read) {
        this.read = read;
    }

    private List<T> list() {
        if (list == null) {
            list = read.get();
        }
        return list;
    }

    @Override
    public T get(int i) {
        return list().get(i);
    }

    @Override
    public int size() {
        return list().size();
    }
}
