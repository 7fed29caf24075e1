package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An item of the default conversation: its JSON as the server shows it (never with audio bytes) plus the audio it
 * carries, if any. Owned by the session's event loop.
 */
final class ConversationItem {

    private final String id;
    /** The item JSON (id, object, type, status, role, content…); mutated as a streamed item completes. */
    private final ObjectNode json;
    /**
     * Audio of an input_audio or output_audio content part (content index 0); null when the item has none. Owner: Event
     * loop of the session.
     */
    private AudioClip audio;

    ConversationItem(String id, ObjectNode json) {
        this.id = id;
        this.json = json;
    }

    String id() {
        return id;
    }

    ObjectNode json() {
        return json;
    }

    String type() {
        return json.path("type").asText();
    }

    String role() {
        return json.path("role").asText(null);
    }

    boolean isAssistantMessage() {
        return "message".equals(type()) && "assistant".equals(role());
    }

    boolean isUserMessage() {
        return "message".equals(type()) && "user".equals(role());
    }

    String callId() {
        JsonNode c = json.get("call_id");
        return c == null ? null : c.asText();
    }

    AudioClip audio() {
        return audio;
    }

    void audio(AudioClip clip) {
        this.audio = clip;
    }

    /** The JSON to put in {@code conversation.item.retrieved}: audio parts get their base64 back when it was kept. */
    ObjectNode withAudio() {
        ObjectNode copy = json.deepCopy();
        if (audio != null) {
            String b64 = audio.base64();
            JsonNode content = copy.path("content");
            if (b64 != null && content.isArray() && content.size() > 0 && content.get(0).isObject()) {
                ((ObjectNode) content.get(0)).put("audio", b64);
            }
        }
        return copy;
    }
}
