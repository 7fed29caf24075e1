package io.gptrealtime.camel;

import io.gptrealtime.camel.consumer.EventExchangeMapper;
import io.gptrealtime.camel.consumer.EventFilter;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionListener;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * Receives the selected server events of every session of the agent, one exchange per event, in session order. Runs
 * on the session's dispatcher thread, never on the socket reader, so a slow route cannot stall audio.
 */
public class GptRealtimeConsumer extends DefaultConsumer {

    /** The component's own event type for a session that ended (the service has none). */
    public static final String SESSION_CLOSED = "session.closed";

    private final EventFilter filter;
    private final SessionListener listener = new Listener();
    private Agent agent;

    public GptRealtimeConsumer(GptRealtimeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.filter = EventFilter.parse(endpoint.getConfiguration().getEvents());
    }

    @Override
    public GptRealtimeEndpoint getEndpoint() {
        return (GptRealtimeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        agent = getEndpoint().getAgent();
        agent.addListener(listener);
    }

    @Override
    protected void doStop() throws Exception {
        if (agent != null) {
            agent.removeListener(listener);
        }
        super.doStop();
    }

    private void deliver(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Error processing gpt-realtime event", exchange,
                    exchange.getException());
        }
        releaseExchange(exchange, false);
    }

    private final class Listener implements SessionListener {
        @Override
        public void onEvent(RealtimeSession session, ServerEvent event) {
            if (!isRunAllowed() || !filter.accepts(event.getType())) {
                return;
            }
            Exchange exchange = createExchange(false);
            EventExchangeMapper.map(session, event, exchange.getMessage());
            deliver(exchange);
        }

        @Override
        public void onClosed(RealtimeSession session, int code, String reason, Throwable cause) {
            if (!isRunAllowed() || !filter.accepts(SESSION_CLOSED)) {
                return;
            }
            Exchange exchange = createExchange(false);
            EventExchangeMapper.mapClosed(session, code, reason, cause, exchange.getMessage());
            deliver(exchange);
        }
    }
}
