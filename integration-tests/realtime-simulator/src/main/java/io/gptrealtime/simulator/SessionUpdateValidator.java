package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@code session.update} payload field by field before anything is applied, so a rejected update leaves the
 * session untouched. Follows {@code RealtimeSessionCreateRequestGA} /
 * {@code RealtimeTranscriptionSessionCreateRequestGA}:
 * unknown fields → {@code unknown_parameter}, wrong JSON type → {@code invalid_type}, enum misses →
 * {@code invalid_value} "Invalid value: 'x'. Supported values are: …", ranges → min/max errors.
 */
final class SessionUpdateValidator {

    static final List<String> FORMAT_TYPES = List.of("audio/pcm", "audio/pcmu", "audio/pcma");
    static final List<String> MODALITIES = List.of("text", "audio");
    static final List<String> EFFORTS = List.of("minimal", "low", "medium", "high", "xhigh");
    static final List<String> TOOL_CHOICES = List.of("none", "auto", "required");

    private static final Set<String> REALTIME_FIELDS = Set.of("type", "model", "output_modalities", "instructions",
            "audio", "include", "tracing", "tools", "tool_choice", "parallel_tool_calls", "reasoning",
            "max_output_tokens", "truncation", "prompt");
    private static final Set<String> TRANSCRIPTION_FIELDS = Set.of("type", "audio", "include");

    private SessionUpdateValidator() {
    }

    static void validate(JsonNode session, SessionKind kind) throws RealtimeError {
        String path = "session";
        Validation.object(session, path);
        JsonNode type = session.get("type");
        if (type == null || type.isNull()) {
            throw RealtimeError.missingParameter("session.type");
        }
        Validation.oneOf(type, "session.type", List.of(kind.wireType()));
        Validation.onlyFields(session, path, kind == SessionKind.REALTIME ? REALTIME_FIELDS : TRANSCRIPTION_FIELDS);
        for (Iterator<Map.Entry<String, JsonNode>> it = session.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            String p = path + "." + name;
            switch (name) {
                case "type":
                    break;
                case "model":
                case "instructions":
                    Validation.string(value, p);
                    break;
                case "output_modalities":
                    modalities(value, p);
                    break;
                case "audio":
                    audio(value, p, kind);
                    break;
                case "include":
                    Validation.array(value, p);
                    for (int i = 0; i < value.size(); i++) {
                        Validation.oneOf(value.get(i), p + "[" + i + "]",
                                List.of("item.input_audio_transcription.logprobs"));
                    }
                    break;
                case "tracing":
                    tracing(value, p);
                    break;
                case "tools":
                    tools(value, p);
                    break;
                case "tool_choice":
                    toolChoice(value, p);
                    break;
                case "parallel_tool_calls":
                    Validation.bool(value, p);
                    break;
                case "reasoning":
                    Validation.object(value, p);
                    Validation.onlyFields(value, p, Set.of("effort"));
                    if (value.has("effort")) {
                        Validation.oneOf(value.get("effort"), p + ".effort", EFFORTS);
                    }
                    break;
                case "max_output_tokens":
                    maxOutputTokens(value, p);
                    break;
                case "truncation":
                    truncation(value, p);
                    break;
                case "prompt":
                    prompt(value, p);
                    break;
                default:
                    throw RealtimeError.unknownParameter(p);
            }
        }
    }

    static void modalities(JsonNode value, String p) throws RealtimeError {
        Validation.array(value, p);
        for (int i = 0; i < value.size(); i++) {
            Validation.oneOf(value.get(i), p + "[" + i + "]", MODALITIES);
        }
        if (value.size() != 1) {
            // the service accepts exactly one modality: audio (with transcript) or text
            throw RealtimeError.invalidValueMessage("Invalid modalities: " + value
                    + ". Supported combinations are: ['text'] and ['audio'].", p);
        }
    }

    static void maxOutputTokens(JsonNode value, String p) throws RealtimeError {
        if (value.isTextual()) {
            Validation.oneOf(value, p, List.of("inf"));
        } else {
            Validation.integer(value, p, 1, 4096);
        }
    }

