package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * The session's effective configuration, kept as the JSON the server shows in {@code session.created/updated}
 * (with JSON nulls where the service has them). Applies {@code session.update} with the GA partial-update rules:
 * only present fields change; {@code null} clears transcription, noise reduction, turn detection, tracing and
 * prompt; formats, tools, transcription and tracing are replaced whole; turn detection merges when the type stays,
 * otherwise restarts from that type's defaults. Owned by the session's event loop.
 */
final class SessionState {

    private final SessionKind kind;
    /** Event-loop confined; replaced wholesale on each successful update so a failed update changes nothing. */
    private ObjectNode config;

    private SessionState(SessionKind kind, ObjectNode config) {
        this.kind = kind;
        this.config = config;
    }

    static SessionState realtime(String id, String model, String instructions, String voice, long expiresAt) {
        ObjectNode c = Json.object();
        c.put("type", "realtime");
        c.put("object", "realtime.session");
        c.put("id", id);
        c.put("model", model);
        c.putArray("output_modalities").add("audio");
        c.put("instructions", instructions);
        c.putArray("tools");
        c.put("tool_choice", "auto");
        c.put("max_output_tokens", "inf");
        c.putNull("tracing");
        c.putNull("prompt");
        c.put("truncation", "auto");
        if (model.startsWith("gpt-realtime-2")) {
            c.putObject("reasoning").put("effort", "low"); // reasoning models report their default effort
        }
        c.put("expires_at", expiresAt);
        ObjectNode audio = c.putObject("audio");
        ObjectNode input = audio.putObject("input");
        input.set("format", AudioFormat.PCM16_24K.toJson());
        input.putNull("transcription");
        input.putNull("noise_reduction");
        input.set("turn_detection", defaultTurnDetection("server_vad"));
        ObjectNode output = audio.putObject("output");
        output.set("format", AudioFormat.PCM16_24K.toJson());
        output.put("voice", voice);
        output.put("speed", 1);
        c.putNull("include");
        return new SessionState(SessionKind.REALTIME, c);
    }

    static SessionState transcription(String id, long expiresAt) {
        ObjectNode c = Json.object();
        c.put("type", "transcription");
        c.put("object", "realtime.transcription_session");
        c.put("id", id);
        c.put("expires_at", expiresAt);
        ObjectNode input = c.putObject("audio").putObject("input");
        input.set("format", AudioFormat.PCM16_24K.toJson());
        input.putNull("transcription");
        input.putNull("noise_reduction");
        ObjectNode td = input.putObject("turn_detection");
        td.put("type", "server_vad");
        td.put("threshold", 0.5);
        td.put("prefix_padding_ms", 300);
        td.put("silence_duration_ms", 500);
        c.putNull("include");
        return new SessionState(SessionKind.TRANSCRIPTION, c);
    }

    static ObjectNode defaultTurnDetection(String type) {
        ObjectNode td = Json.object();
        td.put("type", type);
        if ("semantic_vad".equals(type)) {
            td.put("eagerness", "auto");
        } else {
            td.put("threshold", 0.5);
            td.put("prefix_padding_ms", 300);
            td.put("silence_duration_ms", 500);
            td.putNull("idle_timeout_ms");
        }
        td.put("create_response", true);
        td.put("interrupt_response", true);
        return td;
    }

    SessionKind kind() {
        return kind;
    }

    String id() {
        return config.path("id").asText();
    }

    String model() {
        return config.path("model").asText(null);
    }

