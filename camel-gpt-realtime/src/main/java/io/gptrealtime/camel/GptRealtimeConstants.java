package io.gptrealtime.camel;

import org.apache.camel.spi.Metadata;

/**
 * Camel message headers of the gpt-realtime component.
 */
public final class GptRealtimeConstants {

    @Metadata(label = "common", description = "The key of the conversation (session) of the agent. Producers open the session"
                                               + " on first use; consumers receive it on every event.",
              javaType = "String", important = true)
    public static final String SESSION_KEY = "CamelGptRealtimeSessionKey";
    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's operation option.",
              javaType = "io.gptrealtime.camel.GptRealtimeOperation", important = true)
    public static final String OPERATION = "CamelGptRealtimeOperation";
    @Metadata(label = "producer", description = "The format of raw (headerless) audio in the body: audio/pcm (24 kHz PCM16),"
                                                 + " audio/pcmu, audio/pcma, or pcm16;rate=N for PCM16 at another rate."
                                                 + " WAV bodies are detected and need no header.",
              javaType = "String")
    public static final String AUDIO_FORMAT = "CamelGptRealtimeAudioFormat";

    @Metadata(label = "consumer", description = "The server event type, e.g. response.output_audio_transcript.done.",
              javaType = "String", important = true)
    public static final String EVENT_TYPE = "CamelGptRealtimeEventType";
    @Metadata(label = "consumer", description = "The server event id.", javaType = "String")
    public static final String EVENT_ID = "CamelGptRealtimeEventId";
    @Metadata(label = "consumer", description = "The OpenAI session id (sess_...).", javaType = "String")
    public static final String SESSION_ID = "CamelGptRealtimeSessionId";
    @Metadata(description = "The response id (resp_...) the event belongs to.", javaType = "String")
    public static final String RESPONSE_ID = "CamelGptRealtimeResponseId";
    @Metadata(description = "The conversation item id. For the truncate operation: the assistant item to truncate.",
              javaType = "String")
    public static final String ITEM_ID = "CamelGptRealtimeItemId";
    @Metadata(label = "consumer", description = "The output index of the item in its response.", javaType = "Integer")
    public static final String OUTPUT_INDEX = "CamelGptRealtimeOutputIndex";
    @Metadata(description = "The content index within the item.", javaType = "Integer")
    public static final String CONTENT_INDEX = "CamelGptRealtimeContentIndex";
    @Metadata(label = "consumer", description = "The function call id of a function call event.", javaType = "String")
    public static final String CALL_ID = "CamelGptRealtimeCallId";
    @Metadata(label = "consumer", description = "The name of the function (or MCP tool) the model calls.",
              javaType = "String")
    public static final String TOOL_NAME = "CamelGptRealtimeToolName";
    @Metadata(label = "consumer", description = "The arguments of a function or MCP call as JSON text (tool and"
                                                + " approval consumers get them as a Map body too).",
              javaType = "String")
    public static final String TOOL_ARGUMENTS = "CamelGptRealtimeToolArguments";
    @Metadata(label = "consumer", description = "The type of the conversation item of an item event: message,"
                                                + " function_call, function_call_output, mcp_list_tools, mcp_call,"
                                                + " mcp_approval_request, mcp_approval_response.",
              javaType = "String")
    public static final String ITEM_TYPE = "CamelGptRealtimeItemType";
    @Metadata(label = "consumer", description = "The label of the MCP server of an MCP item or approval request.",
              javaType = "String")
    public static final String MCP_SERVER_LABEL = "CamelGptRealtimeMcpServerLabel";
    @Metadata(label = "consumer", description = "The id of the mcp_approval_request an approval consumer decides.",
              javaType = "String")
    public static final String MCP_APPROVAL_REQUEST_ID = "CamelGptRealtimeMcpApprovalRequestId";
    @Metadata(label = "consumer", description = "Set by the approval route: true approves the MCP call, false denies"
                                                + " it. Takes precedence over the reply body.",
              javaType = "Boolean")
    public static final String MCP_APPROVE = "CamelGptRealtimeMcpApprove";
    @Metadata(label = "consumer", description = "Set by the approval route: the reason sent with the decision.",
              javaType = "String")
    public static final String MCP_APPROVAL_REASON = "CamelGptRealtimeMcpApprovalReason";
    @Metadata(description = "The user's transcript: of the committed user item (consumer) or of the whole turn (turn operation).",
              javaType = "String", important = true)
    public static final String USER_TRANSCRIPT = "CamelGptRealtimeUserTranscript";
    @Metadata(description = "The assistant's transcript (audio transcript or output text) of the response.",
              javaType = "String", important = true)
    public static final String ASSISTANT_TRANSCRIPT = "CamelGptRealtimeAssistantTranscript";
    @Metadata(description = "The status of a finished response: completed, cancelled, failed or incomplete.",
              javaType = "String")
    public static final String RESPONSE_STATUS = "CamelGptRealtimeResponseStatus";
    @Metadata(description = "Audio milliseconds: audio_start_ms/audio_end_ms of VAD events, the duration of audio"
                            + " in the body, or the truncation point (truncate operation).",
              javaType = "Long")
    public static final String AUDIO_MS = "CamelGptRealtimeAudioMs";
    @Metadata(label = "consumer", description = "The error code of an error event (e.g. invalid_value).", javaType = "String")
    public static final String ERROR_CODE = "CamelGptRealtimeErrorCode";
    @Metadata(label = "consumer", description = "The error type of an error event (e.g. invalid_request_error).",
              javaType = "String")
    public static final String ERROR_TYPE = "CamelGptRealtimeErrorType";
    @Metadata(label = "consumer", description = "The raw JSON of the server event.", javaType = "String")
    public static final String RAW_EVENT = "CamelGptRealtimeRawEvent";
    @Metadata(label = "consumer", description = "The close code of a closed session (1000 on a normal close).",
              javaType = "Integer")
    public static final String CLOSE_CODE = "CamelGptRealtimeCloseCode";
    @Metadata(label = "consumer", description = "The close reason of a closed session.", javaType = "String")
    public static final String CLOSE_REASON = "CamelGptRealtimeCloseReason";

    @Metadata(description = "Total tokens of the response (response.done usage); on session.closed, of the session.",
              javaType = "Integer")
    public static final String TOTAL_TOKENS = "CamelGptRealtimeTotalTokens";
    @Metadata(description = "Input tokens of the response; on session.closed, of the session.", javaType = "Integer")
    public static final String INPUT_TOKENS = "CamelGptRealtimeInputTokens";
    @Metadata(description = "Output tokens of the response; on session.closed, of the session.", javaType = "Integer")
    public static final String OUTPUT_TOKENS = "CamelGptRealtimeOutputTokens";
    @Metadata(description = "Input text tokens of the response; on session.closed, of the session.",
              javaType = "Integer")
    public static final String INPUT_TEXT_TOKENS = "CamelGptRealtimeInputTextTokens";
    @Metadata(description = "Input audio tokens of the response; on session.closed, of the session.",
              javaType = "Integer")
    public static final String INPUT_AUDIO_TOKENS = "CamelGptRealtimeInputAudioTokens";
    @Metadata(description = "Input image tokens of the response; on session.closed, of the session.",
              javaType = "Integer")
    public static final String INPUT_IMAGE_TOKENS = "CamelGptRealtimeInputImageTokens";
    @Metadata(description = "Cached input tokens of the response (a subset of the input tokens, billed at the cached"
                            + " price); on session.closed, of the session.",
              javaType = "Integer")
    public static final String CACHED_TOKENS = "CamelGptRealtimeCachedTokens";
    @Metadata(description = "Output text tokens of the response; on session.closed, of the session.",
              javaType = "Integer")
    public static final String OUTPUT_TEXT_TOKENS = "CamelGptRealtimeOutputTextTokens";
    @Metadata(description = "Output audio tokens of the response; on session.closed, of the session.",
              javaType = "Integer")
    public static final String OUTPUT_AUDIO_TOKENS = "CamelGptRealtimeOutputAudioTokens";

    @Metadata(label = "consumer", description = "The model the cost is based on (response.done, session.closed).",
              javaType = "String")
    public static final String MODEL = "CamelGptRealtimeModel";
    @Metadata(label = "consumer", description = "The cost of the response in USD at the model's prices, exact"
                                                + " (response.done). Absent when the model has no price.",
              javaType = "java.math.BigDecimal", important = true)
    public static final String RESPONSE_COST = "CamelGptRealtimeResponseCost";
    @Metadata(label = "consumer", description = "The session's cost so far in USD, exact: including the response on"
                                                + " response.done, the total on session.closed. Absent when the model"
                                                + " has no price.",
              javaType = "java.math.BigDecimal", important = true)
    public static final String SESSION_COST = "CamelGptRealtimeSessionCost";
    @Metadata(label = "consumer", description = "The session's cost per minute in USD, 6 decimals (session.closed).",
              javaType = "java.math.BigDecimal")
    public static final String COST_PER_MINUTE = "CamelGptRealtimeCostPerMinute";
    @Metadata(label = "consumer", description = "Milliseconds from the end of the user's speech (speech_stopped) to"
                                                + " the first audio of the response (response.done).",
              javaType = "Long")
    public static final String TIME_TO_FIRST_AUDIO_MS = "CamelGptRealtimeTimeToFirstAudioMs";
    @Metadata(label = "consumer", description = "Milliseconds from response.created to response.done (response.done).",
              javaType = "Long")
    public static final String RESPONSE_DURATION_MS = "CamelGptRealtimeResponseDurationMs";
    @Metadata(label = "consumer", description = "Milliseconds from speech_started to the playback cleared, when the"
                                                + " user interrupted this response (response.done).",
              javaType = "Long")
    public static final String BARGE_IN_REACTION_MS = "CamelGptRealtimeBargeInReactionMs";
    @Metadata(label = "consumer", description = "How long the session lasted in milliseconds (session.closed).",
              javaType = "Long")
    public static final String SESSION_DURATION_MS = "CamelGptRealtimeSessionDurationMs";
    @Metadata(label = "consumer", description = "User turns of the session (session.closed).", javaType = "Integer")
    public static final String TURNS = "CamelGptRealtimeTurns";
    @Metadata(label = "consumer", description = "Times the user spoke over the assistant (session.closed).",
              javaType = "Integer")
    public static final String INTERRUPTIONS = "CamelGptRealtimeInterruptions";
    @Metadata(label = "consumer", description = "Function and MCP calls the model made (session.closed).",
              javaType = "Integer")
    public static final String TOOL_CALLS = "CamelGptRealtimeToolCalls";
    @Metadata(label = "consumer", description = "The whole account of the session (session.closed): duration, turns,"
                                                + " interruptions, tool calls, tokens, cost, audio seconds, latencies.",
              javaType = "io.gptrealtime.camel.usage.SessionSummary", important = true)
    public static final String SESSION_SUMMARY = "CamelGptRealtimeSessionSummary";

    @Metadata(description = "The id of the phone call on its gateway (SIP Call-ID, Twilio callSid, AudioSocket UUID,"
                            + " OpenAI rtc_ call id) of a call event (call.started, call.dtmf, call.ended) or an"
                            + " incoming OpenAI SIP call. The acceptCall, rejectCall, referCall and hangUpCall"
                            + " operations act on the OpenAI call it names.",
              javaType = "String", important = true)
    public static final String PHONE_CALL_ID = "CamelGptRealtimePhoneCallId";
    @Metadata(label = "consumer", description = "The gateway of a call event: sip, twilio, audiosocket or openai (OpenAI-native"
                                                + " SIP).",
              javaType = "String")
    public static final String CALL_GATEWAY = "CamelGptRealtimeCallGateway";
    @Metadata(label = "consumer", description = "The caller of a call event (SIP From URI, Twilio From parameter).",
              javaType = "String")
    public static final String CALL_FROM = "CamelGptRealtimeCallFrom";
    @Metadata(label = "consumer", description = "The called party of a call event (SIP To URI).", javaType = "String")
    public static final String CALL_TO = "CamelGptRealtimeCallTo";
    @Metadata(label = "consumer", description = "The SIP headers of the INVITE, or the custom parameters of a media stream"
                                                + " (call.started).",
              javaType = "java.util.Map<String, String>")
    public static final String CALL_HEADERS = "CamelGptRealtimeCallHeaders";
    @Metadata(label = "consumer", description = "The key the caller pressed (call.dtmf): 0-9, *, #, A-D.", javaType = "String")
    public static final String DTMF = "CamelGptRealtimeDtmf";
    @Metadata(label = "consumer", description = "Who ended the call (call.ended): caller, agent, timeout, error or shutdown.",
              javaType = "String")
    public static final String CALL_ENDED_BY = "CamelGptRealtimeCallEndedBy";
    @Metadata(label = "consumer", description = "Milliseconds from the answer to the end of the call (call.ended).",
              javaType = "Long")
    public static final String CALL_DURATION_MS = "CamelGptRealtimeCallDurationMs";
    @Metadata(description = "The target of the transfer and referCall operations (e.g. sip:billing@example.com; the body"
                            + " is used when the header is absent), or of a refer decision of an OpenAI SIP call route.",
              javaType = "String")
    public static final String TRANSFER_TARGET = "CamelGptRealtimeTransferTarget";

    @Metadata(label = "consumer", description = "Set by the route of an OpenAI SIP webhook consumer: accept (the default),"
                                                + " reject, refer, or none when the route controls the call itself.",
              javaType = "String", important = true)
    public static final String CALL_DECISION = "CamelGptRealtimeCallDecision";
    @Metadata(description = "The SIP status of a rejected OpenAI SIP call (300-699, e.g. 486 Busy Here); without it the"
                            + " service sends 603 Decline. Read by the webhook consumer and the rejectCall operation.",
              javaType = "Integer")
    public static final String SIP_STATUS = "CamelGptRealtimeSipStatus";
    @Metadata(description = "A JSON object of session fields (e.g. {\"instructions\":\"...\"}) merged over the agent's"
                            + " session configuration when an OpenAI SIP call is accepted (webhook consumer,"
                            + " acceptCall operation).",
              javaType = "String")
    public static final String CALL_SESSION_CONFIG = "CamelGptRealtimeCallSessionConfig";
    @Metadata(label = "consumer", description = "The webhook-id of the OpenAI webhook that announced the call.",
              javaType = "String")
    public static final String WEBHOOK_ID = "CamelGptRealtimeWebhookId";
    @Metadata(label = "producer", description = "The ephemeral key (ek_...) minted by the clientSecret and"
                                                + " translationClientSecret operations.",
              javaType = "String")
    public static final String CLIENT_SECRET = "CamelGptRealtimeClientSecret";
    @Metadata(label = "producer", description = "When the minted ephemeral key expires, in Unix seconds.",
              javaType = "Long")
    public static final String CLIENT_SECRET_EXPIRES_AT = "CamelGptRealtimeClientSecretExpiresAt";
    @Metadata(label = "producer", description = "Seconds until a minted ephemeral key expires (10-7200), overriding the"
                                                + " clientSecretExpiresAfter option.",
              javaType = "Integer")
    public static final String CLIENT_SECRET_EXPIRES_AFTER = "CamelGptRealtimeClientSecretExpiresAfter";

    private GptRealtimeConstants() {
    }
}
