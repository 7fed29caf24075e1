package io.gptrealtime.camel.protocol.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of the transcript deltas of translation sessions. Deltas only append: join them without adding spaces.
 */
public abstract class TranslationTranscriptDeltaEvent extends ServerEvent {

    @JsonProperty("delta")
    private String delta;

    @JsonProperty("elapsed_ms")
    private Integer elapsedMs;

    protected TranslationTranscriptDeltaEvent() {
    }

    public String getDelta() {
        return delta;
    }

    public TranslationTranscriptDeltaEvent setDelta(String delta) {
        this.delta = delta;
        return this;
    }

    /** Stream position in 200 ms steps, shared by several deltas: for aligning streams, never as an id. */
    public Integer getElapsedMs() {
        return elapsedMs;
    }

    public TranslationTranscriptDeltaEvent setElapsedMs(Integer elapsedMs) {
        this.elapsedMs = elapsedMs;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("delta", delta);
        d.add("elapsed_ms", elapsedMs);
    }
}
