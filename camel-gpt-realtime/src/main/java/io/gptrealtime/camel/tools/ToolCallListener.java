package io.gptrealtime.camel.tools;

/**
 * Watches function calls of an agent's sessions, e.g. for metrics or the dispatch benchmark. Called inline on the
 * threads doing the work (socket reader, tool pool, timer): implementations must be quick and must not throw.
 */
public interface ToolCallListener {

    /** A call was accepted and is about to be handed to the tool pool. */
    default void onCallStarted(ToolCall call) {
    }

    /**
     * The call's answer was queued on the socket.
     *
     * @param sentNanos {@link System#nanoTime()} right after the function_call_output was queued
     */
    default void onCallAnswered(ToolCall call, ToolOutcome outcome, long sentNanos) {
    }
}
