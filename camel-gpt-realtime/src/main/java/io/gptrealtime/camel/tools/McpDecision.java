package io.gptrealtime.camel.tools;

/** The answer to an {@link McpApprovalRequest}: approve or deny, with an optional reason. Immutable. */
public final class McpDecision {

    private final boolean approve;
    private final String reason;

    private McpDecision(boolean approve, String reason) {
        this.approve = approve;
        this.reason = reason;
    }

    public static McpDecision approve(String reason) {
        return new McpDecision(true, reason);
    }

    public static McpDecision deny(String reason) {
        return new McpDecision(false, reason);
    }

    public boolean approved() {
        return approve;
    }

    /** Null for none. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return (approve ? "approve" : "deny") + (reason == null ? "" : " (" + reason + ")");
    }
}
