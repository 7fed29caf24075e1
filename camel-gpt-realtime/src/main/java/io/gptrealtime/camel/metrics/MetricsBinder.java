package io.gptrealtime.camel.metrics;

import java.util.Set;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the metrics implementation. Micrometer is an optional dependency: its binding is loaded by name, and only
 * when the MeterRegistry class resolves and a registry is bound in the Camel registry, so nothing here links against
 * Micrometer unless it is there.
 */
public final class MetricsBinder {

    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    private static final String BINDING = "io.gptrealtime.camel.metrics.MicrometerRealtimeMetrics";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsBinder.class);

    private MetricsBinder() {
    }

    /**
     * The Micrometer binding over the MeterRegistry of the Camel registry (with several, the first found; bind a
     * CompositeMeterRegistry to publish to more than one), or {@link RealtimeMetrics#NONE}.
     */
    public static RealtimeMetrics bind(CamelContext context, boolean enabled) {
        if (!enabled) {
            return RealtimeMetrics.NONE;
        }
        Class<?> type = context.getClassResolver().resolveClass(METER_REGISTRY);
        if (type == null) {
            LOG.debug("Micrometer is not on the classpath: gpt-realtime metrics are off");
            return RealtimeMetrics.NONE;
        }
        Set<?> found = context.getRegistry().findByType(type);
        if (found.size() > 1) {
            LOG.info("{} MeterRegistry beans found; gpt-realtime uses one of them", found.size());
        }
        Object registry = found.isEmpty() ? null : found.iterator().next();
        if (registry == null) {
            LOG.debug("No MeterRegistry in the Camel registry: gpt-realtime metrics are off");
            return RealtimeMetrics.NONE;
        }
        try {
            return (RealtimeMetrics) context.getClassResolver().resolveMandatoryClass(BINDING)
                    .getConstructor(Object.class).newInstance(registry);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.warn("Cannot bind gpt-realtime metrics to Micrometer ({}): metrics are off", e.toString());
            return RealtimeMetrics.NONE;
        }
    }
}
