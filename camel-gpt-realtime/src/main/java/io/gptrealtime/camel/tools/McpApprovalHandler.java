package io.gptrealtime.camel.tools;

import java.util.concurrent.CompletionStage;

/**
 * Decides MCP approval requests: in the component, the route of an approval consumer. Called on a thread of the tool
 * pool; the stage may complete later (a human decides), but past the approval timeout the request is denied.
 */
@FunctionalInterface
public interface McpApprovalHandler {

    CompletionStage<McpDecision> decide(McpApprovalRequest request);
}
