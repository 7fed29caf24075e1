package io.gptrealtime.camel;

import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.producer.Operations;
import io.gptrealtime.camel.session.RealtimeSession;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends to a session of the agent: audio, text, images, control events, or a whole request-reply turn. The session of
 * the message's key is opened on first use. Operations that wait for the service (close, createResponse, turn)
 * complete asynchronously; the others complete on the caller's thread once the event is queued.
 */
public class GptRealtimeProducer extends DefaultAsyncProducer {

    private final Operations operations;

    public GptRealtimeProducer(GptRealtimeEndpoint endpoint) {
        super(endpoint);
        this.operations = new Operations(endpoint);
    }

    @Override
    public GptRealtimeEndpoint getEndpoint() {
        return (GptRealtimeEndpoint) super.getEndpoint();
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
            String key = operations.sessionKeyOf(exchange);
            exchange.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY, key);
            if (op == GptRealtimeOperation.close) {
                return operations.close(exchange, key, callback);
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
