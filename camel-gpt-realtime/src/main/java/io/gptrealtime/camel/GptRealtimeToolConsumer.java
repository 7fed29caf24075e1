package io.gptrealtime.camel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.consumer.ToolExchanges;
import io.gptrealtime.camel.tools.ToolCall;
import io.gptrealtime.camel.tools.ToolDefinition;
import io.gptrealtime.camel.tools.ToolSchemas;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.ResourceHelper;

/**
 * A function tool of the agent whose implementation is this consumer's route ({@code tool} option). Registered with
 * the agent's tool registry while started; each call becomes one InOut exchange run on the component's tool pool.
 * Timeouts, interruptions, fillers and the follow-up response are the orchestrator's business
 * ({@link io.gptrealtime.camel.tools.ToolCallOrchestrator}).
 */
public class GptRealtimeToolConsumer extends DefaultConsumer {

    /** Removes the tool again; set in doStart, run in doStop (Camel serialises both). */
    private Runnable unregister;

    public GptRealtimeToolConsumer(GptRealtimeEndpoint endpoint, Processor processor) {
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
                .register(definition(), this::invoke);
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

    /** The tool as the options describe it. */
    ToolDefinition definition() throws IOException {
        GptRealtimeConfiguration c = getEndpoint().getConfiguration();
        String name = c.getTool();
        JsonNode schema;
        if (c.getToolSchema() != null) {
            if (c.getParameter() != null && !c.getParameter().isEmpty()) {
                throw new IllegalArgumentException("Tool " + name + ": set either toolSchema or parameter.*, not both");
            }
            schema = ToolSchemas.parse(name, schemaText(c.getToolSchema()));
        } else {
            schema = ToolSchemas.fromOptions(name, c.getParameter());
        }
        ToolDefinition.Interruption interruption;
        try {
            interruption = ToolDefinition.Interruption.valueOf(c.getToolInterruption().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Tool " + name + ": toolInterruption must be deliver or cancel, was "
                                               + c.getToolInterruption(), e);
        }
        return new ToolDefinition(name, c.getToolDescription(), schema, c.getToolTimeout(), interruption,
                c.getToolFillerAfter(), c.getToolFillerInstructions());
    }

    private String schemaText(String spec) throws IOException {
        String s = spec.trim();
        if (s.startsWith("{")) {
            return s;
        }
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(getEndpoint().getCamelContext(), s)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs the route for one call, on a tool pool thread; the result completes when the route is done. */
    private CompletionStage<String> invoke(ToolCall call) {
        CompletableFuture<String> result = new CompletableFuture<>();
        if (!isRunAllowed()) {
            result.completeExceptionally(new RejectedExecutionException("The tool route is stopping"));
            return result;
        }
        Exchange exchange = createExchange(false);
        exchange.setPattern(ExchangePattern.InOut);
        try {
            ToolExchanges.mapCall(call, exchange.getMessage());
        } catch (RuntimeException e) {
            releaseExchange(exchange, false);
            result.completeExceptionally(e);
            return result;
        }
        getAsyncProcessor().process(exchange, doneSync -> {
            try {
                if (exchange.getException() != null) {
                    result.completeExceptionally(exchange.getException());
                } else {
                    result.complete(ToolExchanges.output(exchange));
                }
            } catch (Exception e) {
                result.completeExceptionally(e);
            } finally {
                releaseExchange(exchange, false);
            }
        });
        return result;
    }
}
