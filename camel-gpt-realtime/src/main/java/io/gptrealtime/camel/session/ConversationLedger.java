package io.gptrealtime.camel.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.gptrealtime.camel.protocol.ConversationItem;

/**
 * What was said in a session, as text, so that a replacement server session (after a reconnect or a rotation) can be
 * seeded with the same conversation: user turns (their transcripts, or the text sent), assistant turns (their
 * transcript, cut to what the caller heard after a barge-in), function calls with their outputs. Assistant audio
 * cannot be recreated — the service accepts assistant items as text only — and user audio without input
 * transcription cannot be replayed at all: enable input transcription for faithful replay.
 * <p>
 * Bounded to the most recent {@code maxItems}; guarded by {@code this} (written from the reader thread and from
 * senders).
 */
public final class ConversationLedger {

    /** One remembered item (null: a user audio turn awaiting its transcript); {@code key} finds it for updates. */
    private static final class Entry {
        final String key;
        ConversationItem item;

        Entry(String key, ConversationItem item) {
            this.key = key;
            this.item = item;
        }
    }

    private final int maxItems;
    private final Deque<Entry> entries = new ArrayDeque<>();
    /** Incremented on every change: a rotation checks nothing was said while it prepared the new session. */
    private long version;
    private long trimmed;

    public ConversationLedger(int maxItems) {
        this.maxItems = maxItems;
    }

    public synchronized void userText(String key, String text) {
        add(key, ConversationItem.userText(text));
    }

    /**
     * A user audio turn was committed: it takes its place in the conversation now, its words arrive later with
     * the (asynchronous) input transcription.
     */
    public synchronized void userTurnCommitted(String itemId) {
        add(itemId, null);
    }

    /** The transcript of a committed user audio turn. */
    public synchronized void userTranscript(String itemId, String transcript) {
        for (Entry e : entries) {
            if (itemId != null && itemId.equals(e.key)) {
                e.item = ConversationItem.userText(transcript);
                version++;
                return;
            }
        }
        add(itemId, ConversationItem.userText(transcript));
    }

    public synchronized void systemText(String key, String text) {
        add(key, ConversationItem.systemText(text));
    }

    /** An assistant item's transcript; replaces the earlier text of the same item (e.g. after truncation). */
    public synchronized void assistantText(String itemId, String text) {
        if (text == null) {
            return;
        }
        for (Entry e : entries) {
            if (itemId != null && itemId.equals(e.key)) {
                e.item = ConversationItem.assistantText(text);
                version++;
                return;
            }
        }
        add(itemId, ConversationItem.assistantText(text));
    }

    public synchronized void functionCall(String callId, String name, String arguments) {
        add("call:" + callId, ConversationItem.functionCall(callId, name, arguments));
    }

    public synchronized void functionCallOutput(String callId, String output) {
        add("output:" + callId, ConversationItem.functionCallOutput(callId, output));
    }

    /** Whether the conversation ends with a user turn nobody answered yet. */
    public synchronized boolean endsWithUserTurn() {
        Entry last = entries.peekLast();
        return last != null && (last.item == null || last.item.isMessage() && "user".equals(last.item.getRole()));
    }

    /** The items to replay, oldest first (copies: callers may send them). */
    public synchronized List<ConversationItem> snapshot() {
        List<ConversationItem> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.item != null) { // a user turn whose transcript never came cannot be replayed
                out.add(copy(e.item));
            }
        }
        return out;
    }

    public synchronized long version() {
        return version;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Items dropped because the ledger was full. */
    public synchronized long trimmed() {
        return trimmed;
    }

    private void add(String key, ConversationItem item) {
        entries.addLast(new Entry(key, item));
        version++;
        while (entries.size() > maxItems) {
            entries.pollFirst();
            trimmed++;
        }
    }

    private static ConversationItem copy(ConversationItem item) {
        ConversationItem c = new ConversationItem().setType(item.getType()).setRole(item.getRole())
                .setCallId(item.getCallId()).setName(item.getName()).setArguments(item.getArguments())
                .setOutput(item.getOutput());
        c.setContent(item.getContent() == null ? null : new ArrayList<>(item.getContent()));
        return c;
    }
}
