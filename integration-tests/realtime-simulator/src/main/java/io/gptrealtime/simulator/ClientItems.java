package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Validates a client-supplied conversation item ({@code RealtimeConversationItem}) and turns it into the server's
 * view: {@code object: "realtime.item"}, an id ({@code item_…} unless the client chose one), status
 * {@code completed}, and audio bytes moved out of the JSON into an {@link AudioClip}. Clients may create user,
 * system and assistant-text messages, function calls and outputs, and MCP approval responses — not assistant audio.
 */
final class ClientItems {

    private static final Set<String> COMMON = Set.of("id", "object", "type", "status");

    private ClientItems() {
    }

    /**
     * @param path       parameter path for errors ({@code item} or {@code response.input[2]})
     * @param inputFormat format of {@code input_audio} parts (the session's input format)
     * @param keepAudio  decides whether decoded audio bytes are kept (the session's budget)
     */
    static ConversationItem fromClient(JsonNode item, String path, Ids ids, AudioFormat inputFormat,
                                       java.util.function.IntPredicate keepAudio) throws RealtimeError {
        Validation.object(item, path);
        String type = Validation.oneOf(Validation.required(item, "type", path), path + ".type",
                List.of("message", "function_call", "function_call_output", "mcp_approval_response"));
        if (item.has("id")) {
            String id = Validation.string(item.get("id"), path + ".id");
            if (id.isEmpty() || id.length() > 64) {
                throw RealtimeError.invalidValueMessage("Invalid '" + path + ".id': expected 1 to 64 characters.",
                        path + ".id");
            }
        }
        if (item.has("object")) {
            Validation.oneOf(item.get("object"), path + ".object", List.of("realtime.item"));
        }
        if (item.has("status")) {
            Validation.oneOf(item.get("status"), path + ".status", List.of("completed", "incomplete", "in_progress"));
        }
        ObjectNode json = Json.object();
        String id = item.has("id") ? item.get("id").asText() : ids.item();
        json.put("id", id);
        json.put("object", "realtime.item");
        json.put("type", type);
        json.put("status", "completed");
        AudioClip clip = null;
        switch (type) {
            case "message":
                clip = message(item, path, json, inputFormat, keepAudio);
                break;
            case "function_call":
                only(item, path, Set.of("name", "arguments", "call_id"));
                json.put("name", Validation.string(Validation.required(item, "name", path), path + ".name"));
                json.put("call_id", item.has("call_id")
                        ? Validation.string(item.get("call_id"), path + ".call_id") : ids.call());
                json.put("arguments", Validation.string(Validation.required(item, "arguments", path),
                        path + ".arguments"));
                break;
            case "function_call_output":
                only(item, path, Set.of("call_id", "output"));
                json.put("call_id", Validation.string(Validation.required(item, "call_id", path), path + ".call_id"));
                JsonNode output = item.get("output");
                if (output == null) {
                    throw RealtimeError.missingParameter(path + ".output");
                }
                json.put("output", Validation.string(output, path + ".output"));
                break;
            default: // mcp_approval_response
                only(item, path, Set.of("approval_request_id", "approve", "reason"));
                json.remove("status");
                json.put("approval_request_id", Validation.string(Validation.required(item, "approval_request_id",
                        path), path + ".approval_request_id"));
                json.put("approve", Validation.bool(Validation.required(item, "approve", path), path + ".approve"));
                if (item.has("reason") && !item.get("reason").isNull()) {
                    json.put("reason", Validation.string(item.get("reason"), path + ".reason"));
                }
        }
        ConversationItem conversationItem = new ConversationItem(id, json);
        conversationItem.audio(clip);
        return conversationItem;
    }

    private static AudioClip message(JsonNode item, String path, ObjectNode json, AudioFormat inputFormat,
                                     java.util.function.IntPredicate keepAudio) throws RealtimeError {
        only(item, path, Set.of("role", "content"));
        String role = Validation.oneOf(Validation.required(item, "role", path), path + ".role",
                List.of("user", "system", "assistant"));
        json.put("role", role);
        JsonNode content = Validation.required(item, "content", path);
        Validation.array(content, path + ".content");
        ArrayNode parts = json.putArray("content");
        AudioClip clip = null;
        List<String> allowed = "user".equals(role) ? List.of("input_text", "input_audio", "input_image")
                : "system".equals(role) ? List.of("input_text") : List.of("output_text");
        for (int i = 0; i < content.size(); i++) {
            JsonNode part = content.get(i);
            String pp = path + ".content[" + i + "]";
            Validation.object(part, pp);
            String partType = Validation.oneOf(Validation.required(part, "type", pp), pp + ".type", allowed);
            ObjectNode out = parts.addObject();
            out.put("type", partType);
            switch (partType) {
                case "input_text":
                case "output_text":
                    Validation.onlyFields(part, pp, Set.of("type", "text"));
                    out.put("text", Validation.string(Validation.required(part, "text", pp), pp + ".text"));
                    break;
                case "input_image":
                    Validation.onlyFields(part, pp, Set.of("type", "image_url", "detail"));
                    String url = Validation.string(Validation.required(part, "image_url", pp), pp + ".image_url");
                    if (!url.startsWith("data:image/png;base64,") && !url.startsWith("data:image/jpeg;base64,")) {
                        throw RealtimeError.invalidValueMessage("Invalid '" + pp + ".image_url'. Expected a base64 "
                                + "data URL of a PNG or JPEG image.", pp + ".image_url");
                    }
                    out.put("image_url", url);
                    out.put("detail", part.has("detail")
                            ? Validation.oneOf(part.get("detail"), pp + ".detail", List.of("auto", "low", "high"))
                            : "auto");
                    break;
                default: // input_audio
                    Validation.onlyFields(part, pp, Set.of("type", "audio", "transcript"));
                    if (part.has("audio")) {
                        byte[] bytes = decodeAudio(part.get("audio"), pp + ".audio", inputFormat);
                        if (clip == null) {
                            clip = new AudioClip(inputFormat);
                        }
                        clip.append(bytes, keepAudio.test(bytes.length));
                    }
                    if (part.has("transcript") && !part.get("transcript").isNull()) {
                        out.put("transcript", Validation.string(part.get("transcript"), pp + ".transcript"));
                    }
            }
        }
        return clip;
    }

    /** Strict base64 of audio in the session's input format; the service's wording on failure. */
    static byte[] decodeAudio(JsonNode value, String param, AudioFormat format) throws RealtimeError {
        String text = Validation.string(value, param);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            String expected = format == AudioFormat.PCM16_24K ? "mono PCM16 at 24kHz"
                    : format == AudioFormat.PCMU ? "G.711 u-law at 8kHz" : "G.711 A-law at 8kHz";
            throw RealtimeError.invalidValueMessage("Invalid 'audio'. Expected base64-encoded audio bytes ("
                    + expected + ") but got an invalid value.", param);
        }
    }

    private static void only(JsonNode item, String path, Set<String> specific) throws RealtimeError {
        for (java.util.Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!COMMON.contains(name) && !specific.contains(name)) {
                throw RealtimeError.unknownParameter(path + "." + name);
            }
        }
    }
}