    static void format(JsonNode value, String p) throws RealtimeError {
        Validation.object(value, p);
        Validation.onlyFields(value, p, Set.of("type", "rate"));
        String type = Validation.oneOf(Validation.required(value, "type", p), p + ".type", FORMAT_TYPES);
        if (value.has("rate")) {
            if (!"audio/pcm".equals(type)) {
                throw RealtimeError.unknownParameter(p + ".rate");
            }
            Validation.integer(value.get("rate"), p + ".rate", 24_000, 24_000);
        }
    }

    static void voice(JsonNode value, String p) throws RealtimeError {
        if (value.isObject()) {
            Validation.onlyFields(value, p, Set.of("id"));
            Validation.string(Validation.required(value, "id", p), p + ".id");
        } else {
            Validation.string(value, p);
        }
    }

    private static void audio(JsonNode audio, String p, SessionKind kind) throws RealtimeError {
        Validation.object(audio, p);
        Validation.onlyFields(audio, p, kind == SessionKind.REALTIME ? Set.of("input", "output") : Set.of("input"));
        JsonNode input = audio.get("input");
        if (input != null) {
            String ip = p + ".input";
            Validation.object(input, ip);
            Validation.onlyFields(input, ip, Set.of("format", "transcription", "noise_reduction", "turn_detection"));
            if (input.has("format")) {
                format(input.get("format"), ip + ".format");
            }
            if (input.has("transcription") && !input.get("transcription").isNull()) {
                transcription(input.get("transcription"), ip + ".transcription");
            }
            if (input.has("noise_reduction") && !input.get("noise_reduction").isNull()) {
                JsonNode nr = input.get("noise_reduction");
                String np = ip + ".noise_reduction";
                Validation.object(nr, np);
                Validation.onlyFields(nr, np, Set.of("type", "strength"));
                if (nr.has("type")) {
                    Validation.oneOf(nr.get("type"), np + ".type", List.of("near_field", "far_field"));
                }
                if (nr.has("strength")) {
                    Validation.number(nr.get("strength"), np + ".strength", 0, 10);
                }
            }
            if (input.has("turn_detection") && !input.get("turn_detection").isNull()) {
                turnDetection(input.get("turn_detection"), ip + ".turn_detection");
            }
        }
        JsonNode output = audio.get("output");
        if (output != null) {
            String op = p + ".output";
            Validation.object(output, op);
            Validation.onlyFields(output, op, Set.of("format", "voice", "speed"));
            if (output.has("format")) {
                format(output.get("format"), op + ".format");
            }
            if (output.has("voice")) {
                voice(output.get("voice"), op + ".voice");
            }
            if (output.has("speed")) {
                Validation.number(output.get("speed"), op + ".speed", 0.25, 1.5);
            }
        }
    }

    private static void transcription(JsonNode t, String p) throws RealtimeError {
        Validation.object(t, p);
        Validation.onlyFields(t, p, Set.of("model", "language", "languages", "keywords", "prompt", "delay"));
        if (t.has("model")) {
            Validation.string(t.get("model"), p + ".model");
        }
        if (t.has("language")) {
            Validation.string(t.get("language"), p + ".language");
        }
        for (String list : List.of("languages", "keywords")) {
            if (t.has(list)) {
                Validation.array(t.get(list), p + "." + list);
                for (int i = 0; i < t.get(list).size(); i++) {
                    Validation.string(t.get(list).get(i), p + "." + list + "[" + i + "]");
                }
            }
        }
        if (t.has("prompt")) {
            Validation.string(t.get("prompt"), p + ".prompt");
        }
        if (t.has("delay")) {
            Validation.oneOf(t.get("delay"), p + ".delay", EFFORTS);
        }
    }

    private static void turnDetection(JsonNode td, String p) throws RealtimeError {
        Validation.object(td, p);
        String type = Validation.oneOf(Validation.required(td, "type", p), p + ".type",
                List.of("server_vad", "semantic_vad"));
        if ("server_vad".equals(type)) {
            Validation.onlyFields(td, p, Set.of("type", "threshold", "prefix_padding_ms", "silence_duration_ms",
                    "create_response", "interrupt_response", "idle_timeout_ms"));
            if (td.has("threshold")) {
                Validation.number(td.get("threshold"), p + ".threshold", 0, 1);
            }
            if (td.has("prefix_padding_ms")) {
                Validation.integer(td.get("prefix_padding_ms"), p + ".prefix_padding_ms", 0, 10_000);
            }
            if (td.has("silence_duration_ms")) {
                Validation.integer(td.get("silence_duration_ms"), p + ".silence_duration_ms", 0, 10_000);
            }
            if (td.has("idle_timeout_ms") && !td.get("idle_timeout_ms").isNull()) {
                Validation.integer(td.get("idle_timeout_ms"), p + ".idle_timeout_ms", 5_000, 30_000);
            }
        } else {
            Validation.onlyFields(td, p, Set.of("type", "eagerness", "create_response", "interrupt_response"));
            if (td.has("eagerness")) {
                Validation.oneOf(td.get("eagerness"), p + ".eagerness", List.of("low", "medium", "high", "auto"));
            }
        }
        for (String flag : List.of("create_response", "interrupt_response")) {
            if (td.has(flag)) {
                Validation.bool(td.get(flag), p + "." + flag);
            }
        }
    }

