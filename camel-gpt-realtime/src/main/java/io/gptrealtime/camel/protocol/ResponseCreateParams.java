package io.gptrealtime.camel.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * Settings of one response ({@code response} of {@code response.create}); they override the session for that response
 * only. {@code conversation: none} makes an out-of-band response that writes nothing to the default conversation, and
 * {@code input} replaces the conversation as the context (an empty list included); {@code metadata} then tells the
 * responses apart.
 */
public final class ResponseCreateParams extends JsonExtensible {

    public static final String CONVERSATION_AUTO = "auto";
    public static final String CONVERSATION_NONE = "none";

    @JsonProperty("output_modalities")
    private List<String> outputModalities;

    @JsonProperty("instructions")
    private String instructions;

    @JsonProperty("audio")
    private AudioConfig audio;

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

    @JsonProperty("conversation")
    private String conversation;

    @JsonProperty("metadata")
    private Map<String, String> metadata;

    @JsonProperty("prompt")
    private Prompt prompt;

    @JsonDeserialize(contentUsing = ResponseInputDeserializer.class)
    @JsonProperty("input")
    private List<ResponseInput> input;

    public ResponseCreateParams() {
    }

    /** Settings for an out-of-band response: {@code conversation: none}. */
    public static ResponseCreateParams outOfBand() {
        return new ResponseCreateParams().setConversation(CONVERSATION_NONE);
    }

    /** Appends an input element (an item or an item reference). */
    public ResponseCreateParams addInput(ResponseInput element) {
        if (input == null) {
            input = new ArrayList<>();
        }
        input.add(element);
        return this;
    }

    /** Appends a tool. */
    public ResponseCreateParams addTool(Tool tool) {
        if (tools == null) {
            tools = new ArrayList<>();
        }
        tools.add(tool);
        return this;
    }

    /** Adds a metadata pair. */
    public ResponseCreateParams putMetadata(String key, String value) {
        if (metadata == null) {
            metadata = new LinkedHashMap<>();
        }
        metadata.put(key, value);
        return this;
    }

    public List<String> getOutputModalities() {
        return outputModalities;
    }

    public ResponseCreateParams setOutputModalities(List<String> outputModalities) {
        this.outputModalities = outputModalities;
        return this;
    }

    public String getInstructions() {
        return instructions;
    }

    public ResponseCreateParams setInstructions(String instructions) {
        this.instructions = instructions;
        return this;
    }

    /** Only {@code audio.output.format} and {@code audio.output.voice} apply to a response. */
    public AudioConfig getAudio() {
        return audio;
    }

    public ResponseCreateParams setAudio(AudioConfig audio) {
        this.audio = audio;
        return this;
    }

    public List<Tool> getTools() {
        return tools;
    }

    public ResponseCreateParams setTools(List<Tool> tools) {
        this.tools = tools;
        return this;
    }

    public ToolChoice getToolChoice() {
        return toolChoice;
    }

    public ResponseCreateParams setToolChoice(ToolChoice toolChoice) {
        this.toolChoice = toolChoice;
        return this;
    }

    public Boolean getParallelToolCalls() {
        return parallelToolCalls;
    }

    public ResponseCreateParams setParallelToolCalls(Boolean parallelToolCalls) {
        this.parallelToolCalls = parallelToolCalls;
        return this;
    }

    public Reasoning getReasoning() {
        return reasoning;
    }

    public ResponseCreateParams setReasoning(Reasoning reasoning) {
        this.reasoning = reasoning;
        return this;
    }

    public MaxOutputTokens getMaxOutputTokens() {
        return maxOutputTokens;
    }

    public ResponseCreateParams setMaxOutputTokens(MaxOutputTokens maxOutputTokens) {
        this.maxOutputTokens = maxOutputTokens;
        return this;
    }

    /** {@link #CONVERSATION_AUTO} (default) or {@link #CONVERSATION_NONE}. */
    public String getConversation() {
        return conversation;
    }

    public ResponseCreateParams setConversation(String conversation) {
        this.conversation = conversation;
        return this;
    }

    /** Up to 16 pairs; keys up to 64 characters, values up to 512. */
    public Map<String, String> getMetadata() {
        return metadata;
    }

    public ResponseCreateParams setMetadata(Map<String, String> metadata) {
        this.metadata = metadata;
        return this;
    }

    public Prompt getPrompt() {
        return prompt;
    }

    public ResponseCreateParams setPrompt(Prompt prompt) {
        this.prompt = prompt;
        return this;
    }

    /** Items and item references that replace the conversation as context. */
    public List<ResponseInput> getInput() {
        return input;
    }

    public ResponseCreateParams setInput(List<ResponseInput> input) {
        this.input = input;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("output_modalities", outputModalities);
        d.add("instructions", instructions);
        d.add("audio", audio);
        d.addCount("tools", tools);
        d.add("tool_choice", toolChoice);
        d.add("parallel_tool_calls", parallelToolCalls);
        d.add("reasoning", reasoning);
        d.add("max_output_tokens", maxOutputTokens);
        d.add("conversation", conversation);
        d.add("metadata", metadata);
        d.add("prompt", prompt);
        d.addCount("input", input);
    }
}
