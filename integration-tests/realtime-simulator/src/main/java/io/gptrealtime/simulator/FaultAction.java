package io.gptrealtime.simulator;

import java.time.Duration;
import java.util.Objects;

/** What a fault does to a session. Immutable. */
public final class FaultAction {

    /** The kinds of fault. */
    public enum Kind {
        /** Reset the TCP connection: no close frame, no FIN handshake (SO_LINGER 0). */
        DROP,
        /** Send a close frame with a code and reason, then close (waits briefly for the client's close frame). */
        CLOSE,
        /** Hold every later outbound event back by a fixed delay (order preserved); zero removes the delay. */
        DELAY_OUTBOUND,
        /** Send an {@code error} event. */
        SEND_ERROR,
        /** Send a text frame verbatim — any JSON, or not JSON at all. */
        SEND_RAW,
        /** Send the service's {@code session_expired} error, then close. */
        EXPIRE_SESSION
    }

    private final Kind kind;
    private final int closeCode;
    private final String text;
    private final Duration delay;
    private final String errorType;
    private final String errorCode;
    private final String errorParam;

    private FaultAction(Kind kind, int closeCode, String text, Duration delay, String errorType, String errorCode,
                        String errorParam) {
        this.kind = kind;
        this.closeCode = closeCode;
        this.text = text;
        this.delay = delay;
        this.errorType = errorType;
        this.errorCode = errorCode;
        this.errorParam = errorParam;
    }

    public static FaultAction drop() {
        return new FaultAction(Kind.DROP, 0, null, Duration.ZERO, null, null, null);
    }

    public static FaultAction close(int code, String reason) {
        if (code < 1000 || code > 4999 || code == 1005 || code == 1006 || code == 1015) {
            throw new IllegalArgumentException("not a sendable WebSocket close code: " + code);
        }
        return new FaultAction(Kind.CLOSE, code, reason == null ? "" : reason, Duration.ZERO, null, null, null);
    }

    public static FaultAction delayOutbound(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        return new FaultAction(Kind.DELAY_OUTBOUND, 0, null, delay, null, null, null);
    }

    public static FaultAction sendError(String type, String code, String message) {
        return sendError(type, code, message, null);
    }

    public static FaultAction sendError(String type, String code, String message, String param) {
        return new FaultAction(Kind.SEND_ERROR, 0, Objects.requireNonNull(message, "message"), Duration.ZERO,
                Objects.requireNonNull(type, "type"), code, param);
    }

    public static FaultAction sendRaw(String text) {
        return new FaultAction(Kind.SEND_RAW, 0, Objects.requireNonNull(text, "text"), Duration.ZERO, null, null,
                null);
    }

    public static FaultAction expireSession() {
        return new FaultAction(Kind.EXPIRE_SESSION, 0, null, Duration.ZERO, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public int closeCode() {
        return closeCode;
    }

    /** Close reason, raw text, or error message, depending on the kind. */
    public String text() {
        return text;
    }

    public Duration delay() {
        return delay;
    }

    public String errorType() {
        return errorType;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorParam() {
        return errorParam;
    }

    /** Whether the session is gone (or going) after this action, so a triggering client event is not handled. */
    boolean terminal() {
        return kind == Kind.DROP || kind == Kind.CLOSE || kind == Kind.EXPIRE_SESSION;
    }

    @Override
    public String toString() {
        switch (kind) {
            case CLOSE:
                return "close(" + closeCode + ", " + text + ")";
            case DELAY_OUTBOUND:
                return "delayOutbound(" + delay.toMillis() + " ms)";
            case SEND_ERROR:
                return "sendError(" + errorCode + ")";
            case SEND_RAW:
                return "sendRaw(" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + ")";
            default:
                return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
