package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.gptrealtime.camel.protocol.json.JsonUnion;

/**
 * The output limit of one response, tool calls included ({@code max_output_tokens}): a number or {@code "inf"} (the
 * model maximum, the default).
 */
public final class MaxOutputTokens extends JsonUnion {

    public static final String INF = "inf";

    private MaxOutputTokens(JsonNode json) {
        super(json);
    }

    /** At most {@code tokens} tokens (the API documents 1 to 4096). */
    public static MaxOutputTokens of(int tokens) {
        return new MaxOutputTokens(IntNode.valueOf(tokens));
    }

    /** The model maximum. */
    public static MaxOutputTokens inf() {
        return new MaxOutputTokens(textNode(INF));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static MaxOutputTokens fromJson(JsonNode json) {
        return new MaxOutputTokens(json);
    }

    public boolean isInfinite() {
        return isText(INF);
    }

    /** The limit, or null for {@code inf}. */
    public Integer getLimit() {
        return json().isNumber() ? json().intValue() : null;
    }
}
