package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated overrides of a {@code response.create} ({@code RealtimeResponseCreateParams}); absent fields are
 * null and fall back to the session. VAD-created responses use {@link #none()}.
 */
final class ResponseRequest {

    private static final Set<String> FIELDS = Set.of("output_modalities", "instructions", "audio", "tools",
            "tool_choice", "parallel_tool_calls", "reasoning", "max_output_tokens", "conversation", "metadata",
            "prompt", "input");

    boolean inConversation = true;
    JsonNode outputModalities;
    JsonNode outputFormat;
    JsonNode voice;
    String instructions;
    JsonNode tools;
    JsonNode maxOutputTokens;
    JsonNode metadata;
    /** The {@code input} array (items and item references), or null to read the conversation. */
    JsonNode input;

    private ResponseRequest() {
    }

    static ResponseRequest none() {
        return new ResponseRequest();
    }

    static ResponseRequest parse(JsonNode params, String conversationId) throws RealtimeError {
        ResponseRequest r = new ResponseRequest();
        if (params == null || params.isNull() || params.isMissingNode()) {
            return r;
        }
        String p = "response";
        Validation.object(params, p);
        Validation.onlyFields(params, p, FIELDS);
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String fp = p + "." + f.getKey();
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "output_modalities":
                    SessionUpdateValidator.modalities(v, fp);
                    r.outputModalities = v;
                    break;
                case "instructions":
                    r.instructions = Validation.string(v, fp);
                    break;
                case "audio":
                    Validation.object(v, fp);
                    Validation.onlyFields(v, fp, Set.of("output"));
                    JsonNode out = v.get("output");
                    if (out != null) {
                        Validation.object(out, fp + ".output");
                        Validation.onlyFields(out, fp + ".output", Set.of("format", "voice"));
                        if (out.has("format")) {
                            SessionUpdateValidator.format(out.get("format"), fp + ".output.format");
                            r.outputFormat = out.get("format");
                        }
                        if (out.has("voice")) {
                            SessionUpdateValidator.voice(out.get("voice"), fp + ".output.voice");
                            r.voice = out.get("voice");
                        }
                    }
                    break;
                case "tools":
                    SessionUpdateValidator.tools(v, fp);
                    r.tools = v;
                    break;
                case "tool_choice":
                    SessionUpdateValidator.toolChoice(v, fp);
                    break;
                case "parallel_tool_calls":
                    Validation.bool(v, fp);
                    break;
                case "reasoning":
                    Validation.object(v, fp);
                    Validation.onlyFields(v, fp, Set.of("effort"));
                    if (v.has("effort")) {
                        Validation.oneOf(v.get("effort"), fp + ".effort", SessionUpdateValidator.EFFORTS);
                    }
                    break;
                case "max_output_tokens":
                    SessionUpdateValidator.maxOutputTokens(v, fp);
                    r.maxOutputTokens = v;
                    break;
                case "conversation":
                    String c = Validation.string(v, fp);
                    if ("none".equals(c)) {
                        r.inConversation = false;
                    } else if (!"auto".equals(c) && !c.equals(conversationId)) {
                        throw RealtimeError.invalidValue(c, List.of("auto", "none"), fp);
                    }
                    break;
                case "metadata":
                    metadata(v, fp);
                    r.metadata = v;
                    break;
                case "prompt":
                    SessionUpdateValidator.prompt(v, fp);
                    break;
                case "input":
                    Validation.array(v, fp);
                    r.input = v;
                    break;
                default:
                    throw RealtimeError.unknownParameter(fp);
            }
        }
        return r;
    }

    /** {@code Metadata}: up to 16 string pairs, keys ≤ 64 and values ≤ 512 characters. */
    private static void metadata(JsonNode v, String p) throws RealtimeError {
        if (v.isNull()) {
            return;
        }
        Validation.object(v, p);
        if (v.size() > 16) {
            throw RealtimeError.invalidValueMessage("Invalid '" + p + "': too many properties. Expected an object "
                    + "with at most 16 properties, but got an object with " + v.size() + " properties instead.", p);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().length() > 64) {
                throw RealtimeError.invalidValueMessage("Invalid '" + p + "': metadata keys can be at most 64 "
                        + "characters long.", p);
            }
            String value = Validation.string(e.getValue(), p + "." + e.getKey());
            if (value.length() > 512) {
                throw RealtimeError.invalidValueMessage("Invalid '" + p + "." + e.getKey() + "': string too long. "
                        + "Expected a string with maximum length 512, but got a string with length " + value.length()
                        + " instead.", p + "." + e.getKey());
            }
        }
    }
}
