package io.gptrealtime.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the simulated model answers to one response: output items in order ({@link ReplyItem}), optional fixed
 * {@link Usage}; or, instead of output, an {@code error} event ({@link #errorEvent}) or a failed response
 * ({@link #failed}).
 */
public final class Reply {

    /** How the reply materialises. */
    public enum Kind {
        /** response.created … output items … response.done (completed). */
        OUTPUT,
        /** No response at all: an {@code error} event answers the {@code response.create}. */
        ERROR_EVENT,
        /** response.created then response.done with status {@code failed} and {@code status_details.error}. */
        FAILED
    }

    private final Kind kind;
    private final List<ReplyItem> items;
    private final Usage usage;
    private final String errorType;
    private final String errorCode;
    private final String errorMessage;

    private Reply(Kind kind, List<ReplyItem> items, Usage usage, String errorType, String errorCode,
                  String errorMessage) {
        this.kind = kind;
        this.items = List.copyOf(items);
        this.usage = usage;
        this.errorType = errorType;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A spoken (or, in text mode, written) message. */
    public static Reply say(String text, AudioSource audio) {
        return builder().message(text, audio).build();
    }

    /** A message whose audio is a placeholder tone sized to the text. */
    public static Reply say(String text) {
        return builder().message(text).build();
    }

    /** An {@code error} event instead of a response (e.g. {@code rate_limit_exceeded}). */
    public static Reply errorEvent(String type, String code, String message) {
        return new Reply(Kind.ERROR_EVENT, List.of(), null, Objects.requireNonNull(type, "type"), code,
                Objects.requireNonNull(message, "message"));
    }

    /** A response that fails: {@code response.done} with status {@code failed}. */
    public static Reply failed(String type, String code, String message) {
        return new Reply(Kind.FAILED, List.of(), null, Objects.requireNonNull(type, "type"), code,
                Objects.requireNonNull(message, "message"));
    }

    public Kind kind() {
        return kind;
    }

    public List<ReplyItem> items() {
        return items;
    }

    /** Fixed usage numbers, or null to compute them (see {@link UsageCalculator}). */
    public Usage usage() {
        return usage;
    }

    public String errorType() {
        return errorType;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    @Override
    public String toString() {
        return kind == Kind.OUTPUT ? "reply" + items : kind + "(" + errorCode + ": " + errorMessage + ")";
    }

    public static final class Builder {
        private final List<ReplyItem> items = new ArrayList<>();
        private Usage usage;

        private Builder() {
        }

        public Builder message(String text) {
            items.add(new ReplyItem.Message(text, null));
            return this;
        }

        public Builder message(String text, AudioSource audio) {
            items.add(new ReplyItem.Message(text, Objects.requireNonNull(audio, "audio")));
            return this;
        }

        /** A function call with a simulator-made {@code call_id}. */
        public Builder functionCall(String name, String argumentsJson) {
            items.add(new ReplyItem.FunctionCall(name, argumentsJson, null));
            return this;
        }

        public Builder functionCall(String name, String argumentsJson, String callId) {
            items.add(new ReplyItem.FunctionCall(name, argumentsJson, Objects.requireNonNull(callId, "callId")));
            return this;
        }

        /** An {@code mcp_approval_request} for a tool of the MCP server {@code serverLabel}. */
        public Builder mcpApprovalRequest(String serverLabel, String name, String argumentsJson) {
            items.add(new ReplyItem.McpApprovalRequest(serverLabel, name, argumentsJson));
            return this;
        }

        /** An {@code mcp_call} the service runs, with the tool's output. */
        public Builder mcpCall(String serverLabel, String name, String argumentsJson, String output) {
            items.add(new ReplyItem.McpCall(serverLabel, name, argumentsJson, output, null));
            return this;
        }

        /** An {@code mcp_call} whose tool fails with a tool execution error. */
        public Builder mcpCallFailed(String serverLabel, String name, String argumentsJson, String errorMessage) {
            items.add(new ReplyItem.McpCall(serverLabel, name, argumentsJson, null,
                    Objects.requireNonNull(errorMessage, "errorMessage")));
            return this;
        }

        public Builder item(ReplyItem item) {
            items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        public Builder usage(Usage usage) {
            this.usage = usage;
            return this;
        }

        public Reply build() {
            return new Reply(Kind.OUTPUT, items, usage, null, null, null);
        }
    }
}
