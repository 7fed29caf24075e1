package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * The conversation announced by {@code conversation.created}.
 */
public final class Conversation extends JsonExtensible {

    @JsonProperty("id")
    private String id;

    @JsonProperty("object")
    private String object;

    public Conversation() {
    }

    /** {@code conv_...}. */
    public String getId() {
        return id;
    }

    public Conversation setId(String id) {
        this.id = id;
        return this;
    }

    /** {@code realtime.conversation}. */
    public String getObject() {
        return object;
    }

    public Conversation setObject(String object) {
        this.object = object;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("id", id);
        d.add("object", object);
    }
}
