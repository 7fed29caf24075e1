package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turn detection as the simulator applies it. Semantic VAD is approximated by server VAD with a fixed silence per
 * eagerness — low 1000 ms, medium/auto 600 ms, high 300 ms — threshold 0.5 and 300 ms prefix padding.
 */
final class VadSettings {

    final boolean semantic;
    final double threshold;
    final int prefixPaddingMs;
    final int silenceDurationMs;
    final boolean createResponse;
    final boolean interruptResponse;
    /** Null when there is no idle timeout. */
    final Integer idleTimeoutMs;

    private VadSettings(boolean semantic, double threshold, int prefixPaddingMs, int silenceDurationMs,
                        boolean createResponse, boolean interruptResponse, Integer idleTimeoutMs) {
        this.semantic = semantic;
        this.threshold = threshold;
        this.prefixPaddingMs = prefixPaddingMs;
        this.silenceDurationMs = silenceDurationMs;
        this.createResponse = createResponse;
        this.interruptResponse = interruptResponse;
        this.idleTimeoutMs = idleTimeoutMs;
    }

    /** Reads an effective (already validated and defaulted) turn_detection object; null → no VAD. */
    static VadSettings from(JsonNode td) {
        if (td == null || td.isNull() || td.isMissingNode()) {
            return null;
        }
        boolean create = td.path("create_response").asBoolean(true);
        boolean interrupt = td.path("interrupt_response").asBoolean(true);
        if ("semantic_vad".equals(td.path("type").asText())) {
            int silence;
            switch (td.path("eagerness").asText("auto")) {
                case "low":
                    silence = 1000;
                    break;
                case "high":
                    silence = 300;
                    break;
                default:
                    silence = 600;
            }
            return new VadSettings(true, 0.5, 300, silence, create, interrupt, null);
        }
        JsonNode idle = td.path("idle_timeout_ms");
        return new VadSettings(false, td.path("threshold").asDouble(0.5), td.path("prefix_padding_ms").asInt(300),
                td.path("silence_duration_ms").asInt(500), create, interrupt,
                idle.isIntegralNumber() ? idle.asInt() : null);
    }

    /**
     * The RMS level (fraction of full scale) a 10 ms frame must reach to count as speech: {@code threshold} t maps
     * linearly onto −60 dBFS (t = 0, very sensitive) … −10 dBFS (t = 1, only very loud audio);
     * 0.5 → −35 dBFS.
     */
    double rmsThreshold() {
        double dbfs = -60.0 + 50.0 * threshold;
        return Math.pow(10.0, dbfs / 20.0);
    }
}
