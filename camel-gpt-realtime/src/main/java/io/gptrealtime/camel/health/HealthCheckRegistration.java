package io.gptrealtime.camel.health;

import io.gptrealtime.camel.GptRealtimeEndpoint;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * Hooks a consumer's or producer's readiness check into camel-health, by Camel's conventions: a consumer hands its
 * check to the "consumers" repository through {@link DefaultConsumer#setHealthCheck}; a producer adds its check to
 * the writable "producers" repository and removes it on stop. Owned by one consumer or producer; not thread-safe.
 */
public final class HealthCheckRegistration {

    private WritableHealthCheckRepository producers;
    private GptRealtimeHealthCheck check;

    /** In the consumer's doStart. */
    public void registerConsumer(DefaultConsumer consumer, GptRealtimeEndpoint endpoint, boolean enabled) {
        // health checks are optional: discover the repository, do nothing without one
        HealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(),
                "consumers", HealthCheckRepository.class);
        if (repository != null) {
            check = new GptRealtimeHealthCheck("consumer:gpt-realtime-" + consumer.getRouteId(), endpoint,
                    consumer.getRouteId());
            check.setEnabled(enabled);
            consumer.setHealthCheck(check);
        }
    }

    /** In the producer's doStart. */
    public void registerProducer(GptRealtimeEndpoint endpoint, boolean enabled) {
        producers = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (producers != null) {
            check = new GptRealtimeHealthCheck("producer:gpt-realtime-" + endpoint.getAgentName(), endpoint, null);
            check.setEnabled(enabled);
            producers.addHealthCheck(check);
        }
    }

    /** In doStop. */
    public void unregister() {
        if (producers != null && check != null) {
            producers.removeHealthCheck(check);
        }
        producers = null;
        check = null;
    }

    /** The check while registered, else null. */
    public GptRealtimeHealthCheck check() {
        return check;
    }
}
