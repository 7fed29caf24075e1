package io.gptrealtime.camel.protocol;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;
import io.gptrealtime.camel.protocol.json.Tristate;

/**
 * A session configuration: what {@code session.update} sends and what {@code session.created} and
 * {@code session.updated} report. One class covers both session kinds through {@code type}: {@link #TYPE_REALTIME}
 * (speech-to-speech) and {@link #TYPE_TRANSCRIPTION} (where only {@code audio.input} and {@code include} apply).
 * <p>
 * An update changes only the fields that are present. {@code ""} clears the instructions and an empty list clears the
 * tools; {@code tracing}, {@code prompt} and the {@code audio.input} features are switched off with an explicit null
 * ({@code clearX()}). The server fills {@code id}, {@code object} and {@code expires_at}.
 */
public final class RealtimeSessionConfig extends JsonExtensible {

    public static final String TYPE_REALTIME = "realtime";
    public static final String TYPE_TRANSCRIPTION = "transcription";
    public static final String MODALITY_AUDIO = "audio";
    public static final String MODALITY_TEXT = "text";
    public static final String INCLUDE_TRANSCRIPTION_LOGPROBS = "item.input_audio_transcription.logprobs";

    @JsonProperty("type")
    private String type;

    @JsonProperty("object")
    private String object;

    @JsonProperty("id")
    private String id;

    @JsonProperty("expires_at")
    private Long expiresAt;

    @JsonProperty("model")
    private String model;

    @JsonProperty("instructions")
    private String instructions;

    @JsonProperty("output_modalities")
    private List<String> outputModalities;

    @JsonProperty("audio")
    private AudioConfig audio;

    @JsonProperty("include")
    private List<String> include;

    @JsonProperty("tracing")
    private Tristate<Tracing> tracing;

    @JsonProperty("tools")
    private List<Tool> tools;

    @JsonProperty("tool_choice")
    private ToolChoice toolChoice;

    @JsonProperty("parallel_tool_calls")
    private Boolean parallelToolCalls;

    @JsonProperty("reasoning")
    private Reasoning reasoning;

    @JsonProperty("max_output_tokens")
    private MaxOutputTokens maxOutputTokens;

    @JsonProperty("truncation")
    private Truncation truncation;

    @JsonProperty("prompt")
    private Tristate<Prompt> prompt;

    public RealtimeSessionConfig() {
    }

    /** An empty realtime (speech-to-speech) configuration. */
    public static RealtimeSessionConfig realtime() {
        return new RealtimeSessionConfig().setType(TYPE_REALTIME);
    }

    /** An empty transcription-session configuration. */
    public static RealtimeSessionConfig transcription() {
        return new RealtimeSessionConfig().setType(TYPE_TRANSCRIPTION);
    }

    /** {@code audio.input}, created empty when absent: handy for building a config. */
    public AudioInputConfig audioInput() {
        if (audio == null) {
            audio = new AudioConfig();
        }
        return audio.input();
    }

    /** {@code audio.output}, created empty when absent. */
    public AudioOutputConfig audioOutput() {
        if (audio == null) {
            audio = new AudioConfig();
        }
        return audio.output();
    }

    /** Appends a tool. */
    public RealtimeSessionConfig addTool(Tool tool) {
        if (tools == null) {
            tools = new ArrayList<>();
        }
        tools.add(tool);
        return this;
    }

    /** {@link #TYPE_REALTIME} or {@link #TYPE_TRANSCRIPTION}; required in every update. */
    public String getType() {
        return type;
    }

    public RealtimeSessionConfig setType(String type) {
        this.type = type;
        return this;
    }

    /** {@code realtime.session} or {@code realtime.transcription_session} (server only). */
    public String getObject() {
        return object;
    }

    public RealtimeSessionConfig setObject(String object) {
        this.object = object;
        return this;
    }

    /** The session id, {@code sess_...} (server only). */
    public String getId() {
        return id;
    }

    public RealtimeSessionConfig setId(String id) {
        this.id = id;
        return this;
    }

    /** When the session ends, in epoch seconds (server only). */
    public Long getExpiresAt() {
        return expiresAt;
    }

    public RealtimeSessionConfig setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** Cannot change after the session is created. */
    public String getModel() {
        return model;
    }

    public RealtimeSessionConfig setModel(String model) {
        this.model = model;
        return this;
    }

    /** The system prompt; the server default is visible in {@code session.created}. */
    public String getInstructions() {
        return instructions;
    }

