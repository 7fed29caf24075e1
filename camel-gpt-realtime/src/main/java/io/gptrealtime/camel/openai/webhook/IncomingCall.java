package io.gptrealtime.camel.openai.webhook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code realtime.call.incoming} webhook event: an OpenAI SIP call waiting for accept, reject or refer.
 *
 * @param eventId    the event's {@code id} ({@code evt_...}), may be null
 * @param type       the event type, e.g. {@code realtime.call.incoming}
 * @param createdAt  {@code created_at} in unix seconds, 0 when absent
 * @param callId     {@code data.call_id} ({@code rtc_...}), the id for call control and the sideband socket
 * @param sipHeaders every header of the SIP INVITE in order, duplicates kept
 */
public record IncomingCall(String eventId, String type, long createdAt, String callId, List<SipHeader> sipHeaders) {

    /** The event type this class is for. */
    public static final String TYPE = "realtime.call.incoming";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One SIP INVITE header. */
    public record SipHeader(String name, String value) {
    }

    public IncomingCall {
        sipHeaders = List.copyOf(sipHeaders);
    }

    /**
     * Parses a webhook body (already verified).
     *
     * @throws MalformedWebhookException if the body is not JSON, or lacks {@code type} or {@code data.call_id}
     */
    public static IncomingCall parse(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedWebhookException("webhook body is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedWebhookException("webhook body could not be read", e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("webhook body is not a JSON object");
        }
        String type = text(root, "type");
        if (type == null) {
            throw new MalformedWebhookException("webhook body has no type");
        }
        JsonNode data = root.path("data");
        String callId = text(data, "call_id");
        if (callId == null) {
            throw new MalformedWebhookException("webhook " + type + " has no data.call_id");
        }
        List<SipHeader> headers = new ArrayList<>();
        JsonNode list = data.path("sip_headers");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw new MalformedWebhookException("data.sip_headers is not an array");
        }
        for (JsonNode h : list) {
            String name = text(h, "name");
            if (name == null) {
                throw new MalformedWebhookException("a data.sip_headers entry has no name");
            }
            JsonNode value = h.path("value");
            headers.add(new SipHeader(name, value.isValueNode() && !value.isNull() ? value.asText() : ""));
        }
        return new IncomingCall(text(root, "id"), type, root.path("created_at").asLong(0), callId, headers);
    }

    /** Whether this is a {@code realtime.call.incoming} event (OpenAI may send others to the same URL). */
    public boolean isCallIncoming() {
        return TYPE.equals(type);
    }

    /** The first value of a SIP header, matched case-insensitively as SIP header names are. */
    public Optional<String> header(String name) {
        return sipHeaders.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(SipHeader::value).findFirst();
    }

    /** The caller: the {@code From} header. */
    public Optional<String> from() {
        return header("From");
    }

    /** The dialled number: the {@code To} header. */
    public Optional<String> to() {
        return header("To");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
