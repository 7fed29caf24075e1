package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * Why a response ended as it did: for {@code cancelled} the reason is {@code turn_detected} (barge-in) or
 * {@code client_cancelled}, for {@code incomplete} {@code max_output_tokens} or {@code content_filter}; {@code error}
 * is set for {@code failed}.
 */
public final class ResponseStatusDetails extends JsonExtensible {

    public static final String REASON_TURN_DETECTED = "turn_detected";
    public static final String REASON_CLIENT_CANCELLED = "client_cancelled";
    public static final String REASON_MAX_OUTPUT_TOKENS = "max_output_tokens";
    public static final String REASON_CONTENT_FILTER = "content_filter";

    @JsonProperty("type")
    private String type;

    @JsonProperty("reason")
    private String reason;

    @JsonProperty("error")
    private ErrorDetail error;

    public ResponseStatusDetails() {
    }

    public String getType() {
        return type;
    }

    public ResponseStatusDetails setType(String type) {
        this.type = type;
        return this;
    }

    public String getReason() {
        return reason;
    }

    public ResponseStatusDetails setReason(String reason) {
        this.reason = reason;
        return this;
    }

    public ErrorDetail getError() {
        return error;
    }

    public ResponseStatusDetails setError(ErrorDetail error) {
        this.error = error;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
        d.add("reason", reason);
        d.add("error", error);
    }
}
