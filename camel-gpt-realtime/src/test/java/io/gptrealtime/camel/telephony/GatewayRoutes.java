package io.gptrealtime.camel.telephony;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;


/** A Camel context with one gateway consumer whose events are recorded, for the Twilio and AudioSocket tests. */
public final class GatewayRoutes implements AutoCloseable {

    /** An event as the route saw it. */
    public record Event(String type, String sessionKey, Map<String, Object> headers, Object body) {
    }

    final CamelContext camel = new DefaultCamelContext();
    public final List<Event> events = new CopyOnWriteArrayList<>();

    public GatewayRoutes(String uri) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> {
                    Map<String, Object> headers = new java.util.HashMap<>();
                    e.getMessage().getHeaders().forEach((k, v) -> {
                        if (v != null) {
                            headers.put(k, v);
                        }
                    });
                    events.add(new Event(e.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE, String.class),
                            e.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY, String.class), headers,
                            e.getMessage().getBody()));
                });
            }
        });
        camel.start();
    }

    public Event await(String type, Predicate<Event> match, Duration timeout) {
        org.awaitility.Awaitility.await().atMost(timeout).until(() -> find(type, match) != null);
        return find(type, match);
    }

    /** The first event of {@code type} that matches, or null. */
    public Event find(String type, Predicate<Event> match) {
        for (Event e : events) {
            if (type.equals(e.type()) && match.test(e)) {
                return e;
            }
        }
        return null;
    }

    public CamelContext camel() {
        return camel;
    }

    /** The gateways of the (only) consumer. */
    public TelephonyGateways gateways() {
        return ((GptRealtimeConsumer) camel.getRoutes().get(0).getConsumer()).getGateways();
    }

    public long count(String type) {
        return events.stream().filter(e -> type.equals(e.type())).count();
    }

    public List<String> types() {
        List<String> t = new ArrayList<>();
        events.forEach(e -> t.add(e.type()));
        return t;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        camel.stop();
    }
}
