package io.gptrealtime.camel.telephony.sip;

import java.util.Map;

/**
 * One inbound SIP call (INVITE dialog) as the gateway drives it. Methods are thread-safe and never block on the
 * network; they do nothing when the call is already over.
 */
public interface SipCall {

    String callId();

    /** The From URI (caller). */
    String from();

    /** The To URI (called party). */
    String to();

    /** The INVITE's headers by name (the first value of each). */
    Map<String, String> headers();

    /** udp or tcp. */
    String transport();

    /** The SDP offer of the INVITE, or null when it had none. */
    String offer();

    /** The host the INVITE arrived at (our listening address), for the SDP answer. */
    String localHost();

    /** Sends 180 Ringing. */
    void ringing();

    /** Sends 200 OK with the SDP answer. */
    void answer(String sdp);

    /** Refuses the call with a final response (e.g. 488 with a warning, 503). */
    void reject(int status, String reason);

    /** Ends an answered call with BYE. */
    void bye();

    /** Sends REFER with Refer-To {@code target} (blind transfer). */
    void refer(String target);

    void setListener(Listener listener);

    /** What happens to the call after the INVITE; called on the stack's thread, must not block. */
    interface Listener {
        /** The caller's ACK arrived: the call is up. */
        default void onConfirmed() {
        }

        /**
         * The call is over without us ending it: BYE or CANCEL from the caller, or the ACK never came.
         *
         * @param byCaller true for BYE and CANCEL
         */
        void onEnded(boolean byCaller, String reason);

        /**
         * A re-INVITE with a new offer (or none). Returns the SDP answer, or null to refuse with 488 (the call goes on
         * with the old media).
         */
        String onReoffer(String sdp);

        /** A key press sent with SIP INFO (application/dtmf-relay or application/dtmf). */
        default void onInfoDtmf(char key) {
        }

        /** The outcome of a transfer: the status of the REFER, then of the NOTIFY sipfrag. */
        default void onTransferProgress(int status, boolean finalStatus) {
        }
    }
}
