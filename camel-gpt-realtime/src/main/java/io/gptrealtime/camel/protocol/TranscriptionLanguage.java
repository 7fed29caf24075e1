package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * A language detected in the input audio ({@code gpt-transcribe}).
 */
public final class TranscriptionLanguage extends JsonExtensible {

    @JsonProperty("code")
    private String code;

    public TranscriptionLanguage() {
    }

    /** ISO-639-1 code. */
    public String getCode() {
        return code;
    }

    public TranscriptionLanguage setCode(String code) {
        this.code = code;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("code", code);
    }
}
