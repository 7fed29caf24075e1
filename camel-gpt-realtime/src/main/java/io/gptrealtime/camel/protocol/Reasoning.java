package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * Reasoning settings of reasoning-capable models ({@code gpt-realtime-2} and later), at session or response level.
 */
public final class Reasoning extends JsonExtensible {

    public static final String MINIMAL = "minimal";
    public static final String LOW = "low";
    public static final String MEDIUM = "medium";
    public static final String HIGH = "high";
    public static final String XHIGH = "xhigh";

    @JsonProperty("effort")
    private String effort;

    public Reasoning() {
    }

    /** Reasoning with the given effort. */
    public static Reasoning of(String effort) {
        return new Reasoning().setEffort(effort);
    }

    /** {@code minimal}, {@code low}, {@code medium}, {@code high} or {@code xhigh}. */
    public String getEffort() {
        return effort;
    }

    public Reasoning setEffort(String effort) {
        this.effort = effort;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("effort", effort);
    }
}
