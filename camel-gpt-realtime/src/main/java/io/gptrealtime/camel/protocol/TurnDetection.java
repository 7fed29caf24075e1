package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;
import io.gptrealtime.camel.protocol.json.Tristate;

/**
 * Voice activity detection ({@code audio.input.turn_detection}): {@link #SERVER_VAD} reacts to silence,
 * {@link #SEMANTIC_VAD} to what was said. Send {@link AudioInputConfig#clearTurnDetection()} for push-to-talk, where
 * the client commits the buffer and asks for responses itself.
 * <p>
 * One class holds both kinds; fields that do not apply to a kind are simply left unset ({@code threshold},
 * {@code prefix_padding_ms}, {@code silence_duration_ms} and {@code idle_timeout_ms} are server VAD only,
 * {@code eagerness} is semantic VAD only).
 */
public final class TurnDetection extends JsonExtensible {

    public static final String SERVER_VAD = "server_vad";
    public static final String SEMANTIC_VAD = "semantic_vad";
    public static final String EAGERNESS_LOW = "low";
    public static final String EAGERNESS_MEDIUM = "medium";
    public static final String EAGERNESS_HIGH = "high";
    public static final String EAGERNESS_AUTO = "auto";

    @JsonProperty("type")
    private String type;

    @JsonProperty("threshold")
    private Double threshold;

    @JsonProperty("prefix_padding_ms")
    private Integer prefixPaddingMs;

    @JsonProperty("silence_duration_ms")
    private Integer silenceDurationMs;

    @JsonProperty("idle_timeout_ms")
    private Tristate<Integer> idleTimeoutMs;

    @JsonProperty("eagerness")
    private String eagerness;

    @JsonProperty("create_response")
    private Boolean createResponse;

    @JsonProperty("interrupt_response")
    private Boolean interruptResponse;

    public TurnDetection() {
    }

    /** Server VAD with the service defaults. */
    public static TurnDetection serverVad() {
        return new TurnDetection().setType(SERVER_VAD);
    }

    /** Semantic VAD with the service defaults. */
    public static TurnDetection semanticVad() {
        return new TurnDetection().setType(SEMANTIC_VAD);
    }

    /** {@link #SERVER_VAD} or {@link #SEMANTIC_VAD}. */
    public String getType() {
        return type;
    }

    public TurnDetection setType(String type) {
        this.type = type;
        return this;
    }

    /** Server VAD activation threshold, 0.0 to 1.0 (default 0.5); higher needs louder audio. */
    public Double getThreshold() {
        return threshold;
    }

    public TurnDetection setThreshold(Double threshold) {
        this.threshold = threshold;
        return this;
    }

    /** Server VAD: audio kept from before detected speech, in ms (default 300). */
    public Integer getPrefixPaddingMs() {
        return prefixPaddingMs;
    }

    public TurnDetection setPrefixPaddingMs(Integer prefixPaddingMs) {
        this.prefixPaddingMs = prefixPaddingMs;
        return this;
    }

    /** Server VAD: silence that ends the turn, in ms (default 500). */
    public Integer getSilenceDurationMs() {
        return silenceDurationMs;
    }

    public TurnDetection setSilenceDurationMs(Integer silenceDurationMs) {
        this.silenceDurationMs = silenceDurationMs;
        return this;
    }

    /**
     * Server VAD: milliseconds of user silence (5000 to 30000) after which the service commits and responds; fires
     * {@code input_audio_buffer.timeout_triggered}. Null when absent or cleared.
     */
    public Integer getIdleTimeoutMs() {
        return Tristate.valueOf(idleTimeoutMs);
    }

    /**
     * Sets idle_timeout_ms; null removes the field (the current setting stays as it is). Use clearIdleTimeoutMs() to
     * send an explicit null.
     */
    public TurnDetection setIdleTimeoutMs(Integer idleTimeoutMs) {
        this.idleTimeoutMs = idleTimeoutMs == null ? null : Tristate.of(idleTimeoutMs);
        return this;
    }

    /** Sends idle_timeout_ms as an explicit JSON null (no idle timeout). */
    public TurnDetection clearIdleTimeoutMs() {
        this.idleTimeoutMs = Tristate.ofNull();
        return this;
    }

    /** True when idle_timeout_ms is present as an explicit JSON null. */
    public boolean isIdleTimeoutMsCleared() {
        return Tristate.isExplicitNull(idleTimeoutMs);
    }

    /** Semantic VAD: {@code low}, {@code medium}, {@code high} or {@code auto} (= medium). */
    public String getEagerness() {
        return eagerness;
    }

    public TurnDetection setEagerness(String eagerness) {
        this.eagerness = eagerness;
        return this;
    }

    /** Start a response automatically when the turn ends. */
    public Boolean getCreateResponse() {
        return createResponse;
    }

    public TurnDetection setCreateResponse(Boolean createResponse) {
        this.createResponse = createResponse;
        return this;
    }

    /** Cancel the in-flight response of the default conversation when speech starts (barge-in). */
    public Boolean getInterruptResponse() {
        return interruptResponse;
    }

    public TurnDetection setInterruptResponse(Boolean interruptResponse) {
        this.interruptResponse = interruptResponse;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
        d.add("threshold", threshold);
        d.add("prefix_padding_ms", prefixPaddingMs);
        d.add("silence_duration_ms", silenceDurationMs);
        d.add("idle_timeout_ms", idleTimeoutMs);
        d.add("eagerness", eagerness);
        d.add("create_response", createResponse);
        d.add("interrupt_response", interruptResponse);
    }
}
