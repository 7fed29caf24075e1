package io.gptrealtime.simulator;

import java.util.Objects;

/**
 * One output item of a scripted reply: an assistant message, a function call, or an MCP item (an approval request, or
 * a call the service runs on a remote MCP server).
 */
public interface ReplyItem {

    /**
     * An assistant message. With audio output it is spoken ({@code audio}, or a placeholder tone sized to the text
     * when {@code audio} is null) with {@code text} as its transcript; with text output {@code text} is the answer.
     */
    final class Message implements ReplyItem {
        private final String text;
        private final AudioSource audio;

        public Message(String text, AudioSource audio) {
            this.text = Objects.requireNonNull(text, "text");
            this.audio = audio;
        }

        public String text() {
            return text;
        }

        /** The scripted audio, or null for "generate from the text". */
        public AudioSource audio() {
            return audio;
        }

        AudioSource audioOrPlaceholder() {
            return audio != null ? audio : AudioSource.spokenPlaceholder(text);
        }

        @Override
        public String toString() {
            return "message(" + text + (audio != null ? ", " + audio : "") + ")";
        }
    }

    /** A function call; {@code callId} null means the simulator invents one ({@code call_…}). */
    final class FunctionCall implements ReplyItem {
        private final String name;
        private final String arguments;
        private final String callId;

        public FunctionCall(String name, String arguments, String callId) {
            this.name = Objects.requireNonNull(name, "name");
            this.arguments = Objects.requireNonNull(arguments, "arguments");
            this.callId = callId;
            if (Json.parseOrNull(arguments) == null) {
                throw new IllegalArgumentException("function call arguments must be JSON text: " + arguments);
            }
        }

        public String name() {
            return name;
        }

        public String arguments() {
            return arguments;
        }

        public String callId() {
            return callId;
        }

        @Override
        public String toString() {
            return "functionCall(" + name + ", " + arguments + ")";
        }
    }

    /**
     * The model wants to run an MCP tool that needs the client's approval: an {@code mcp_approval_request} output
     * item ({@code response.output_item.added/done}, {@code conversation.item.added/done}). The client answers with
     * an {@code mcp_approval_response} item; the response that follows is the turn's next follow-up.
     */
    final class McpApprovalRequest implements ReplyItem {
        private final String serverLabel;
        private final String name;
        private final String arguments;

        public McpApprovalRequest(String serverLabel, String name, String arguments) {
            this.serverLabel = Objects.requireNonNull(serverLabel, "serverLabel");
            this.name = Objects.requireNonNull(name, "name");
            this.arguments = Objects.requireNonNull(arguments, "arguments");
            if (Json.parseOrNull(arguments) == null) {
                throw new IllegalArgumentException("MCP call arguments must be JSON text: " + arguments);
            }
        }

        public String serverLabel() {
            return serverLabel;
        }

        public String name() {
            return name;
        }

        public String arguments() {
            return arguments;
        }

        @Override
        public String toString() {
            return "mcpApprovalRequest(" + serverLabel + "/" + name + ", " + arguments + ")";
        }
    }

    /**
     * A call the service makes to a remote MCP server: an {@code mcp_call} output item with
     * {@code response.mcp_call_arguments.delta/done}, {@code response.mcp_call.in_progress} and
     * {@code response.mcp_call.completed} (or {@code .failed} when {@code error} is set). Its
     * {@code approval_request_id} is the latest approved request for the same server and tool, if any.
     */
    final class McpCall implements ReplyItem {
        private final String serverLabel;
        private final String name;
        private final String arguments;
        private final String output;
        private final String error;

        /**
         * @param output the tool's output (null when it failed)
         * @param error  a tool execution error message, or null when the call succeeds
         */
        public McpCall(String serverLabel, String name, String arguments, String output, String error) {
            this.serverLabel = Objects.requireNonNull(serverLabel, "serverLabel");
            this.name = Objects.requireNonNull(name, "name");
            this.arguments = Objects.requireNonNull(arguments, "arguments");
            this.output = output;
            this.error = error;
            if (Json.parseOrNull(arguments) == null) {
                throw new IllegalArgumentException("MCP call arguments must be JSON text: " + arguments);
            }
            if ((output == null) == (error == null)) {
                throw new IllegalArgumentException("an MCP call has either an output or an error");
            }
        }

        public String serverLabel() {
            return serverLabel;
        }

        public String name() {
            return name;
        }

        public String arguments() {
            return arguments;
        }

        public String output() {
            return output;
        }

        public String error() {
            return error;
        }

        @Override
        public String toString() {
            return "mcpCall(" + serverLabel + "/" + name + ", " + arguments + ")";
        }
    }
}
