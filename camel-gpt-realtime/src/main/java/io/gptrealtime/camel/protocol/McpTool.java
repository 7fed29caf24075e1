package io.gptrealtime.camel.protocol;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A remote MCP server whose tools the service calls itself ({@code type: mcp}). Exactly one of {@code server_url},
 * {@code tunnel_id} or {@code connector_id} says where it is. {@code authorization}, header values and the path of
 * the URL (some servers put a token there) are secrets: {@link #toString()} never prints them.
 */
public final class McpTool extends Tool {

    @JsonProperty("server_label")
    private String serverLabel;

    @JsonProperty("server_url")
    private String serverUrl;

    @JsonProperty("tunnel_id")
    private String tunnelId;

    @JsonProperty("connector_id")
    private String connectorId;

    @JsonProperty("authorization")
    private String authorization;

    @JsonProperty("headers")
    private Map<String, String> headers;

    @JsonProperty("allowed_tools")
    private McpAllowedTools allowedTools;

    @JsonProperty("require_approval")
    private McpApprovalPolicy requireApproval;

    @JsonProperty("server_description")
    private String serverDescription;

    @JsonProperty("defer_loading")
    private Boolean deferLoading;

    @JsonProperty("allowed_callers")
    private List<String> allowedCallers;

    public McpTool() {
        super(MCP);
    }

    /** An MCP server at {@code serverUrl}. */
    public static McpTool of(String serverLabel, String serverUrl) {
        return new McpTool().setServerLabel(serverLabel).setServerUrl(serverUrl);
    }

    /** Names the server in tool calls; unique within the tool list. */
    public String getServerLabel() {
        return serverLabel;
    }

    public McpTool setServerLabel(String serverLabel) {
        this.serverLabel = serverLabel;
        return this;
    }

    public String getServerUrl() {
        return serverUrl;
    }

    public McpTool setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl;
        return this;
    }

    /** A Secure MCP Tunnel ({@code tunnel_...}), instead of a URL. */
    public String getTunnelId() {
        return tunnelId;
    }

    public McpTool setTunnelId(String tunnelId) {
        this.tunnelId = tunnelId;
        return this;
    }

    /** A built-in connector such as {@code connector_gmail}; deprecated for models released after 2026-09-01. */
    public String getConnectorId() {
        return connectorId;
    }

    public McpTool setConnectorId(String connectorId) {
        this.connectorId = connectorId;
        return this;
    }

    /** OAuth access token for the server; the application runs the OAuth flow itself. */
    public String getAuthorization() {
        return authorization;
    }

    public McpTool setAuthorization(String authorization) {
        this.authorization = authorization;
        return this;
    }

    /** Extra HTTP headers for the server. */
    public Map<String, String> getHeaders() {
        return headers;
    }

    public McpTool setHeaders(Map<String, String> headers) {
        this.headers = headers;
        return this;
    }

    public McpAllowedTools getAllowedTools() {
        return allowedTools;
    }

    public McpTool setAllowedTools(McpAllowedTools allowedTools) {
        this.allowedTools = allowedTools;
        return this;
    }

    /** Absent means the service default, {@code always}. */
    public McpApprovalPolicy getRequireApproval() {
        return requireApproval;
    }

    public McpTool setRequireApproval(McpApprovalPolicy requireApproval) {
        this.requireApproval = requireApproval;
        return this;
    }

    public String getServerDescription() {
        return serverDescription;
    }

    public McpTool setServerDescription(String serverDescription) {
        this.serverDescription = serverDescription;
        return this;
    }

    /** Leave the tools out up front; the model finds them through tool search. */
    public Boolean getDeferLoading() {
        return deferLoading;
    }

    public McpTool setDeferLoading(Boolean deferLoading) {
        this.deferLoading = deferLoading;
        return this;
    }

    /** {@code direct} and/or {@code programmatic}. */
    public List<String> getAllowedCallers() {
        return allowedCallers;
    }

    public McpTool setAllowedCallers(List<String> allowedCallers) {
        this.allowedCallers = allowedCallers;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("server_label", serverLabel);
        d.add("server_url", withoutPath(serverUrl));
        d.add("tunnel_id", tunnelId);
        d.add("connector_id", connectorId);
        d.add("authorization", authorization == null ? null : "***");
        d.add("headers", headers == null ? null : headers.keySet());
        d.add("allowed_tools", allowedTools);
        d.add("require_approval", requireApproval);
        d.add("server_description", serverDescription);
        d.add("defer_loading", deferLoading);
        d.add("allowed_callers", allowedCallers);
    }

    /** The scheme and host of a URL: hosted MCP servers often carry an access token in the path. */
    private static String withoutPath(String url) {
        if (url == null) {
            return null;
        }
        int authority = url.indexOf("://");
        if (authority < 0) {
            return "…";
        }
        for (int i = authority + 3; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return url.substring(0, i) + "/…";
            }
        }
        return url;
    }
}
