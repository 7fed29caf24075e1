package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * Why an MCP tool call failed ({@code mcp_call.error}): {@code protocol_error} (with a JSON-RPC code),
 * {@code tool_execution_error}, or {@code http_error} (with an HTTP status).
 */
public final class McpCallError extends JsonExtensible {

    public static final String PROTOCOL_ERROR = "protocol_error";
    public static final String TOOL_EXECUTION_ERROR = "tool_execution_error";
    public static final String HTTP_ERROR = "http_error";

    @JsonProperty("type")
    private String type;

    @JsonProperty("code")
    private Integer code;

    @JsonProperty("message")
    private String message;

    public McpCallError() {
    }

    public String getType() {
        return type;
    }

    public McpCallError setType(String type) {
        this.type = type;
        return this;
    }

    public Integer getCode() {
        return code;
    }

    public McpCallError setCode(Integer code) {
        this.code = code;
        return this;
    }

    public String getMessage() {
        return message;
    }

    public McpCallError setMessage(String message) {
        this.message = message;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
        d.add("code", code);
        d.add("message", message);
    }
}
