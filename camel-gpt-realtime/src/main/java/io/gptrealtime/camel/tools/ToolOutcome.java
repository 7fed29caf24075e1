package io.gptrealtime.camel.tools;

/** How a function call or an MCP approval request was answered. */
public enum ToolOutcome {
    /** The tool's result was delivered. */
    COMPLETED,
    /** The tool failed (route exception, bad arguments, pool full); the model got an error output. */
    FAILED,
    /** The tool did not finish within its timeout; the model got a timeout output. */
    TIMED_OUT,
    /** The caller interrupted and the tool's policy is cancel; the model got a cancelled output. */
    CANCELLED,
    /** The tool is no longer registered; the model got an error output. */
    UNAVAILABLE,
    /** An MCP approval request was approved. */
    APPROVED,
    /** An MCP approval request was denied (by the route, by its failure, or by the timeout). */
    DENIED
}