    /**
     * Validates and applies an update atomically.
     *
     * @param audioProduced whether the model already produced audio in this session (locks the voice)
     */
    void apply(JsonNode update, boolean audioProduced) throws RealtimeError {
        SessionUpdateValidator.validate(update, kind);
        if (update.has("model") && !update.get("model").asText().equals(model())) {
            throw RealtimeError.invalidValueMessage("Cannot update a session's model. The model is set when the "
                    + "session is created (here '" + model() + "').", "session.model");
        }
        JsonNode tracing = update.get("tracing");
        if (tracing != null && !config.path("tracing").isNull() && !tracing.equals(config.get("tracing"))) {
            throw RealtimeError.invalidValueMessage("Tracing cannot be modified once it has been enabled.",
                    "session.tracing");
        }
        JsonNode newVoice = update.path("audio").path("output").get("voice");
        if (newVoice != null && audioProduced && !newVoice.equals(config.path("audio").path("output").get("voice"))) {
            throw new RealtimeError(RealtimeError.INVALID_REQUEST, "cannot_update_voice",
                    "Cannot update a conversation's voice if assistant audio is present.",
                    "session.audio.output.voice");
        }
        ObjectNode next = config.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = update.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if ("audio".equals(name)) {
                mergeAudio((ObjectNode) next.get("audio"), value);
            } else if (!"type".equals(name)) {
                next.set(name, value.deepCopy());
            }
        }
        config = next;
    }

    private static void mergeAudio(ObjectNode audio, JsonNode update) {
        JsonNode input = update.get("input");
        if (input != null) {
            ObjectNode target = (ObjectNode) audio.get("input");
            if (input.has("format")) {
                target.set("format", AudioFormat.fromJson(input.get("format")).toJson());
            }
            if (input.has("transcription")) {
                target.set("transcription", input.get("transcription").deepCopy());
            }
            if (input.has("noise_reduction")) {
                JsonNode nr = input.get("noise_reduction");
                JsonNode current = target.get("noise_reduction");
                if (nr.isNull() || current == null || current.isNull()) {
                    target.set("noise_reduction", nr.deepCopy());
                } else {
                    ((ObjectNode) current).setAll((ObjectNode) nr.deepCopy()); // strength survives a type change
                }
            }
            if (input.has("turn_detection")) {
                target.set("turn_detection", mergeTurnDetection(target.get("turn_detection"),
                        input.get("turn_detection")));
            }
        }
        JsonNode output = update.get("output");
        if (output != null) {
            ObjectNode target = (ObjectNode) audio.get("output");
            if (output.has("format")) {
                target.set("format", AudioFormat.fromJson(output.get("format")).toJson());
            }
            if (output.has("voice")) {
                target.set("voice", output.get("voice").deepCopy());
            }
            if (output.has("speed")) {
                target.set("speed", output.get("speed").deepCopy());
            }
        }
    }

    private static JsonNode mergeTurnDetection(JsonNode current, JsonNode update) {
        if (update.isNull()) {
            return update;
        }
        String type = update.path("type").asText();
        ObjectNode base = current != null && current.isObject() && type.equals(current.path("type").asText())
                ? ((ObjectNode) current).deepCopy()
                : defaultTurnDetection(type);
        base.setAll((ObjectNode) update.deepCopy());
        return base;
    }

    // ---- typed views -------------------------------------------------------------------------------------

    private ObjectNode input() {
        return (ObjectNode) config.path("audio").path("input");
    }

    AudioFormat inputFormat() {
        return AudioFormat.fromJson(input().get("format"));
    }

    AudioFormat outputFormat() {
        return AudioFormat.fromJson(config.path("audio").path("output").get("format"));
    }

    /** Null when turn detection is off. */
    VadSettings vad() {
        return VadSettings.from(input().get("turn_detection"));
    }

    /** Null when input transcription is off. */
    JsonNode transcription() {
        JsonNode t = input().get("transcription");
        return t == null || t.isNull() ? null : t;
    }

    String instructions() {
        return config.path("instructions").asText("");
    }

    ArrayNode outputModalities() {
        JsonNode m = config.get("output_modalities");
        return m != null && m.isArray() ? (ArrayNode) m : Json.array().add("audio");
    }

    JsonNode voice() {
        return config.path("audio").path("output").path("voice");
    }

    JsonNode maxOutputTokens() {
        return config.has("max_output_tokens") ? config.get("max_output_tokens") : Json.MAPPER.getNodeFactory()
                .textNode("inf");
    }

    /**
     * The session object to send. In schema mode the nulls the schema does not allow (transcription,
     * noise_reduction, include) are left out; see {@link ServerEvents}.
     */
    ObjectNode view(boolean wireNulls) {
        ObjectNode copy = config.deepCopy();
        if (!wireNulls) {
            ObjectNode in = (ObjectNode) copy.path("audio").path("input");
            for (String field : new String[] {"transcription", "noise_reduction"}) {
                if (in.path(field).isNull()) {
                    in.remove(field);
                }
            }
            if (copy.path("include").isNull()) {
                copy.remove("include");
            }
        }
        return copy;
    }
}
