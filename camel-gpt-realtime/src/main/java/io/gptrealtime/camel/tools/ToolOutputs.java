package io.gptrealtime.camel.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.protocol.RealtimeJson;

/**
 * The outputs the model gets when a tool does not deliver a result. Each is a small JSON object with a status, an
 * error kind and a sentence the model can relay to the caller, so a failure is something it can talk about instead of
 * silence.
 */
public final class ToolOutputs {

    /** Exception messages are cut here: they reach the model, which should not read out stack traces. */
    private static final int MAX_DETAIL = 300;

    private ToolOutputs() {
    }

    public static String timeout(String tool, long timeoutMillis) {
        return error("timeout", "The tool " + tool + " did not answer within " + timeoutMillis + " ms. Tell the caller"
                                + " it could not be completed right now and offer to try again.");
    }

    public static String failed(String tool, Throwable cause) {
        // the innermost message says what went wrong (wrappers like Spring's say only where)
        Throwable root = cause;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root == null ? null : root.getMessage();
        if (detail == null || detail.isBlank()) {
            detail = root == null ? "unknown error" : root.getClass().getSimpleName();
        }
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "...";
        }
        return error("tool_failed", "The tool " + tool + " failed: " + detail + ". Tell the caller it could not be"
                                    + " completed and offer an alternative.");
    }

    public static String cancelled(String tool) {
        ObjectNode o = RealtimeJson.mapper().createObjectNode();
        o.put("status", "cancelled");
        o.put("message", "The caller interrupted, so " + tool + " was cancelled. Do not mention its result.");
        return o.toString();
    }

    public static String unavailable(String tool) {
        return error("unavailable", "The tool " + tool + " is not available any more. Do not call it again.");
    }

    public static String busy(String tool) {
        return error("busy", "Too many tool calls are running; " + tool + " was not started. Ask the caller to try"
                             + " again in a moment.");
    }

    private static String error(String kind, String message) {
        ObjectNode o = RealtimeJson.mapper().createObjectNode();
        o.put("status", "error");
        o.put("error", kind);
        o.put("message", message);
        return o.toString();
    }
}
