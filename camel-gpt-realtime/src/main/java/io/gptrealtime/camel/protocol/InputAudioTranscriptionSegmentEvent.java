package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A diarized segment of user audio ({@code conversation.item.input_audio_transcription.segment}), sent by
 * {@code gpt-4o-transcribe-diarize}: who said what, when.
 */
public final class InputAudioTranscriptionSegmentEvent extends InputAudioTranscriptionEvent {

    @JsonProperty("id")
    private String id;

    @JsonProperty("text")
    private String text;

    @JsonProperty("speaker")
    private String speaker;

    @JsonProperty("start")
    private Double start;

    @JsonProperty("end")
    private Double end;

    public InputAudioTranscriptionSegmentEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_TRANSCRIPTION_SEGMENT;
    }

    /** The segment id. */
    public String getId() {
        return id;
    }

    public InputAudioTranscriptionSegmentEvent setId(String id) {
        this.id = id;
        return this;
    }

    public String getText() {
        return text;
    }

    public InputAudioTranscriptionSegmentEvent setText(String text) {
        this.text = text;
        return this;
    }

    /** The speaker label. */
    public String getSpeaker() {
        return speaker;
    }

    public InputAudioTranscriptionSegmentEvent setSpeaker(String speaker) {
        this.speaker = speaker;
        return this;
    }

    /** Start, in seconds. */
    public Double getStart() {
        return start;
    }

    public InputAudioTranscriptionSegmentEvent setStart(Double start) {
        this.start = start;
        return this;
    }

    /** End, in seconds. */
    public Double getEnd() {
        return end;
    }

    public InputAudioTranscriptionSegmentEvent setEnd(Double end) {
        this.end = end;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("id", id);
        d.add("text", text);
        d.add("speaker", speaker);
        d.add("start", start);
        d.add("end", end);
    }
}
