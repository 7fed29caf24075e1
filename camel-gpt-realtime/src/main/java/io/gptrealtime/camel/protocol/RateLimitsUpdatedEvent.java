package io.gptrealtime.camel.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * The current rate limits ({@code rate_limits.updated}), sent when a response starts.
 */
public final class RateLimitsUpdatedEvent extends ServerEvent {

    @JsonProperty("rate_limits")
    private List<RateLimit> rateLimits;

    public RateLimitsUpdatedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RATE_LIMITS_UPDATED;
    }

    public List<RateLimit> getRateLimits() {
        return rateLimits;
    }

    public RateLimitsUpdatedEvent setRateLimits(List<RateLimit> rateLimits) {
        this.rateLimits = rateLimits;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("rate_limits", rateLimits);
    }
}
