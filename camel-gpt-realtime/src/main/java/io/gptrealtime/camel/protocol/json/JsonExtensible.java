package io.gptrealtime.camel.protocol.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Base of every JSON object in the Realtime protocol model: fields the model does not know are kept, in arrival
 * order, and written back, so a decode → encode cycle never loses what a newer server (or a newer client) sent.
 * <p>
 * Only members annotated with {@code @JsonProperty} take part in (de)serialization, whatever ObjectMapper is used:
 * convenience getters such as {@code isTurnDetectionCleared()} must never leak into the wire format. Null Java values
 * are omitted; fields that must be sent as an explicit JSON {@code null} use {@link Tristate}.
 * <p>
 * Instances are mutable and not thread-safe; hand them between threads through a safe publication (a queue, a
 * future).
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
                creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class JsonExtensible {

    /** Created on the first unknown field: most objects never get one. */
    private Map<String, JsonNode> unknownFields;

    /** Fields that this model does not map, as received (read-only view, never null). */
    @JsonAnyGetter
    public Map<String, JsonNode> getUnknownFields() {
        return unknownFields == null ? Collections.emptyMap() : Collections.unmodifiableMap(unknownFields);
    }

    /**
     * Adds or replaces a field the model does not map. Jackson calls this for every unmapped field; applications can
     * use it to send a field this version does not know yet. A JSON null is kept as {@code NullNode}.
     */
    @JsonAnySetter
    public void setUnknownField(String name, JsonNode value) {
        Objects.requireNonNull(name, "name");
        if (unknownFields == null) {
            unknownFields = new LinkedHashMap<>(4);
        }
        unknownFields.put(name, value);
    }

    /** The unmapped field {@code name}, or null when there is none. */
    public JsonNode getUnknownField(String name) {
        return unknownFields == null ? null : unknownFields.get(name);
    }

    public void removeUnknownField(String name) {
        if (unknownFields != null) {
            unknownFields.remove(name);
        }
    }

    public boolean hasUnknownFields() {
        return unknownFields != null && !unknownFields.isEmpty();
    }

    /** Appends the object's own fields for {@link #toString()}; subclasses add theirs and call super first. */
    protected void describe(Describer describer) {
        // the base has no fields of its own
    }

    @Override
    public String toString() {
        Describer describer = new Describer(describeName());
        describe(describer);
        describer.unknownFields(unknownFields == null ? null : unknownFields.keySet());
        return describer.toString();
    }

    /** The name {@link #toString()} starts with. */
    protected String describeName() {
        return getClass().getSimpleName();
    }
}
