package io.gptrealtime.camel;

/**
 * What a gpt-realtime producer does with the message.
 */
public enum GptRealtimeOperation {
    /** Opens the session of the session key (a no-op when it is open). */
    open,
    /** Appends the body's audio (byte[], InputStream, File or Path; WAV detected and converted) to the input buffer. */
    appendAudio,
    /** Commits the input audio buffer (push-to-talk, when turn detection is off). */
    commit,
    /** Clears the input audio buffer. */
    clearAudio,
    /** Adds the body text as a user message; a response follows unless createResponse=false. */
    sendText,
    /** Adds the body image (byte[] with image content, or a data: / https: URL String) as a user input_image. */
    sendImage,
    /** Asks the model for a response (queued until the active response is done). */
    createResponse,
    /** Cancels the active response. */
    cancelResponse,
    /** Sends session.update built from the endpoint options, or from a JSON body when one is given. */
    updateSession,
    /** Truncates an assistant audio item (headers CamelGptRealtimeItemId and CamelGptRealtimeAudioMs). */
    truncate,
    /** Sends the body (a JSON client event) as it is. */
    sendEvent,
    /** Closes the session. */
    close,
    /**
     * Request-reply: streams the whole body (WAV/audio or text) in as one user turn, waits for the response and
     * returns the assistant transcript (or audio) with the user transcript as a header.
     */
    turn,
    /** Hangs up the phone call of the session (SIP BYE); the call ends with endedBy=agent. */
    hangUp,
    /** Transfers the phone call of the session (SIP REFER) to the CamelGptRealtimeTransferTarget header or the body. */
    transfer,
    /** Sends the body's digits (0-9, *, #, A-D) as DTMF to the caller's side of the phone call of the session. */
    sendDtmf,
    /**
     * Accepts the ringing OpenAI SIP call of the CamelGptRealtimePhoneCallId header with the endpoint's session
     * configuration (a JSON body or the CamelGptRealtimeCallSessionConfig header is merged over it) and attaches to
     * it as a session of the agent.
     */
    acceptCall,
    /** Rejects the ringing OpenAI SIP call of the CamelGptRealtimePhoneCallId header (CamelGptRealtimeSipStatus). */
    rejectCall,
    /** Transfers the OpenAI SIP call of the CamelGptRealtimePhoneCallId header by SIP REFER (target as for transfer). */
    referCall,
    /** Hangs up the OpenAI SIP or WebRTC call of the CamelGptRealtimePhoneCallId header. */
    hangUpCall,
    /**
     * Mints an ephemeral key (ek_...) for a browser or mobile client from the endpoint's session configuration (a
     * JSON body is merged over it); the body becomes the service's JSON answer, the key a header.
     */
    clientSecret,
    /** Like clientSecret, for a translation session (model and translationLanguage options). */
    translationClientSecret,
    /**
     * Request-reply for translation sessions (sessionType=translation): streams the whole body (WAV or audio) into a
     * translation session of its own, drains it with session.close and returns the translated audio (turnReply=wav)
     * or transcript, with both transcripts as headers.
     */
    translate;

    /** Whether the operation can act on a translation session (which has no conversation and no responses). */
    public boolean worksInTranslationSessions() {
        return this == open || this == appendAudio || this == updateSession || this == sendEvent || this == close
               || this == translate;
    }

    /** Whether the operation acts on the phone call behind the session rather than on the session. */
    public boolean isCallControl() {
        return this == hangUp || this == transfer || this == sendDtmf;
    }

    /** Whether the operation is an OpenAI REST request that needs no session (call control by id, client secrets). */
    public boolean isOpenAiRest() {
        return this == acceptCall || this == rejectCall || this == referCall || this == hangUpCall
               || this == clientSecret || this == translationClientSecret;
    }
}
