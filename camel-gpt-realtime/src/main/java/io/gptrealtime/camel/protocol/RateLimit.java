package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * One rate limit in {@code rate_limits.updated}, which the service sends when a response starts, with the output tokens
 * of that response already reserved.
 */
public final class RateLimit extends JsonExtensible {

    @JsonProperty("name")
    private String name;

    @JsonProperty("limit")
    private Integer limit;

    @JsonProperty("remaining")
    private Integer remaining;

    @JsonProperty("reset_seconds")
    private Double resetSeconds;

    public RateLimit() {
    }

    /** {@code requests} or {@code tokens}. */
    public String getName() {
        return name;
    }

    public RateLimit setName(String name) {
        this.name = name;
        return this;
    }

    public Integer getLimit() {
        return limit;
    }

    public RateLimit setLimit(Integer limit) {
        this.limit = limit;
        return this;
    }

    public Integer getRemaining() {
        return remaining;
    }

    public RateLimit setRemaining(Integer remaining) {
        this.remaining = remaining;
        return this;
    }

    /** Seconds until the limit resets. */
    public Double getResetSeconds() {
        return resetSeconds;
    }

    public RateLimit setResetSeconds(Double resetSeconds) {
        this.resetSeconds = resetSeconds;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("name", name);
        d.add("limit", limit);
        d.add("remaining", remaining);
        d.add("reset_seconds", resetSeconds);
    }
}
