package io.gptrealtime.camel.playout;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.ServerEvent;

/**
 * A component event (the service has no such event): the caller interrupted the assistant. Carries the item that was
 * being played, how much of it the caller heard (what it was truncated to) and the transcript up to that point (an
 * estimate proportional to the audio heard: the service deletes the transcript of truncated audio).
 */
public final class InterruptionEvent extends ServerEvent {

    /** The event type routes select with the consumer's events option. */
    public static final String TYPE = "playout.interrupted";

    @JsonProperty("item_id")
    private final String itemId;
    @JsonProperty("response_id")
    private final String responseId;
    @JsonProperty("heard_ms")
    private final long heardMs;
    @JsonProperty("received_ms")
    private final long receivedMs;
    @JsonProperty("heard_transcript")
    private final String heardTranscript;
    @JsonProperty("reaction_nanos")
    private final long reactionNanos;

    public InterruptionEvent(String itemId, String responseId, long heardMs, long receivedMs, String heardTranscript,
                             long reactionNanos) {
        this.itemId = itemId;
        this.responseId = responseId;
        this.heardMs = heardMs;
        this.receivedMs = receivedMs;
        this.heardTranscript = heardTranscript;
        this.reactionNanos = reactionNanos;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    public String getItemId() {
        return itemId;
    }

    public String getResponseId() {
        return responseId;
    }

    /** Milliseconds of the item the caller heard: the truncation point. */
    public long getHeardMs() {
        return heardMs;
    }

    /** Milliseconds of the item's audio received from the service before the interruption. */
    public long getReceivedMs() {
        return receivedMs;
    }

    public String getHeardTranscript() {
        return heardTranscript;
    }

    /** From speech_started arriving to the port being cleared. */
    public long getReactionNanos() {
        return reactionNanos;
    }
}
