package io.gptrealtime.camel.tools;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.protocol.FunctionTool;

/**
 * A function tool backed by a route: what the model is told (name, description, JSON Schema of the arguments) and
 * how its calls are run (timeout, what a caller's interruption does, when to fill silence). Immutable.
 */
public final class ToolDefinition {

    /** What happens to a call still running when the caller interrupts (speech_started, or its response cancelled). */
    public enum Interruption {
        /** The result is still delivered when it comes, followed by a response that talks about it. */
        DELIVER,
        /** The call is answered at once with a "cancelled" output and no response is requested for it. */
        CANCEL
    }

    /** Function names the service accepts. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String name;
    private final String description;
    private final JsonNode parameters;
    private final long timeoutMillis;
    private final Interruption interruption;
    private final long fillerAfterMillis;
    private final String fillerInstructions;

    /**
     * @param parameters         JSON Schema of the arguments object
     * @param timeoutMillis      how long a call may run before the model gets a timeout output
     * @param fillerAfterMillis  after how long a running call makes the assistant say a short filler; 0 never
     * @param fillerInstructions the instructions of that filler response
     */
    public ToolDefinition(String name, String description, JsonNode parameters, long timeoutMillis,
                          Interruption interruption, long fillerAfterMillis, String fillerInstructions) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A tool name must be 1 to 64 letters, digits, _ or -, was " + name);
        }
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("toolTimeout of " + name + " must be positive, was " + timeoutMillis);
        }
        if (fillerAfterMillis < 0) {
            throw new IllegalArgumentException("toolFillerAfter of " + name + " must be 0 or more, was "
                                               + fillerAfterMillis);
        }
        if (fillerAfterMillis > 0 && (fillerInstructions == null || fillerInstructions.isBlank())) {
            throw new IllegalArgumentException("toolFillerInstructions of " + name + " must be set with toolFillerAfter");
        }
        this.name = name;
        this.description = description;
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.timeoutMillis = timeoutMillis;
        this.interruption = Objects.requireNonNull(interruption, "interruption");
        this.fillerAfterMillis = fillerAfterMillis;
        this.fillerInstructions = fillerInstructions;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public JsonNode parameters() {
        return parameters;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    public Interruption interruption() {
        return interruption;
    }

    public long fillerAfterMillis() {
        return fillerAfterMillis;
    }

    public String fillerInstructions() {
        return fillerInstructions;
    }

    /** The tool as sent in session.update (a fresh object: callers may change it). */
    public FunctionTool toFunctionTool() {
        return new FunctionTool(name, description, parameters.deepCopy());
    }

    @Override
    public String toString() {
        return "ToolDefinition[" + name + ", timeout=" + timeoutMillis + "ms, " + interruption + "]";
    }
}
