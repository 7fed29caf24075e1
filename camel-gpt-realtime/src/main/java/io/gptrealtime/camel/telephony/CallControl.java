package io.gptrealtime.camel.telephony;

import java.util.Optional;

import io.gptrealtime.camel.session.RealtimeSession;

/**
 * Call control for routes and tools: what can be done to the phone call behind a session. Found through the
 * session ({@link #of}); the producer operations hangUp, transfer and sendDtmf use it.
 */
public interface CallControl {

    /** The session attribute under which a call's control is kept. */
    String SESSION_ATTRIBUTE = "telephony.call";

    CallInfo call();

    /** Hangs up (SIP BYE); the call ends with endedBy=agent. Idempotent. */
    void hangUp();

    /** Transfers the caller (SIP REFER to {@code target}, e.g. sip:billing@example.com or tel:+15550100). */
    void transfer(String target);

    /** Sends DTMF digits to the caller's side (0-9, *, #, A-D). */
    void sendDtmf(String digits);

    /** Whether the call is still up. */
    boolean isActive();

    /** The control of the call behind {@code session}, if the session is a call. */
    static Optional<CallControl> of(RealtimeSession session) {
        Object c = session == null ? null : session.attributes().get(SESSION_ATTRIBUTE);
        return c instanceof CallControl control ? Optional.of(control) : Optional.empty();
    }
}
