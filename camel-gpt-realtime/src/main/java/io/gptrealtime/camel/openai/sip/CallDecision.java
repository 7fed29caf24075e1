package io.gptrealtime.camel.openai.sip;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.protocol.RealtimeJson;
import org.apache.camel.Message;

/**
 * What the call route decided for an incoming OpenAI SIP call, read from the headers it left on the message:
 * {@code CamelGptRealtimeCallDecision} (accept, the default; reject; refer; none when the route controls the call
 * itself), {@code CamelGptRealtimeSipStatus} for reject, {@code CamelGptRealtimeTransferTarget} for refer and
 * {@code CamelGptRealtimeCallSessionConfig} (a JSON object merged over the agent's session configuration) for
 * accept. A header that does not make sense is an error, never a silent default.
 *
 * @param kind            what to do
 * @param sipStatus       the SIP status of a reject, null for the service's default (603)
 * @param target          the Refer-To URI of a refer
 * @param sessionOverride session fields that replace the agent's for this call (accept), or null
 */
public record CallDecision(Kind kind, Integer sipStatus, String target, ObjectNode sessionOverride) {

    /** The possible decisions. */
    public enum Kind {
        accept,
        reject,
        refer,
        /** The route answers the call itself (e.g. later with the acceptCall operation), or lets it ring out. */
        none
    }

    public static CallDecision accept(ObjectNode sessionOverride) {
        return new CallDecision(Kind.accept, null, null, sessionOverride);
    }

    /** Reads the decision from a message; throws IllegalArgumentException when a header is unusable. */
    public static CallDecision of(Message message) {
        Object value = message.getHeader(GptRealtimeConstants.CALL_DECISION);
        Kind kind;
        try {
            kind = value == null ? Kind.accept : Kind.valueOf(value.toString().trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(GptRealtimeConstants.CALL_DECISION + " must be accept, reject, refer or"
                                               + " none, was '" + value + "'");
        }
        return switch (kind) {
            case accept -> accept(override(message.getHeader(GptRealtimeConstants.CALL_SESSION_CONFIG)));
            case reject -> new CallDecision(kind, sipStatus(message), null, null);
            case refer -> {
                String target = message.getHeader(GptRealtimeConstants.TRANSFER_TARGET, String.class);
                if (target == null || target.isBlank()) {
                    throw new IllegalArgumentException("A refer decision needs the " + GptRealtimeConstants.TRANSFER_TARGET
                                                       + " header (a tel: or sip: URI)");
                }
                yield new CallDecision(kind, null, TransferTargets.requireUri(target.trim()), null);
            }
            case none -> new CallDecision(kind, null, null, null);
        };
    }

    /** The SIP status header, validated (300-699), or null when absent. */
    public static Integer sipStatus(Message message) {
        Object v = message.getHeader(GptRealtimeConstants.SIP_STATUS);
        if (v == null) {
            return null;
        }
        int status;
        try {
            status = v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(GptRealtimeConstants.SIP_STATUS + " must be a number, was '" + v + "'");
        }
        if (status < 300 || status > 699) {
            throw new IllegalArgumentException(GptRealtimeConstants.SIP_STATUS + " must be a SIP final status 300-699,"
                                               + " was " + status);
        }
        return status;
    }

    /** A JSON object (String, Map or JsonNode) of session fields, or null. */
    public static ObjectNode override(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode node;
        try {
            if (value instanceof JsonNode j) {
                node = j;
            } else if (value instanceof Map<?, ?> m) {
                node = RealtimeJson.mapper().valueToTree(m);
            } else {
                node = RealtimeJson.mapper().readTree(value.toString());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(GptRealtimeConstants.CALL_SESSION_CONFIG + " is not JSON: "
                                               + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(GptRealtimeConstants.CALL_SESSION_CONFIG
                                               + " must be a JSON object of session fields");
        }
        return ((ObjectNode) node).deepCopy();
    }
}
