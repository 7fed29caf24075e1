package io.gptrealtime.simulator;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every session protocol does with a client text frame before its own handlers, and with an injected fault: one
 * place for the service's envelope rules (JSON object, string {@code type}, {@code event_id} at most 512 characters),
 * the recording, the fault hooks, and the one failure path — a {@link RealtimeError} becomes an {@code error} event
 * carrying the client's {@code event_id}, any other exception a {@code server_error}, and the session goes on.
 */
final class ClientEventEnvelope {

    private static final Logger LOG = LoggerFactory.getLogger(ClientEventEnvelope.class);

    /** A protocol's handling of one well-formed client event. */
    interface Handler {
        void handle(JsonNode event, String type) throws RealtimeError;
    }

    private ClientEventEnvelope() {
    }

    /** Records, runs the fault hooks, checks the envelope and hands the event to {@code handler}. */
    static void receive(String raw, EventRecorder recorder, FaultEngine faults, Outbound outbound, ServerEvents events,
                        Handler handler) {
        JsonNode parsed = Json.parseOrNull(raw);
        String type = parsed != null && parsed.isObject() && parsed.path("type").isTextual()
                ? parsed.get("type").asText() : null;
        recorder.recordReceived(raw, type, parsed);
        if (faults.beforeClientEvent(type == null ? "" : type) || outbound.state() != Outbound.State.OPEN) {
            return;
        }
        String clientEventId = parsed != null && parsed.path("event_id").isTextual()
                ? parsed.get("event_id").asText() : null;
        try {
            checkEnvelope(parsed, type);
            handler.handle(parsed, type);
        } catch (RealtimeError e) {
            outbound.send(events.error(e, clientEventId));
        } catch (RuntimeException e) {
            LOG.warn("simulator bug while handling {}", type, e);
            outbound.send(events.error("server_error", null, "The server had an error while processing your "
                    + "request. Sorry about that! (" + e + ")", null, clientEventId));
        }
    }

    private static void checkEnvelope(JsonNode event, String type) throws RealtimeError {
        if (event == null) {
            throw RealtimeError.invalidEvent("We could not parse the JSON body of your event: it is not valid "
                    + "JSON. Send one JSON object per text message.");
        }
        if (!event.isObject()) {
            throw RealtimeError.invalidEvent("Expected an object, but got " + Json.describeType(event)
                    + " instead.");
        }
        if (type == null) {
            throw event.has("type") ? RealtimeError.invalidType("type", "a string", event.get("type"))
                    : RealtimeError.invalidEvent("The 'type' field is missing.");
        }
        if (event.has("event_id")) {
            String eventId = Validation.string(event.get("event_id"), "event_id");
            if (eventId.length() > 512) {
                throw new RealtimeError(RealtimeError.INVALID_REQUEST, "string_above_max_length",
                        "Invalid 'event_id': string too long. Expected a string with maximum length 512, but got a "
                                + "string with length " + eventId.length() + " instead.", "event_id");
            }
        }
    }

    /** Refuses top-level fields other than type, event_id and the event's {@code own}. */
    static void onlyFields(JsonNode event, Set<String> own) throws RealtimeError {
        for (Iterator<String> it = event.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!"type".equals(name) && !"event_id".equals(name) && !own.contains(name)) {
                throw RealtimeError.unknownParameter(name);
            }
        }
    }

    /** The reply to a binary frame: the service speaks JSON text only. */
    static void refuseBinary(Outbound outbound, ServerEvents events) {
        outbound.send(events.error(RealtimeError.invalidEvent("Binary messages are not supported. Send JSON text "
                + "messages."), null));
    }

    /** Closes the connection with a close frame; the protocol's own bookkeeping. */
    interface Closer {
        void close(int code, String reason);
    }

    /** The faults every protocol supports; false for a kind it must handle itself. */
    static boolean apply(FaultAction action, Outbound outbound, ServerEvents events, Closer closer) {
        if (outbound.state() == Outbound.State.CLOSED) {
            return true;
        }
        switch (action.kind()) {
            case DROP -> outbound.drop();
            case CLOSE -> closer.close(action.closeCode(), action.text());
            case DELAY_OUTBOUND -> outbound.setDelay(action.delay());
            case SEND_ERROR -> outbound.send(events.error(action.errorType(), action.errorCode(), action.text(),
                    action.errorParam(), null));
            case SEND_RAW -> outbound.sendRaw(action.text());
            case EXPIRE_SESSION -> {
                outbound.send(events.error(RealtimeError.sessionExpired(), null));
                closer.close(1000, "session_expired");
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