    private static void tracing(JsonNode value, String p) throws RealtimeError {
        if (value.isNull()) {
            return;
        }
        if (value.isTextual()) {
            Validation.oneOf(value, p, List.of("auto"));
            return;
        }
        Validation.object(value, p);
        Validation.onlyFields(value, p, Set.of("workflow_name", "group_id", "metadata"));
    }

    static void tools(JsonNode value, String p) throws RealtimeError {
        Validation.array(value, p);
        for (int i = 0; i < value.size(); i++) {
            JsonNode tool = value.get(i);
            String tp = p + "[" + i + "]";
            Validation.object(tool, tp);
            String type = tool.has("type") ? Validation.oneOf(tool.get("type"), tp + ".type",
                    List.of("function", "mcp")) : "function";
            if ("function".equals(type)) {
                Validation.onlyFields(tool, tp, Set.of("type", "name", "description", "parameters"));
                Validation.string(Validation.required(tool, "name", tp), tp + ".name");
                if (tool.has("description")) {
                    Validation.string(tool.get("description"), tp + ".description");
                }
                if (tool.has("parameters")) {
                    Validation.object(tool.get("parameters"), tp + ".parameters");
                }
            } else {
                Validation.onlyFields(tool, tp, Set.of("type", "server_label", "server_url", "connector_id",
                        "tunnel_id", "authorization", "headers", "allowed_tools", "require_approval",
                        "server_description", "defer_loading", "allowed_callers"));
                Validation.string(Validation.required(tool, "server_label", tp), tp + ".server_label");
            }
        }
    }

    static void toolChoice(JsonNode value, String p) throws RealtimeError {
        if (value.isTextual()) {
            Validation.oneOf(value, p, TOOL_CHOICES);
            return;
        }
        Validation.object(value, p);
        String type = Validation.oneOf(Validation.required(value, "type", p), p + ".type",
                List.of("function", "mcp"));
        if ("function".equals(type)) {
            Validation.onlyFields(value, p, Set.of("type", "name"));
            Validation.string(Validation.required(value, "name", p), p + ".name");
        } else {
            Validation.onlyFields(value, p, Set.of("type", "server_label", "name"));
            Validation.string(Validation.required(value, "server_label", p), p + ".server_label");
        }
    }

    private static void truncation(JsonNode value, String p) throws RealtimeError {
        if (value.isTextual()) {
            Validation.oneOf(value, p, List.of("auto", "disabled"));
            return;
        }
        Validation.object(value, p);
        Validation.onlyFields(value, p, Set.of("type", "retention_ratio", "token_limits"));
        Validation.oneOf(Validation.required(value, "type", p), p + ".type", List.of("retention_ratio"));
        Validation.number(Validation.required(value, "retention_ratio", p), p + ".retention_ratio", 0, 1);
        if (value.has("token_limits")) {
            JsonNode limits = value.get("token_limits");
            Validation.object(limits, p + ".token_limits");
            Validation.onlyFields(limits, p + ".token_limits", Set.of("post_instructions"));
            if (limits.has("post_instructions")) {
                Validation.integer(limits.get("post_instructions"), p + ".token_limits.post_instructions", 0,
                        Integer.MAX_VALUE);
            }
        }
    }

    static void prompt(JsonNode value, String p) throws RealtimeError {
        if (value.isNull()) {
            return;
        }
        Validation.object(value, p);
        Validation.onlyFields(value, p, Set.of("id", "version", "variables"));
        Validation.string(Validation.required(value, "id", p), p + ".id");
    }
}
