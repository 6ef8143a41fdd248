package dev.cloudplan.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Recomputed answers kept by their edits, the least recently used dropped past a total size: a slider has 41
 * positions, so the same edits come back often. Requests for edits being computed wait for that computation.
 */
final class Answers {
    /** An HTTP answer: its status and JSON body, and whether it was kept from an earlier request (for the bench). */
    record Answer(int status, byte[] body, boolean kept, String meta) {
        Answer(int status, byte[] body) {
            this(status, body, false, null);
        }
    }

    private final long maxBytes;
    private final Map<String, CompletableFuture<Answer>> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    Answers(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Answer get(String key, Supplier<Answer> compute) {
        CompletableFuture<Answer> f;
        boolean mine = false;
        synchronized (kept) {
            f = kept.get(key);
            if (f == null) {
                f = new CompletableFuture<>();
                kept.put(key, f);
                mine = true;
            }
        }
        if (!mine) {
            Answer a = f.join();
            return new Answer(a.status(), a.body(), true, a.meta());
        }
        try {
            Answer a = compute.get();
            f.complete(a);
            synchronized (kept) {
                bytes += a.body().length;
                evict();
            }
            return a;
        } catch (RuntimeException | Error e) {
            synchronized (kept) {
                kept.remove(key);
            }
            f.completeExceptionally(e);
            throw e;
        }
    }

    private void evict() {
        for (Iterator<CompletableFuture<Answer>> it = kept.values().iterator(); it.hasNext() && bytes > maxBytes; ) {
            CompletableFuture<Answer> f = it.next();
            if (f.isDone() && !f.isCompletedExceptionally()) {
                bytes -= f.join().body().length;
                it.remove();
            }
        }
    }
}
