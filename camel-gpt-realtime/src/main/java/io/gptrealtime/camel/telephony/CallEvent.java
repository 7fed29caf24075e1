package io.gptrealtime.camel.telephony;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.ServerEvent;

/**
 * A component event about the phone call behind a session (the service has no such events): the call started, the
 * caller pressed a key, the call ended. Published through the session so routes see it in order with the service's
 * events of the call.
 */
public final class CallEvent extends ServerEvent {

    public static final String STARTED = "call.started";
    public static final String DTMF = "call.dtmf";
    public static final String ENDED = "call.ended";

    private final String type;
    @JsonProperty("call")
    private final CallInfo call;
    @JsonProperty("digit")
    private final String digit;
    @JsonProperty("ended_by")
    private final CallEndedBy endedBy;
    @JsonProperty("reason")
    private final String reason;
    @JsonProperty("duration_ms")
    private final long durationMs;

    private CallEvent(String type, CallInfo call, String digit, CallEndedBy endedBy, String reason, long durationMs) {
        this.type = type;
        this.call = call;
        this.digit = digit;
        this.endedBy = endedBy;
        this.reason = reason;
        this.durationMs = durationMs;
    }

    public static CallEvent started(CallInfo call) {
        return new CallEvent(STARTED, call, null, null, null, 0);
    }

    public static CallEvent dtmf(CallInfo call, char digit, long sinceStartMs) {
        return new CallEvent(DTMF, call, String.valueOf(digit), null, null, sinceStartMs);
    }

    public static CallEvent ended(CallInfo call, CallEndedBy endedBy, String reason, long durationMs) {
        return new CallEvent(ENDED, call, null, endedBy, reason, durationMs);
    }

    @Override
    public String getType() {
        return type;
    }

    public CallInfo getCall() {
        return call;
    }

    /** The key pressed (0-9, *, #, A-D) of a call.dtmf event. */
    public String getDigit() {
        return digit;
    }

    /** Who ended the call (call.ended). */
    public CallEndedBy getEndedBy() {
        return endedBy;
    }

    /** Why the call ended, in words (call.ended), e.g. "BYE", "CANCEL", "no RTP for 30000 ms". */
    public String getReason() {
        return reason;
    }

    /**
     * For call.ended: milliseconds from the answer to the end (0 when never answered). For call.dtmf: milliseconds
     * since the answer.
     */
    public long getDurationMs() {
        return durationMs;
    }

    public Map<String, String> headers() {
        return call.headers();
    }
}
