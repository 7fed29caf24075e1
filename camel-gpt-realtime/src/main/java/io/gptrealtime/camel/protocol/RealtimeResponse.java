package io.gptrealtime.camel.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * A response of the model, as {@code response.created} (status {@code in_progress}, no output yet) and
 * {@code response.done} (final status, every output item without audio bytes, usage) report it.
 * {@code conversation_id} is null for an out-of-band response ({@code conversation: none}).
 */
public final class RealtimeResponse extends JsonExtensible {

    public static final String STATUS_COMPLETED = "completed";
    public static final String STATUS_CANCELLED = "cancelled";
    public static final String STATUS_FAILED = "failed";
    public static final String STATUS_INCOMPLETE = "incomplete";
    public static final String STATUS_IN_PROGRESS = "in_progress";

    @JsonProperty("id")
    private String id;

    @JsonProperty("object")
    private String object;

    @JsonProperty("status")
    private String status;

    @JsonProperty("status_details")
    private ResponseStatusDetails statusDetails;

    @JsonProperty("output")
    private List<ConversationItem> output;

    @JsonProperty("conversation_id")
    private String conversationId;

    @JsonProperty("output_modalities")
    private List<String> outputModalities;

    @JsonProperty("max_output_tokens")
    private MaxOutputTokens maxOutputTokens;

    @JsonProperty("audio")
    private AudioConfig audio;

    @JsonProperty("usage")
    private ResponseUsage usage;

    @JsonProperty("metadata")
    private Map<String, String> metadata;

    public RealtimeResponse() {
    }

    /** The {@code function_call} items of the output, in order (empty when none). */
    public List<ConversationItem> functionCalls() {
        List<ConversationItem> calls = new ArrayList<>();
        if (output != null) {
            for (ConversationItem item : output) {
                if (item.isFunctionCall()) {
                    calls.add(item);
                }
            }
        }
        return calls;
    }

    /** {@code resp_...}. */
    public String getId() {
        return id;
    }

    public RealtimeResponse setId(String id) {
        this.id = id;
        return this;
    }

    /** {@code realtime.response}. */
    public String getObject() {
        return object;
    }

    public RealtimeResponse setObject(String object) {
        this.object = object;
        return this;
    }

    /**
     * {@link #STATUS_COMPLETED}, {@link #STATUS_CANCELLED}, {@link #STATUS_FAILED}, {@link #STATUS_INCOMPLETE} or
     * {@link #STATUS_IN_PROGRESS}.
     */
    public String getStatus() {
        return status;
    }

    public RealtimeResponse setStatus(String status) {
        this.status = status;
        return this;
    }

    public ResponseStatusDetails getStatusDetails() {
        return statusDetails;
    }

    public RealtimeResponse setStatusDetails(ResponseStatusDetails statusDetails) {
        this.statusDetails = statusDetails;
        return this;
    }

    public List<ConversationItem> getOutput() {
        return output;
    }

    public RealtimeResponse setOutput(List<ConversationItem> output) {
        this.output = output;
        return this;
    }

    public String getConversationId() {
        return conversationId;
    }

    public RealtimeResponse setConversationId(String conversationId) {
        this.conversationId = conversationId;
        return this;
    }

    public List<String> getOutputModalities() {
        return outputModalities;
    }

    public RealtimeResponse setOutputModalities(List<String> outputModalities) {
        this.outputModalities = outputModalities;
        return this;
    }

    public MaxOutputTokens getMaxOutputTokens() {
        return maxOutputTokens;
    }

    public RealtimeResponse setMaxOutputTokens(MaxOutputTokens maxOutputTokens) {
        this.maxOutputTokens = maxOutputTokens;
        return this;
    }

    /** The output format and voice used. */
    public AudioConfig getAudio() {
        return audio;
    }

    public RealtimeResponse setAudio(AudioConfig audio) {
        this.audio = audio;
        return this;
    }

    /** Only in {@code response.done}. */
    public ResponseUsage getUsage() {
        return usage;
    }

    public RealtimeResponse setUsage(ResponseUsage usage) {
        this.usage = usage;
        return this;
    }

    /** As given in {@code response.create}; tells out-of-band responses apart. */
    public Map<String, String> getMetadata() {
        return metadata;
    }

    public RealtimeResponse setMetadata(Map<String, String> metadata) {
        this.metadata = metadata;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("id", id);
        d.add("object", object);
        d.add("status", status);
        d.add("status_details", statusDetails);
        d.addCount("output", output);
        d.add("conversation_id", conversationId);
        d.add("output_modalities", outputModalities);
        d.add("max_output_tokens", maxOutputTokens);
        d.add("audio", audio);
        d.add("usage", usage);
        d.add("metadata", metadata);
    }
}
