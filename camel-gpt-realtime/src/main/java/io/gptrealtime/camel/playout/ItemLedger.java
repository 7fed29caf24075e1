package io.gptrealtime.camel.playout;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bytes received and delivered per assistant item, for the most recent items only (older items can no longer be
 * truncated meaningfully). Not thread-safe: owned by its port, under the port's lock.
 */
final class ItemLedger {

    /** Items remembered; a response rarely has more than a few audio items. */
    static final int MAX_ITEMS = 64;

    static final class Entry {
        long received;
        long delivered;
    }

    private final Map<String, Entry> items = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ITEMS;
        }
    };

    Entry entry(String itemId) {
        return items.computeIfAbsent(itemId, k -> new Entry());
    }

    long received(String itemId) {
        Entry e = items.get(itemId);
        return e == null ? 0 : e.received;
    }

    long delivered(String itemId) {
        Entry e = items.get(itemId);
        return e == null ? 0 : e.delivered;
    }
}
