package io.gptrealtime.camel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.gptrealtime.camel.consumer.ToolExchanges;
import io.gptrealtime.camel.tools.McpApprovalRequest;
import io.gptrealtime.camel.tools.McpDecision;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * The agent's MCP approval route ({@code mcpApproval=true}): each mcp_approval_request becomes one InOut exchange on
 * the tool pool, and its reply approves or denies (see {@link ToolExchanges#decision}). A failing route, or one that
 * takes longer than mcpApprovalTimeout, denies.
 */
public class GptRealtimeMcpApprovalConsumer extends DefaultConsumer {

    /** Removes the handler again; set in doStart, run in doStop. */
    private Runnable unregister;

    public GptRealtimeMcpApprovalConsumer(GptRealtimeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public GptRealtimeEndpoint getEndpoint() {
        return (GptRealtimeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        GptRealtimeEndpoint endpoint = getEndpoint();
        unregister = endpoint.getComponent().getToolRuntime().registry(endpoint.getAgentName())
                .registerApprovals(this::decide, endpoint.getConfiguration().getMcpApprovalTimeout());
    }

    @Override
    protected void doStop() throws Exception {
        Runnable r = unregister;
        unregister = null;
        if (r != null) {
            r.run();
        }
        super.doStop();
    }

    private CompletionStage<McpDecision> decide(McpApprovalRequest request) {
        CompletableFuture<McpDecision> result = new CompletableFuture<>();
        if (!isRunAllowed()) {
            result.complete(McpDecision.deny("The approval route is stopping"));
            return result;
        }
        Exchange exchange = createExchange(false);
        exchange.setPattern(ExchangePattern.InOut);
        ToolExchanges.mapApproval(request, exchange.getMessage());
        getAsyncProcessor().process(exchange, doneSync -> {
            try {
                if (exchange.getException() != null) {
                    result.completeExceptionally(exchange.getException());
                } else {
                    result.complete(ToolExchanges.decision(exchange));
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            } finally {
                releaseExchange(exchange, false);
            }
        });
        return result;
    }
}
