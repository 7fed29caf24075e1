package io.gptrealtime.camel;

import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.health.HealthCheckRegistration;
import io.gptrealtime.camel.producer.CallOperations;
import io.gptrealtime.camel.producer.OpenAiCallOperations;
import io.gptrealtime.camel.producer.Operations;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.usage.AgentView;
import io.gptrealtime.camel.usage.ManagedAgentStatistics;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends to a session of the agent: audio, text, images, control events, or a whole request-reply turn. The session of
 * the message's key is opened on first use. Operations that wait for the service (close, createResponse, turn)
 * complete asynchronously; the others complete on the caller's thread once the event is queued.
 */
@ManagedResource(description = "Managed GptRealtimeProducer")
public class GptRealtimeProducer extends DefaultAsyncProducer implements ManagedAgentStatistics {

    private final Operations operations;
    private final HealthCheckRegistration health = new HealthCheckRegistration();
    /** Set in doStart; read by JMX on any thread. */
    private volatile AgentView view;

    public GptRealtimeProducer(GptRealtimeEndpoint endpoint) {
        super(endpoint);
        this.operations = new Operations(endpoint);
    }

    @Override
    public GptRealtimeEndpoint getEndpoint() {
        return (GptRealtimeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        GptRealtimeComponent component = getEndpoint().getComponent();
        view = new AgentView(getEndpoint().getAgent(),
                component.getUsageTracker().agentUsage(getEndpoint().getAgentName()));
        health.registerProducer(getEndpoint(), component.isHealthCheckProducerEnabled());
    }

    @Override
    protected void doStop() throws Exception {
        health.unregister();
        super.doStop();
    }

    @ManagedAttribute(description = "The agent whose sessions this producer opens")
    public String getAgentName() {
        return getEndpoint().getAgentName();
    }

    @Override
    public AgentView agentView() {
        return view;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (!isRunAllowed()) {
            exchange.setException(new java.util.concurrent.RejectedExecutionException("The producer is not started"));
            callback.done(true);
            return true;
        }
        try {
            GptRealtimeOperation op = operations.operationOf(exchange);
            String key = operations.sessionKeyOf(exchange, op);
            exchange.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY, key);
            if (op == GptRealtimeOperation.close) {
                return operations.close(exchange, key, callback);
            }
            if (op.isOpenAiRest()) {
                OpenAiCallOperations.run(op, getEndpoint(), exchange);
                callback.done(true);
                return true;
            }
            if (op.isCallControl()) {
                CallOperations.run(op, getEndpoint().getAgent().session(key), exchange);
                callback.done(true);
                return true;
            }
            RealtimeSession session = getEndpoint().openSession(key);
            session.whenOpen().get(getEndpoint().getConfiguration().getConnectTimeout(), TimeUnit.MILLISECONDS);
            exchange.getMessage().setHeader(GptRealtimeConstants.SESSION_ID, session.sessionId());
            return operations.run(op, session, exchange, callback);
        } catch (java.util.concurrent.ExecutionException e) {
            exchange.setException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }
}
