package io.gptrealtime.camel.telephony;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.playout.AudioPort;

/**
 * The carrier side of one call as a {@link CallBridge} sees it: where the caller's audio comes from (the leg calls the
 * bridge), where the assistant's audio goes, and the signalling the bridge can ask for. One implementation per
 * gateway (SIP with RTP, Twilio Media Streams, AudioSocket). Methods may be called from any thread.
 */
public interface CallLeg {

    /** The format of the caller audio the leg hands to {@link CallBridge#onCallerAudio}. */
    AudioFormat callerFormat();

    /** Where the assistant's audio plays: paced at real time, cleared on barge-in. */
    AudioPort downlink();

    /** The session is ready: accept the call (SIP 200 OK). A no-op where the call is already connected. */
    void answer();

    /** The session could not open: refuse the call (SIP 503) or close the connection. */
    void reject(String reason);

    /** Ends the call from our side (SIP BYE, closing the stream or socket). Idempotent. */
    void hangUp();

    /**
     * Transfers the caller to {@code target} (SIP REFER). The call ends once the transfer is accepted.
     *
     * @throws UnsupportedOperationException where the gateway cannot transfer
     */
    void transfer(String target);

    /**
     * Sends DTMF digits to the caller's side (RFC 4733 events on RTP).
     *
     * @throws UnsupportedOperationException where the gateway cannot
     * @throws IllegalArgumentException      for characters other than 0-9, *, #, A-D
     */
    void sendDtmf(String digits);

    /** Frees the media resources (ports, channels); called once when the call is over. */
    void release();

    /** Media counters of the leg (packets, frames, drops), by name; for statistics and the benchmark. */
    default java.util.Map<String, Long> mediaStats() {
        return java.util.Map.of();
    }
}
