package io.gptrealtime.it.telephony;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import io.gptrealtime.camel.GptRealtimeConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;


/** Keeps the consumer's events (type, session key and headers) for assertions; thread-safe. */
final class CallRecorder implements Processor {

    /** One event as the route saw it. */
    record Event(String type, String sessionKey, Map<String, Object> headers, Object body) {
        Object header(String name) {
            return headers.get(name);
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void process(Exchange exchange) {
        var m = exchange.getMessage();
        events.add(new Event(m.getHeader(GptRealtimeConstants.EVENT_TYPE, String.class),
                m.getHeader(GptRealtimeConstants.SESSION_KEY, String.class), Map.copyOf(withoutNulls(m.getHeaders())),
                m.getBody()));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> headers) {
        Map<String, Object> copy = new java.util.HashMap<>();
        headers.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    void clear() {
        events.clear();
    }

    List<Event> all() {
        return new ArrayList<>(events);
    }

    List<Event> of(String type, String sessionKey) {
        return events.stream().filter(e -> type.equals(e.type()) && (sessionKey == null
                                                                   || sessionKey.equals(e.sessionKey()))).toList();
    }

    Event await(String type, Predicate<Event> match, Duration timeout) {
        org.awaitility.Awaitility.await().atMost(timeout).until(() -> events.stream().anyMatch(e -> type.equals(e.type()) && match.test(e)));
        return events.stream().filter(e -> type.equals(e.type()) && match.test(e)).findFirst().orElseThrow();
    }

    String describe() {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            sb.append(e.type()).append(' ').append(e.sessionKey()).append(' ').append(e.body()).append('\n');
        }
        return sb.toString();
    }
}
