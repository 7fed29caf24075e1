package io.gptrealtime.simulator;

import java.time.Duration;
import java.util.Objects;

/** When a {@link FaultRule} fires. Evaluated on the session's event loop, in protocol order. */
public final class Trigger {

    /** The kinds of condition a rule can wait for. */
    public enum Kind {
        /** Right after {@code session.created} and {@code conversation.created} were sent. */
        ON_CONNECT,
        /** When the n-th client event of a type arrives, before the simulator handles it. */
        ON_CLIENT_EVENT,
        /** Right after the n-th server event of a type was written. */
        AFTER_SERVER_EVENT,
        /** After a delay: from the connection for rules present at connect time, else from when the rule is added. */
        AFTER_DELAY
    }

    private final Kind kind;
    private final String eventType;
    private final int nth;
    private final Duration delay;

    private Trigger(Kind kind, String eventType, int nth, Duration delay) {
        this.kind = kind;
        this.eventType = eventType;
        this.nth = nth;
        this.delay = delay;
    }

    public static Trigger onConnect() {
        return new Trigger(Kind.ON_CONNECT, null, 1, Duration.ZERO);
    }

    /** On the first client event of this type, e.g. {@code "response.create"}. */
    public static Trigger onClientEvent(String type) {
        return onClientEvent(type, 1);
    }

    /** On the n-th (1-based) client event of this type. */
    public static Trigger onClientEvent(String type, int nth) {
        return new Trigger(Kind.ON_CLIENT_EVENT, Objects.requireNonNull(type, "type"), positive(nth), Duration.ZERO);
    }

    /** After the n-th server event of this type was sent. */
    public static Trigger afterServerEvent(String type, int nth) {
        return new Trigger(Kind.AFTER_SERVER_EVENT, Objects.requireNonNull(type, "type"), positive(nth),
                Duration.ZERO);
    }

    /** After the n-th {@code response.output_audio.delta} was sent. */
    public static Trigger afterAudioDeltas(int n) {
        return afterServerEvent("response.output_audio.delta", n);
    }

    public static Trigger after(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        return new Trigger(Kind.AFTER_DELAY, null, 1, delay);
    }

    /** As soon as possible: on connect for a global rule, at once for a rule added to an open session. */
    public static Trigger now() {
        return after(Duration.ZERO);
    }

    public Kind kind() {
        return kind;
    }

    public String eventType() {
        return eventType;
    }

    public int nth() {
        return nth;
    }

    public Duration delay() {
        return delay;
    }

    private static int positive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("occurrence numbers start at 1: " + n);
        }
        return n;
    }

    @Override
    public String toString() {
        switch (kind) {
            case ON_CONNECT:
                return "onConnect";
            case ON_CLIENT_EVENT:
                return "onClientEvent(" + eventType + " #" + nth + ")";
            case AFTER_SERVER_EVENT:
                return "afterServerEvent(" + eventType + " #" + nth + ")";
            default:
                return "after(" + delay.toMillis() + " ms)";
        }
    }
}
