package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * What went wrong, in an {@code error} event, a failed transcription or a failed response. {@code event_id} is the id
 * of the client event that caused the error, when there is one: put an {@code event_id} on client events to match
 * errors to them.
 */
public final class ErrorDetail extends JsonExtensible {

    @JsonProperty("type")
    private String type;

    @JsonProperty("code")
    private String code;

    @JsonProperty("message")
    private String message;

    @JsonProperty("param")
    private String param;

    @JsonProperty("event_id")
    private String eventId;

    public ErrorDetail() {
    }

    /** e.g. {@code invalid_request_error}, {@code server_error}. */
    public String getType() {
        return type;
    }

    public ErrorDetail setType(String type) {
        this.type = type;
        return this;
    }

    /** e.g. {@code conversation_already_has_active_response}, {@code invalid_value}. */
    public String getCode() {
        return code;
    }

    public ErrorDetail setCode(String code) {
        this.code = code;
        return this;
    }

    public String getMessage() {
        return message;
    }

    public ErrorDetail setMessage(String message) {
        this.message = message;
        return this;
    }

    /** The offending parameter, e.g. {@code session.audio.input.transcription.delay}. */
    public String getParam() {
        return param;
    }

    public ErrorDetail setParam(String param) {
        this.param = param;
        return this;
    }

    /** The client event that failed. */
    public String getEventId() {
        return eventId;
    }

    public ErrorDetail setEventId(String eventId) {
        this.eventId = eventId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
        d.add("code", code);
        d.add("message", message);
        d.add("param", param);
        d.add("event_id", eventId);
    }
}