    public RealtimeSessionConfig setInstructions(String instructions) {
        this.instructions = instructions;
        return this;
    }

    /** {@code ["audio"]} (audio and its transcript, the default) or {@code ["text"]}, not both. */
    public List<String> getOutputModalities() {
        return outputModalities;
    }

    public RealtimeSessionConfig setOutputModalities(List<String> outputModalities) {
        this.outputModalities = outputModalities;
        return this;
    }

    public AudioConfig getAudio() {
        return audio;
    }

    public RealtimeSessionConfig setAudio(AudioConfig audio) {
        this.audio = audio;
        return this;
    }

    /** e.g. {@code item.input_audio_transcription.logprobs}. */
    public List<String> getInclude() {
        return include;
    }

    public RealtimeSessionConfig setInclude(List<String> include) {
        this.include = include;
        return this;
    }

    /** Locked once enabled. Null when absent or cleared. */
    public Tracing getTracing() {
        return Tristate.valueOf(tracing);
    }

    /**
     * Sets tracing; null removes the field (the current setting stays as it is). Use clearTracing() to send an
     * explicit null.
     */
    public RealtimeSessionConfig setTracing(Tracing tracing) {
        this.tracing = tracing == null ? null : Tristate.of(tracing);
        return this;
    }

    /** Sends tracing as an explicit JSON null (tracing off). */
    public RealtimeSessionConfig clearTracing() {
        this.tracing = Tristate.ofNull();
        return this;
    }

    /** True when tracing is present as an explicit JSON null. */
    public boolean isTracingCleared() {
        return Tristate.isExplicitNull(tracing);
    }

    public List<Tool> getTools() {
        return tools;
    }

    public RealtimeSessionConfig setTools(List<Tool> tools) {
        this.tools = tools;
        return this;
    }

    public ToolChoice getToolChoice() {
        return toolChoice;
    }

    public RealtimeSessionConfig setToolChoice(ToolChoice toolChoice) {
        this.toolChoice = toolChoice;
        return this;
    }

    /** Several tool calls at once; reasoning models only. */
    public Boolean getParallelToolCalls() {
        return parallelToolCalls;
    }

    public RealtimeSessionConfig setParallelToolCalls(Boolean parallelToolCalls) {
        this.parallelToolCalls = parallelToolCalls;
        return this;
    }

    public Reasoning getReasoning() {
        return reasoning;
    }

    public RealtimeSessionConfig setReasoning(Reasoning reasoning) {
        this.reasoning = reasoning;
        return this;
    }

    /** Limit for one response, tool calls included. */
    public MaxOutputTokens getMaxOutputTokens() {
        return maxOutputTokens;
    }

    public RealtimeSessionConfig setMaxOutputTokens(MaxOutputTokens maxOutputTokens) {
        this.maxOutputTokens = maxOutputTokens;
        return this;
    }

    public Truncation getTruncation() {
        return truncation;
    }

    public RealtimeSessionConfig setTruncation(Truncation truncation) {
        this.truncation = truncation;
        return this;
    }

    public Prompt getPrompt() {
        return Tristate.valueOf(prompt);
    }

    /**
     * Sets prompt; null removes the field (the current setting stays as it is). Use clearPrompt() to send an
     * explicit null.
     */
    public RealtimeSessionConfig setPrompt(Prompt prompt) {
        this.prompt = prompt == null ? null : Tristate.of(prompt);
        return this;
    }

    /** Sends prompt as an explicit JSON null (no prompt template). */
    public RealtimeSessionConfig clearPrompt() {
        this.prompt = Tristate.ofNull();
        return this;
    }

    /** True when prompt is present as an explicit JSON null. */
    public boolean isPromptCleared() {
        return Tristate.isExplicitNull(prompt);
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
        d.add("object", object);
        d.add("id", id);
        d.add("expires_at", expiresAt);
        d.add("model", model);
        d.add("instructions", instructions);
        d.add("output_modalities", outputModalities);
        d.add("audio", audio);
        d.add("include", include);
        d.add("tracing", tracing);
        d.addCount("tools", tools);
        d.add("tool_choice", toolChoice);
        d.add("parallel_tool_calls", parallelToolCalls);
        d.add("reasoning", reasoning);
        d.add("max_output_tokens", maxOutputTokens);
        d.add("truncation", truncation);
        d.add("prompt", prompt);
    }
}
