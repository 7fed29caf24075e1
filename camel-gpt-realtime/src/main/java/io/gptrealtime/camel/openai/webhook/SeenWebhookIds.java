package io.gptrealtime.camel.openai.webhook;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, thread-safe memory of webhook-ids that were accepted, each remembered until a given instant.
 * <p>
 * An id only needs remembering while its timestamp is still inside the tolerance: after that the timestamp check
 * refuses a replay on its own, so entries can expire and the memory stays small.
 */
final class SeenWebhookIds {

    private final int maxEntries;
    /** Insertion order lets us drop the oldest entry when the bound is hit. */
    private final Map<String, Long> expiryById = new LinkedHashMap<>();

    SeenWebhookIds(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.maxEntries = maxEntries;
    }

    /**
     * Records {@code id} as seen until {@code expiresAtEpochSecond}.
     *
     * @return false if the id was already present and not yet expired (a replay)
     */
    synchronized boolean markSeen(String id, long nowEpochSecond, long expiresAtEpochSecond) {
        Long previous = expiryById.get(id);
        if (previous != null && previous >= nowEpochSecond) {
            return false;
        }
        expiryById.remove(id);
        if (expiryById.size() >= maxEntries) {
            evictExpired(nowEpochSecond);
        }
        if (expiryById.size() >= maxEntries) {
            // Still full of live ids: dropping the oldest keeps memory bounded under a flood of validly signed
            // webhooks; it can only reopen a replay for an id that is nearest to going stale anyway.
            Iterator<String> oldest = expiryById.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        expiryById.put(id, expiresAtEpochSecond);
        return true;
    }

    synchronized int size() {
        return expiryById.size();
    }

    private void evictExpired(long nowEpochSecond) {
        expiryById.values().removeIf(expiry -> expiry < nowEpochSecond);
    }
}
