package io.gptrealtime.camel.tools;

import java.util.concurrent.CompletionStage;

/**
 * Runs a function tool: in the component, the route of a tool consumer. Called on a thread of the bounded tool pool,
 * never on the socket reader or a session's event dispatcher.
 */
@FunctionalInterface
public interface ToolHandler {

    /**
     * Starts the call; the stage completes with the output text for the model, or exceptionally when the tool failed
     * (the model then gets an error output). It may complete on any thread, and after the call timed out or was
     * cancelled, in which case the result is dropped.
     */
    CompletionStage<String> invoke(ToolCall call);
}
