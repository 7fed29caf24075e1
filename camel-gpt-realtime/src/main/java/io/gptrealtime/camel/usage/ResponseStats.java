package io.gptrealtime.camel.usage;

import java.math.BigDecimal;

/**
 * What one finished response cost and how long it took. Latencies are in nanoseconds, -1 when not measured (a text
 * response has no first audio; a response that was not interrupted has no barge-in).
 *
 * @param responseId         resp_...
 * @param status             completed, cancelled, failed or incomplete
 * @param tokens             the response's usage
 * @param cost               USD, exact; null when the model has no price
 * @param sessionCost        the session's cost including this response; null when unpriced
 * @param durationNanos      response.created to response.done
 * @param firstAudioNanos    speech_stopped to the response's first audio delta (time to first audio)
 * @param bargeInNanos       speech_started to the playout cleared, when the user interrupted this response
 */
public record ResponseStats(String responseId, String status, TokenUsage tokens, BigDecimal cost,
                            BigDecimal sessionCost, long durationNanos, long firstAudioNanos, long bargeInNanos) {

    ResponseStats withBargeIn(long nanos) {
        return new ResponseStats(responseId, status, tokens, cost, sessionCost, durationNanos, firstAudioNanos,
                nanos);
    }

    public static Long millis(long nanos) {
        return nanos < 0 ? null : nanos / 1_000_000;
    }
}
