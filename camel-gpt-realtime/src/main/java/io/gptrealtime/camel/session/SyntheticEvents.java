package io.gptrealtime.camel.session;

import java.util.concurrent.atomic.AtomicLong;

import io.gptrealtime.camel.protocol.ErrorDetail;
import io.gptrealtime.camel.protocol.ErrorEvent;
import io.gptrealtime.camel.protocol.RealtimeEventCodec;
import io.gptrealtime.camel.protocol.ServerEvent;

/**
 * Events the component makes up itself: error events for bad input from the server (invalid JSON, oversized or binary
 * frames), so routes hear about it through the same path as service errors, and the session goes on.
 */
final class SyntheticEvents {

    /** The error type of errors raised by the component rather than the service. */
    static final String CLIENT_ERROR = "client_error";
    private static final AtomicLong SEQ = new AtomicLong();

    private SyntheticEvents() {
    }

    static ServerEvent error(RealtimeEventCodec codec, String code, String message) {
        ErrorEvent event = new ErrorEvent();
        event.setEventId("cgr_local_" + SEQ.incrementAndGet());
        event.setError(new ErrorDetail().setType(CLIENT_ERROR).setCode(code).setMessage(message));
        return event;
    }

    /** Checks that raw JSON is a client event (an object with a string type) before it goes on the wire. */
    static void checkClientEventJson(RealtimeEventCodec codec, String json) {
        codec.decodeClientEvent(json);
    }
}
