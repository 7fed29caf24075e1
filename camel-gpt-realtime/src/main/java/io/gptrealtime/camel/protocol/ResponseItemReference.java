package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * A reference to an existing item of the session, usable only in the {@code input} of {@code response.create} (not as a
 * new conversation item): it lets an out-of-band response see chosen items without copying them.
 * <p>
 * The OpenAPI schema does not list this shape among the {@code response.input} items although the API documentation and
 * its own example use it; the newer SDK typings ({@code ResponseItemReference}) accept it.
 */
@JsonPropertyOrder({ "type", "id" })
@JsonIgnoreProperties(value = "type", allowGetters = true)
public final class ResponseItemReference extends JsonExtensible implements ResponseInput {

    public static final String TYPE = "item_reference";

    @JsonProperty("id")
    private String id;

    public ResponseItemReference() {
    }

    /** A reference to the item {@code id}. */
    public static ResponseItemReference of(String id) {
        return new ResponseItemReference().setId(id);
    }

    /** Always {@value #TYPE}. */
    @JsonProperty("type")
    public String getType() {
        return TYPE;
    }

    public String getId() {
        return id;
    }

    public ResponseItemReference setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("id", id);
    }
}
