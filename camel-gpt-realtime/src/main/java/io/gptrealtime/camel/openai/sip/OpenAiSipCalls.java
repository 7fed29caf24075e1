package io.gptrealtime.camel.openai.sip;

import java.util.List;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.GptRealtimeConfiguration;
import io.gptrealtime.camel.GptRealtimeEndpoint;
import io.gptrealtime.camel.openai.rest.RealtimeCallsClient;
import io.gptrealtime.camel.protocol.Tool;
import io.gptrealtime.camel.support.OpenAiSessions;
import io.gptrealtime.camel.telephony.CallInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenAI-native SIP calls of one endpoint: carries out a call route's {@link CallDecision} and the call-control
 * operations. Accepting a call sends the agent's session configuration (its options, its tool routes, the call
 * control tools when enabled, the route's override), then opens the sideband session of the call as a session of
 * the agent, keyed {@code openai:<call id>}, so tool routes, event consumers and usage see it like any other.
 * Thread-safe; every method blocks on REST.
 */
public final class OpenAiSipCalls {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiSipCalls.class);

    private final GptRealtimeEndpoint endpoint;
    /** Built on first use (the API key may come from the environment), then shared. */
    private volatile RealtimeCallsClient rest;

    public OpenAiSipCalls(GptRealtimeEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Carries out a route's decision; returns the call when it was accepted, else null. */
    public SidebandCall execute(CallDecision decision, CallInfo call) {
        switch (decision.kind()) {
            case accept -> {
                return accept(call, decision.sessionOverride());
            }
            case reject -> reject(call.callId(), decision.sipStatus());
            case refer -> rest().refer(call.callId(), decision.target());
            case none -> LOG.debug("The route leaves call {} to itself", call.callId());
            default -> throw new IllegalStateException(decision.kind().name());
        }
        return null;
    }

    /** Accepts a ringing call and attaches its sideband session. */
    public SidebandCall accept(CallInfo call, ObjectNode override) {
        GptRealtimeConfiguration config = endpoint.getConfiguration();
        TransferTargets targets = TransferTargets.parse(config.getTransferTargets());
        List<Tool> callTools = config.isCallControlTools() ? CallControlTools.definitions(targets) : List.of();
        List<Tool> routeTools = endpoint.getComponent().getToolRuntime().registry(endpoint.getAgentName()).snapshot()
                .merge(List.of());
        String body = OpenAiSessions.acceptBody(config, endpoint.getCamelContext(), routeTools, callTools, override);
        rest().accept(call.callId(), body);
        Executor executor = endpoint.getComponent().getCallControlExecutor();
        SidebandCall sideband = new SidebandCall(call, rest(), executor);
        try {
            endpoint.getAgent().openSession(SidebandCall.sessionKey(call.callId()), config.getMaxSessions(),
                    () -> OpenAiSessions.sideband(config, endpoint.getCamelContext(), call.callId(), callTools),
                    s -> {
                        sideband.attachTo(s);
                        if (config.isCallControlTools()) {
                            s.addObserver(new CallControlTools(sideband, targets, executor,
                                    endpoint.getComponent().getEngine().scheduler()));
                        }
                    });
        } catch (RuntimeException e) {
            // accepted but unattended: a call the agent cannot serve is better ended than left to the model alone
            hangUpQuietly(call.callId());
            throw e;
        }
        return sideband;
    }

    public void reject(String callId, Integer sipStatus) {
        if (sipStatus == null) {
            rest().reject(callId);
        } else {
            rest().reject(callId, sipStatus);
        }
    }

    public void refer(String callId, String target) {
        rest().refer(callId, TransferTargets.requireUri(target));
    }

    /** Hangs up by id; a call attached here also ends its session. */
    public void hangUp(String callId) {
        var session = endpoint.getAgent().session(SidebandCall.sessionKey(callId));
        Object control = session == null ? null : session.attributes().get(SidebandCall.SESSION_ATTRIBUTE);
        if (control instanceof SidebandCall attached && attached.isActive()) {
            attached.hangUp();
        } else {
            rest().hangup(callId);
        }
    }

    public RealtimeCallsClient rest() {
        RealtimeCallsClient r = rest;
        if (r == null) {
            synchronized (this) {
                r = rest;
                if (r == null) {
                    r = OpenAiSessions.restClient(endpoint.getConfiguration(),
                            endpoint.getComponent().getEngine().http());
                    rest = r;
                }
            }
        }
        return r;
    }

    private void hangUpQuietly(String callId) {
        try {
            rest().hangup(callId);
        } catch (RuntimeException e) {
            LOG.debug("Hanging up call {}: {}", callId, e.getMessage());
        }
    }
}
