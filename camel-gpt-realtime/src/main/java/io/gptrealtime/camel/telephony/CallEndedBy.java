package io.gptrealtime.camel.telephony;

/** Who or what ended a call, as reported in the call.ended event. */
public enum CallEndedBy {
    /** The caller hung up (SIP BYE or CANCEL, Twilio stop, AudioSocket terminate). */
    caller,
    /** A route or tool hung up, or the call was transferred away. */
    agent,
    /** The caller's media stopped for longer than the inactivity timeout. */
    timeout,
    /** The session or the media connection failed. */
    error,
    /** The gateway stopped (the route or Camel shut down). */
    shutdown
}
