package io.gptrealtime.camel;

import io.gptrealtime.camel.consumer.EventExchangeMapper;
import io.gptrealtime.camel.consumer.EventFilter;
import io.gptrealtime.camel.health.HealthCheckRegistration;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionListener;
import io.gptrealtime.camel.playout.BargeInPolicy;
import io.gptrealtime.camel.telephony.CallSessions;
import io.gptrealtime.camel.telephony.TelephonyGateways;
import io.gptrealtime.camel.usage.AgentView;
import io.gptrealtime.camel.usage.ManagedAgentStatistics;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.DefaultConsumer;

/**
 * Receives the selected server events of every session of the agent, one exchange per event, in session order. Runs
 * on the session's dispatcher thread, never on the socket reader, so a slow route cannot stall audio.
 */
@ManagedResource(description = "Managed GptRealtimeConsumer")
public class GptRealtimeConsumer extends DefaultConsumer implements ManagedAgentStatistics {

    /** The component's own event type for a session that ended (the service has none). */
    public static final String SESSION_CLOSED = "session.closed";

    private final EventFilter filter;
    private final SessionListener listener = new Listener();
    private Agent agent;
    /** Started and stopped with the consumer when a gateway option is on. */
    private TelephonyGateways gateways;
    private java.util.concurrent.ExecutorService callAudio;
    private final HealthCheckRegistration health = new HealthCheckRegistration();
    /** Set in doStart; read by JMX on any thread. */
    private volatile AgentView view;

    public GptRealtimeConsumer(GptRealtimeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        // a consumer that takes calls always hears about them
        this.filter = EventFilter.parse(endpoint.getConfiguration().getEvents()
                                        + (endpoint.getTelephony().isAnyGateway() ? ",call.*" : ""));
    }

    @Override
    public GptRealtimeEndpoint getEndpoint() {
        return (GptRealtimeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        agent = getEndpoint().getAgent();
        view = new AgentView(agent, getEndpoint().getComponent().getUsageTracker().agentUsage(agent.name()));
        agent.addListener(listener);
        health.registerConsumer(this, getEndpoint(), getEndpoint().getComponent().isHealthCheckConsumerEnabled());
        if (getEndpoint().getTelephony().isAnyGateway()) {
            callAudio = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newCachedThreadPool(this, "GptRealtimeCallAudio");
            GptRealtimeEndpoint e = getEndpoint();
            gateways = TelephonyGateways.start(e.getTelephony(), new CallSessions(e::openCallSession, callAudio,
                    e.getComponent().getEngine().scheduler(), BargeInPolicy.IMMEDIATE,
                    CallSessions.BridgeListener.NONE));
        }
    }

    /** The phone gateways this consumer runs, or null. */
    public TelephonyGateways getGateways() {
        return gateways;
    }

    @Override
    protected void doStop() throws Exception {
        if (gateways != null) {
            gateways.close();
            gateways = null;
        }
        if (callAudio != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(callAudio);
            callAudio = null;
        }
        health.unregister();
        if (agent != null) {
            agent.removeListener(listener);
        }
        super.doStop();
    }

    @ManagedAttribute(description = "The agent whose sessions this consumer receives")
    public String getAgentName() {
        return getEndpoint().getAgentName();
    }

    @Override
    public AgentView agentView() {
        return view;
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
        public boolean wants(String eventType) {
            return filter.accepts(eventType);
        }

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
