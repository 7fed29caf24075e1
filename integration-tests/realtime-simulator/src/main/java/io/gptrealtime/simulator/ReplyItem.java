package io.gptrealtime.simulator;

import java.util.Objects;

/** One output item of a scripted reply: an assistant message or a function call. */
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
}
