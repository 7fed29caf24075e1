package io.gptrealtime.camel.metrics;

/**
 * Where the component reports its measurements. Free of any metrics library, so the component runs without one;
 * {@link MetricsBinder} picks the Micrometer implementation only when Micrometer is on the classpath and a
 * MeterRegistry is bound in the Camel registry.
 */
public interface RealtimeMetrics {

    RealtimeMetrics NONE = (agent, model) -> SessionMeters.NONE;

    /** The meters of one session, tagged with its agent and model. Called once per session, when it is created. */
    SessionMeters forSession(String agent, String model);

    /** Releases what the implementation registered (gauges that would keep objects alive). */
    default void close() {
    }
}
