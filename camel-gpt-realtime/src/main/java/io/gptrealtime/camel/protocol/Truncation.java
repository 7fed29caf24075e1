package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.protocol.json.JsonUnion;

/**
 * What the service does when the conversation outgrows the context ({@code truncation}): drop the oldest items
 * ({@code auto}), fail ({@code disabled}), or drop items down to a fraction of the budget in one go
 * ({@code retention_ratio}), which truncates less often and so keeps the prompt cache warm longer.
 */
public final class Truncation extends JsonUnion {

    public static final String AUTO = "auto";
    public static final String DISABLED = "disabled";
    public static final String RETENTION_RATIO = "retention_ratio";

    private Truncation(JsonNode json) {
        super(json);
    }

    public static Truncation auto() {
        return new Truncation(textNode(AUTO));
    }

    /** Never truncate: the service returns an error when the context overflows. */
    public static Truncation disabled() {
        return new Truncation(textNode(DISABLED));
    }

    /** Keep {@code ratio} (0.0 to 1.0) of the post-instruction budget after truncating. */
    public static Truncation retentionRatio(double ratio) {
        return retentionRatio(ratio, null);
    }

    /**
     * Keep {@code ratio} of the post-instruction budget, with a custom budget of {@code postInstructionsTokens}
     * tokens after the instructions (tool definitions count as instructions).
     */
    public static Truncation retentionRatio(double ratio, Integer postInstructionsTokens) {
        ObjectNode node = objectNode().put("type", RETENTION_RATIO).put("retention_ratio", ratio);
        if (postInstructionsTokens != null) {
            node.putObject("token_limits").put("post_instructions", postInstructionsTokens);
        }
        return new Truncation(node);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Truncation fromJson(JsonNode json) {
        return new Truncation(json);
    }

    /** {@link #AUTO}, {@link #DISABLED}, or {@link #RETENTION_RATIO} for the object form. */
    public String getType() {
        String mode = text();
        return mode != null ? mode : textField("type");
    }

    /** The retention ratio, or null for the string forms. */
    public Double getRetentionRatio() {
        JsonNode ratio = json().get("retention_ratio");
        return ratio != null && ratio.isNumber() ? ratio.doubleValue() : null;
    }

    /** The custom post-instructions token budget, or null. */
    public Integer getPostInstructionsTokens() {
        JsonNode limit = json().path("token_limits").get("post_instructions");
        return limit != null && limit.isNumber() ? limit.intValue() : null;
    }
}
