package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One WebSocket text message as the simulator saw it: received from the client or sent to it. Immutable and
 * thread-safe; the parsed tree is built on first use for sent events (most tests never look at audio deltas).
 */
public final class RecordedEvent {

    /** Which way the message went. */
    public enum Direction {
        RECEIVED,
        SENT
    }

    private final long sequence;
    private final Direction direction;
    private final Instant time;
    private final long nanoTime;
    private final String raw;
    private final String type;
    /** Written once, under {@code this}; null until first asked for a sent event, or when the text is not JSON. */
    private JsonNode json;
    private boolean parsed;

    RecordedEvent(long sequence, Direction direction, Instant time, long nanoTime, String raw, String type,
                  JsonNode json) {
        this.sequence = sequence;
        this.direction = direction;
        this.time = time;
        this.nanoTime = nanoTime;
        this.raw = raw;
        this.type = type;
        this.json = json;
        this.parsed = json != null;
    }

    /** Position in the session's combined received+sent history, from 0. */
    public long sequence() {
        return sequence;
    }

    public Direction direction() {
        return direction;
    }

    /** Wall-clock time when the message was received or written. */
    public Instant time() {
        return time;
    }

    /** {@link System#nanoTime()} at the same moment, for measuring intervals. */
    public long nanoTime() {
        return nanoTime;
    }

    /** The exact text of the frame. */
    public String raw() {
        return raw;
    }

    /** The {@code type} field, or null when the text is not a JSON object with a string {@code type}. */
    public String type() {
        return type;
    }

    /** The parsed JSON (do not modify), or null when the text is not JSON. */
    public synchronized JsonNode json() {
        if (!parsed) {
            json = Json.parseOrNull(raw);
            parsed = true;
        }
        return json;
    }

    @Override
    public String toString() {
        String shown = raw.length() > 200 ? raw.substring(0, 200) + "…(" + raw.length() + " chars)" : raw;
        return "#" + sequence + " " + direction + " " + shown;
    }
}
