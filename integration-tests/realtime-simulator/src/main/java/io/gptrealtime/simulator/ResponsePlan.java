package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything a response needs, resolved when it is created: the session settings with this response's overrides
 * applied, the scripted reply, and the measured input context for usage. Immutable.
 */
final class ResponsePlan {

    final String responseId;
    /** False for {@code conversation: "none"} (out-of-band): nothing is written to the conversation. */
    final boolean inConversation;
    final String conversationId;
    final boolean audioOutput;
    final AudioFormat outputFormat;
    final String voice;
    final JsonNode maxOutputTokens;
    /** Null when the client gave none. */
    final JsonNode metadata;
    final Reply reply;
    final UsageCalculator.Context input;
    /** What woke the model: "turn_detected" responses come from VAD, others from the client. */
    final boolean fromVad;

    ResponsePlan(String responseId, boolean inConversation, String conversationId, boolean audioOutput,
                 AudioFormat outputFormat, String voice, JsonNode maxOutputTokens, JsonNode metadata, Reply reply,
                 UsageCalculator.Context input, boolean fromVad) {
        this.responseId = responseId;
        this.inConversation = inConversation;
        this.conversationId = conversationId;
        this.audioOutput = audioOutput;
        this.outputFormat = outputFormat;
        this.voice = voice;
        this.maxOutputTokens = maxOutputTokens;
        this.metadata = metadata;
        this.reply = reply;
        this.input = input;
        this.fromVad = fromVad;
    }
}
