package io.gptrealtime.camel;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

import io.gptrealtime.camel.consumer.IncomingCallMapper;
import io.gptrealtime.camel.openai.sip.CallDecision;
import io.gptrealtime.camel.openai.sip.IncomingCallRouter;
import io.gptrealtime.camel.openai.sip.OpenAiSipCalls;
import io.gptrealtime.camel.openai.sip.SidebandCall;
import io.gptrealtime.camel.openai.sip.WebhookConfiguration;
import io.gptrealtime.camel.openai.sip.WebhookLimits;
import io.gptrealtime.camel.openai.sip.WebhookServer;
import io.gptrealtime.camel.openai.webhook.IncomingCall;
import io.gptrealtime.camel.openai.webhook.StandardWebhookVerifier;
import io.gptrealtime.camel.telephony.CallInfo;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call router of OpenAI-native SIP calls: receives the project's realtime.call.incoming webhooks (verified, see
 * {@link IncomingCallRouter}), gives each call to the route as one exchange, and carries out the route's decision
 * (accept with the agent's configuration and attach the sideband session; reject; refer). A route that fails, leaves
 * a decision that makes no sense, or whose accept or refer OpenAI refuses, gets the call rejected with 500 and the
 * error reported to the exception handler, so no caller is left ringing.
 */
@ManagedResource(description = "Managed GptRealtimeWebhookConsumer")
public class GptRealtimeWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(GptRealtimeWebhookConsumer.class);
    /** What the caller hears when the route failed: 500 Server Internal Error. */
    static final int ROUTE_FAILED_STATUS = 500;

    private final OpenAiSipCalls calls;
    private ExecutorService callThreads;
    private IncomingCallRouter router;
    /** Started in doStart, closed in doStop; read by JMX and tests on any thread. */
    private volatile WebhookServer server;

    public GptRealtimeWebhookConsumer(GptRealtimeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.calls = endpoint.getOpenAiCalls();
    }

    @Override
    public GptRealtimeEndpoint getEndpoint() {
        return (GptRealtimeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        WebhookConfiguration c = getEndpoint().getWebhookConfiguration();
        String secret = c.resolveSecret();
        if (secret == null) {
            throw new IllegalArgumentException("The OpenAI webhook consumer of agent " + getEndpoint().getAgentName()
                                               + " needs the webhook's signing secret: set webhookSecret or "
                                               + WebhookConfiguration.SECRET_ENV);
        }
        if (c.getWebhookTolerance() < 1000) {
            throw new IllegalArgumentException("webhookTolerance must be at least 1000 ms, was "
                                               + c.getWebhookTolerance());
        }
        StandardWebhookVerifier verifier = new StandardWebhookVerifier(secret,
                Duration.ofMillis(c.getWebhookTolerance()), Clock.systemUTC(),
                StandardWebhookVerifier.DEFAULT_MAX_REMEMBERED_IDS);
        callThreads = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newThreadPool(this, "GptRealtimeWebhookCalls", c.getWebhookThreads(), c.getWebhookThreads());
        router = new IncomingCallRouter(verifier, c.getWebhookMaxPendingCalls(), callThreads, this::onCall);
        server = WebhookServer.start(c.getWebhookHost(), c.getWebhookPort(), c.getWebhookPath(), WebhookLimits.DEFAULT,
                router);
        LOG.info("Listening for OpenAI realtime.call.incoming webhooks of agent {} on http://{}:{}{}",
                getEndpoint().getAgentName(), c.getWebhookHost(), server.port(), c.getWebhookPath());
    }

    @Override
    protected void doStop() throws Exception {
        WebhookServer s = server;
        server = null;
        if (s != null) {
            s.close();
        }
        if (callThreads != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(callThreads, 5000);
            callThreads = null;
        }
        super.doStop();
    }

    /** The bound port of the webhook listener (useful with webhookPort=0), or -1 when stopped. */
    @ManagedAttribute(description = "The port of the webhook listener")
    public int getWebhookPort() {
        WebhookServer s = server;
        return s == null ? -1 : s.port();
    }

    @ManagedAttribute(description = "Incoming calls whose route or call control is running")
    public int getPendingCalls() {
        IncomingCallRouter r = router;
        return r == null ? 0 : r.pendingCalls();
    }

    /**
     * Runs on a webhook call thread: the route decides, then the decision is carried out over REST. Whatever fails
     * (the route, its headers, the accept or refer request), the call is rejected rather than left ringing, unless
     * the failed request was the reject itself.
     */
    private void onCall(IncomingCall call, String webhookId) {
        CallInfo info = SidebandCall.callInfo(call);
        Exchange exchange = createExchange(false);
        CallDecision decision = null;
        try {
            IncomingCallMapper.map(call, webhookId, exchange.getMessage());
            try {
                getProcessor().process(exchange);
                if (exchange.getException() == null) {
                    decision = CallDecision.of(exchange.getMessage());
                    calls.execute(decision, info);
                }
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                if (decision == null || decision.kind() != CallDecision.Kind.reject) {
                    rejectAfterFailure(call.callId());
                }
                getExceptionHandler().handleException("Routing OpenAI call " + call.callId() + " failed", exchange,
                        exchange.getException());
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private void rejectAfterFailure(String callId) {
        try {
            calls.reject(callId, ROUTE_FAILED_STATUS);
        } catch (RuntimeException e) {
            LOG.debug("Could not reject call {} after its route failed: {}", callId, e.getMessage());
        }
    }
}
