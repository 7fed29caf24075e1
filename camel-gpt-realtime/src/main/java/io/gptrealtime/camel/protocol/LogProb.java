package io.gptrealtime.camel.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * The log probability of one transcribed token; sent when the session includes
 * {@code item.input_audio_transcription.logprobs}.
 */
public final class LogProb extends JsonExtensible {

    @JsonProperty("token")
    private String token;

    @JsonProperty("logprob")
    private Double logprob;

    @JsonProperty("bytes")
    private List<Integer> bytes;

    public LogProb() {
    }

    public String getToken() {
        return token;
    }

    public LogProb setToken(String token) {
        this.token = token;
        return this;
    }

    public Double getLogprob() {
        return logprob;
    }

    public LogProb setLogprob(Double logprob) {
        this.logprob = logprob;
        return this;
    }

    /** The UTF-8 bytes of the token. */
    public List<Integer> getBytes() {
        return bytes;
    }

    public LogProb setBytes(List<Integer> bytes) {
        this.bytes = bytes;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("token", token);
        d.add("logprob", logprob);
    }
}
