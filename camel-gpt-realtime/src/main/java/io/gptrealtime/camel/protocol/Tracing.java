package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.protocol.json.JsonUnion;

/**
 * Tracing of the session in the OpenAI traces dashboard ({@code tracing}): {@code auto} (default workflow name, group
 * and metadata) or an explicit workflow. Turn it off with {@link RealtimeSessionConfig#clearTracing()}; once enabled
 * it cannot be changed.
 */
public final class Tracing extends JsonUnion {

    public static final String AUTO = "auto";

    private Tracing(JsonNode json) {
        super(json);
    }

    public static Tracing auto() {
        return new Tracing(textNode(AUTO));
    }

    /**
     * An explicit workflow.
     *
     * @param groupId  null for none
     * @param metadata arbitrary JSON object, null for none
     */
    public static Tracing workflow(String workflowName, String groupId, JsonNode metadata) {
        ObjectNode node = objectNode();
        if (workflowName != null) {
            node.put("workflow_name", workflowName);
        }
        if (groupId != null) {
            node.put("group_id", groupId);
        }
        if (metadata != null) {
            node.set("metadata", metadata.deepCopy());
        }
        return new Tracing(node);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Tracing fromJson(JsonNode json) {
        return new Tracing(json);
    }

    public boolean isAuto() {
        return isText(AUTO);
    }

    public String getWorkflowName() {
        return textField("workflow_name");
    }

    public String getGroupId() {
        return textField("group_id");
    }

    /** A copy of the metadata object, or null. */
    public JsonNode getMetadata() {
        JsonNode metadata = json().get("metadata");
        return metadata == null ? null : metadata.deepCopy();
    }
}
