package io.gptrealtime.camel.health;

import java.io.IOException;
import java.util.Map;

import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeEndpoint;
import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.RealtimeSessionException;
import io.gptrealtime.camel.session.SessionState;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a gpt-realtime consumer or producer: UP while the agent has an open session or its last open attempt
 * succeeded recently; DOWN with the reason (unreachable, key rejected, configuration refused) when it failed. With no
 * recent attempt it probes the service with a short-lived session, at most once per {@link #OK_TTL_MILLIS} after a
 * success and {@link #FAILED_TTL_MILLIS} after a failure, so frequent readiness calls cost no sessions.
 */
public final class GptRealtimeHealthCheck extends AbstractHealthCheck {

    /** How long a successful open counts: readiness probes are frequent, sessions need not be. */
    static final long OK_TTL_MILLIS = 60_000;
    /** A failure is rechecked sooner, so readiness recovers soon after the key or network is fixed. */
    static final long FAILED_TTL_MILLIS = 10_000;

    private final GptRealtimeEndpoint endpoint;
    private final String routeId;
    private final Object probeLock = new Object();

    public GptRealtimeHealthCheck(String id, GptRealtimeEndpoint endpoint, String routeId) {
        super("camel", id);
        this.endpoint = endpoint;
        this.routeId = routeId;
    }

    @Override
    public boolean isLiveness() {
        // a service outage is no reason to restart this JVM
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("agent", endpoint.getAgentName());
        builder.detail("service.url", endpoint.getServiceUrl());
        builder.detail("model", endpoint.getConfiguration().getModel());
        if (routeId != null) {
            builder.detail("route.id", routeId);
        }
        GptRealtimeComponent component = endpoint.getComponent();
        RealtimeEngine engine = component.engineOrNull();
        ConnectivityTracker tracker = component.connectivityOrNull();
        if (engine == null || tracker == null) {
            builder.down().message("The gpt-realtime component is not started");
            return;
        }
        Agent agent = engine.agent(endpoint.getAgentName());
        int open = 0;
        for (RealtimeSession s : agent.sessions()) {
            if (s.state() == SessionState.OPEN) {
                open++;
            }
        }
        builder.detail("sessions.open", open);
        if (open > 0) {
            builder.up();
            return;
        }
        ConnectivityTracker.Outcome outcome = tracker.latest(endpoint.getAgentName());
        if (stale(outcome)) {
            synchronized (probeLock) {
                outcome = tracker.latest(endpoint.getAgentName());
                if (stale(outcome)) {
                    tracker.record(endpoint.getAgentName(),
                            ServiceProbe.probe(engine, endpoint.newSessionSettings()));
                    outcome = tracker.latest(endpoint.getAgentName());
                }
            }
        }
        builder.detail("checked.at", outcome.atMillis());
        if (outcome.ok()) {
            builder.up();
            return;
        }
        Throwable failure = outcome.failure();
        String code = failure instanceof RealtimeSessionException rse ? rse.getErrorCode() : null;
        if (code != null) {
            builder.detail("error.code", code);
        }
        String kind = kindOf(failure, code);
        builder.detail("failure", kind);
        builder.down().error(failure).message(switch (kind) {
            case "key_rejected" -> "The service rejected the API key: " + failure.getMessage();
            case "unreachable" -> "The service is unreachable: " + failure.getMessage();
            default -> "The service refused the session: " + failure.getMessage();
        });
    }

    private static boolean stale(ConnectivityTracker.Outcome o) {
        return o == null
               || System.currentTimeMillis() - o.atMillis() > (o.ok() ? OK_TTL_MILLIS : FAILED_TTL_MILLIS);
    }

    /** key_rejected, unreachable or refused. */
    static String kindOf(Throwable failure, String code) {
        if ("invalid_api_key".equals(code) || "permission_denied".equals(code)) {
            return "key_rejected";
        }
        if (code != null) {
            return "refused";
        }
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.net.ProtocolException) {
                // the service answered the handshake, with something other than 101
                return "refused";
            }
            if (t instanceof IOException) {
                return "unreachable";
            }
        }
        if (failure instanceof RealtimeSessionException
            && String.valueOf(failure.getMessage()).contains("did not open within")) {
            return "unreachable";
        }
        return "refused";
    }
}
