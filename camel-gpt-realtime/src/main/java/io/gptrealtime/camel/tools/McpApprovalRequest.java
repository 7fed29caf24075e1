package io.gptrealtime.camel.tools;

/**
 * The service asks whether it may call a tool of a remote MCP server (an {@code mcp_approval_request} item).
 * Immutable.
 */
public final class McpApprovalRequest {

    private final String sessionKey;
    private final String sessionId;
    private final String requestId;
    private final String serverLabel;
    private final String name;
    private final String arguments;
    private final String responseId;

    public McpApprovalRequest(String sessionKey, String sessionId, String requestId, String serverLabel, String name,
                              String arguments, String responseId) {
        this.sessionKey = sessionKey;
        this.sessionId = sessionId;
        this.requestId = requestId;
        this.serverLabel = serverLabel;
        this.name = name;
        this.arguments = arguments;
        this.responseId = responseId;
    }

    public String sessionKey() {
        return sessionKey;
    }

    public String sessionId() {
        return sessionId;
    }

    /** The id of the mcp_approval_request item, answered by approval_request_id. */
    public String requestId() {
        return requestId;
    }

    public String serverLabel() {
        return serverLabel;
    }

    /** The MCP tool the model wants to run. */
    public String name() {
        return name;
    }

    /** Its arguments (JSON text). */
    public String arguments() {
        return arguments;
    }

    /** The response that asked, or null when it came as a conversation item outside a known response. */
    public String responseId() {
        return responseId;
    }

    @Override
    public String toString() {
        return "McpApprovalRequest[" + serverLabel + "/" + name + ", " + requestId + "]";
    }
}
