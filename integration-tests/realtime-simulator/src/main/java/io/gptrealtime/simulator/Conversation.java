package io.gptrealtime.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The default conversation: items in order, by id. Owned by the session's event loop. */
final class Conversation {

    private final String id;
    private final int maxItems;
    private final List<ConversationItem> items = new ArrayList<>();
    private final Map<String, ConversationItem> byId = new HashMap<>();

    Conversation(String id, int maxItems) {
        this.id = id;
        this.maxItems = maxItems;
    }

    String id() {
        return id;
    }

    boolean contains(String itemId) {
        return byId.containsKey(itemId);
    }

    ConversationItem get(String itemId) {
        return byId.get(itemId);
    }

    /** Last item id, or null for an empty conversation. */
    String lastId() {
        return items.isEmpty() ? null : items.get(items.size() - 1).id();
    }

    List<ConversationItem> items() {
        return Collections.unmodifiableList(items);
    }

    int size() {
        return items.size();
    }

    /** Whether one more item fits; the caller reports the error (so it can carry the client's event id). */
    void checkRoom() throws RealtimeError {
        if (items.size() >= maxItems) {
            throw new RealtimeError(RealtimeError.INVALID_REQUEST, "conversation_too_large",
                    "The conversation has reached the simulator's limit of " + maxItems + " items; delete items "
                            + "first.", null);
        }
    }

    /**
     * Inserts an item. {@code previousItemId} null appends, {@code "root"} inserts at the start, an id inserts after
     * that item (validated by the caller). Returns the id of the item now before it, or null at the head.
     */
    String insert(ConversationItem item, String previousItemId) {
        int index;
        if (previousItemId == null) {
            index = items.size();
        } else if ("root".equals(previousItemId)) {
            index = 0;
        } else {
            index = items.indexOf(byId.get(previousItemId)) + 1;
        }
        items.add(index, item);
        byId.put(item.id(), item);
        return index == 0 ? null : items.get(index - 1).id();
    }

    /** Id of the item before this one, or null at the head (or when the item is gone). */
    String previousOf(String itemId) {
        int index = items.indexOf(byId.get(itemId));
        return index <= 0 ? null : items.get(index - 1).id();
    }

    ConversationItem remove(String itemId) {
        ConversationItem item = byId.remove(itemId);
        if (item != null) {
            items.remove(item);
        }
        return item;
    }

    boolean hasFunctionCall(String callId) {
        for (ConversationItem item : items) {
            if ("function_call".equals(item.type()) && callId.equals(item.callId())) {
                return true;
            }
        }
        return false;
    }
}
