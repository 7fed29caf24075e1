package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.protocol.json.JsonUnion;

/**
 * An output voice: a named voice ({@code "marin"}) or a custom voice ({@code {"id":"voice_1234"}}). The voice is
 * locked once the model has produced audio in the session.
 */
public final class Voice extends JsonUnion {

    public static final String ALLOY = "alloy";
    public static final String ASH = "ash";
    public static final String BALLAD = "ballad";
    public static final String CORAL = "coral";
    public static final String ECHO = "echo";
    public static final String SAGE = "sage";
    public static final String SHIMMER = "shimmer";
    public static final String VERSE = "verse";
    /** Recommended for quality, with {@link #CEDAR}. */
    public static final String MARIN = "marin";
    public static final String CEDAR = "cedar";

    private Voice(JsonNode json) {
        super(json);
    }

    /** A named voice. */
    public static Voice of(String name) {
        return new Voice(textNode(name));
    }

    /** A custom voice built from audio samples, by id. */
    public static Voice custom(String id) {
        return new Voice(objectNode().put("id", id));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Voice fromJson(JsonNode json) {
        return new Voice(json);
    }

    /** The voice name, or null for a custom voice. */
    public String getName() {
        return text();
    }

    /** The custom voice id, or null for a named voice. */
    public String getId() {
        return textField("id");
    }

    public boolean isCustom() {
        return json().isObject();
    }
}
