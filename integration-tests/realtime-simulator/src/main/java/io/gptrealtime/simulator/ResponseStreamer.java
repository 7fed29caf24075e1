package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Plays one response: {@code response.created}, {@code rate_limits.updated}, each output item through its
 * {@link OutputItemStream}, then {@code response.done} (completed, cancelled or failed, always last). Streaming runs
 * as a chain of event-loop tasks, one event group per task, never a blocking loop. Under {@link Pace#REALTIME} each
 * step is scheduled at its position on the media clock, so client events (a cancel, a barge-in) are read in between;
 * under {@link Pace#BURST} the next step is queued at once. While the client is backlogged the chain stops and
 * {@link #resume()} restarts it.
 * Owned by the session's event loop.
 */
final class ResponseStreamer {

    /** Lifecycle of the response. */
    enum Phase {
        NEW,
        STREAMING,
        DONE
    }

    private final ResponseHost host;
    private final ResponsePlan plan;
    private final UsageCalculator usageCalculator;
    private final List<OutputItemStream> streams = new ArrayList<>();
    /** Owner: Event loop of the session. */
    private Phase phase = Phase.NEW;
    /** Owner: Event loop of the session. */
    private int current;
    /** Owner: Event loop of the session. */
    private long mediaStartNanos;
    /** Owner: Event loop of the session. */
    private boolean paused;
    /** Owner: Event loop of the session. */
    private boolean stepScheduled;
    /** Owner: Event loop of the session. */
    private String finalStatus;
    /** Owner: Event loop of the session. */
    private Usage usage;

    ResponseStreamer(ResponseHost host, ResponsePlan plan, UsageCalculator usageCalculator) {
        this.host = host;
        this.plan = plan;
        this.usageCalculator = usageCalculator;
        double base = 0;
        int index = 0;
        for (ReplyItem replyItem : plan.reply.items()) {
            OutputItemStream stream;
            if (replyItem instanceof ReplyItem.FunctionCall) {
                stream = new FunctionCallStream(host, plan, index, base, (ReplyItem.FunctionCall) replyItem);
            } else if (replyItem instanceof ReplyItem.McpApprovalRequest) {
                stream = new McpApprovalRequestStream(host, plan, index, base,
                        (ReplyItem.McpApprovalRequest) replyItem);
            } else if (replyItem instanceof ReplyItem.McpCall) {
                stream = new McpCallStream(host, plan, index, base, (ReplyItem.McpCall) replyItem);
            } else if (plan.audioOutput) {
                stream = new AudioMessageStream(host, plan, index, base, (ReplyItem.Message) replyItem);
            } else {
                stream = new TextMessageStream(host, plan, index, base, ((ReplyItem.Message) replyItem).text());
            }
            streams.add(stream);
            base += stream.mediaMs();
            index++;
        }
    }

    String id() {
        return plan.responseId;
    }

    boolean inConversation() {
        return plan.inConversation;
    }

    Phase phase() {
        return phase;
    }

    /** "completed", "cancelled" or "failed" once done, else null. */
    String finalStatus() {
        return finalStatus;
    }

    /** Total tokens reported in response.done (0 before it), for the rate-limit bookkeeping. */
    int usedTokens() {
        return usage == null ? 0 : usage.totalTokens();
    }

    /** Audio produced by this response (ms), for the idle-timeout playback estimate. */
    double producedAudioMs() {
        double ms = 0;
        for (OutputItemStream s : streams) {
            ms += s.producedAudioMs();
        }
        return ms;
    }

    void start() {
        host.send(host.events().responseCreated(responseJson("in_progress", null, Json.array(), null)));
        host.sendRateLimits(reservedTokens());
        if (plan.reply.kind() == Reply.Kind.FAILED) {
            ObjectNode details = Json.object();
            details.put("type", "failed");
            ObjectNode error = details.putObject("error");
            error.put("type", plan.reply.errorType());
            if (plan.reply.errorCode() != null) {
                error.put("code", plan.reply.errorCode());
            }
            error.put("message", plan.reply.errorMessage());
            finish("failed", details);
            return;
        }
        phase = Phase.STREAMING;
        long latencyNanos = host.config().responseLatency().toNanos();
        mediaStartNanos = System.nanoTime() + latencyNanos;
        stepScheduled = true;
        if (latencyNanos > 0) {
            host.executor().schedule(this::step, latencyNanos, TimeUnit.NANOSECONDS);
        } else {
            host.executor().execute(this::step);
        }
    }

    /** Restarts streaming after the client caught up. */
    void resume() {
        if (phase == Phase.STREAMING && paused && !stepScheduled) {
            paused = false;
            stepScheduled = true;
            host.executor().execute(this::step);
        }
    }

    /**
     * Stops the response: the open item gets its done events (status incomplete), then {@code response.done} with
     * status cancelled and {@code status_details.reason} ({@code turn_detected} or {@code client_cancelled}).
     */
    void cancel(String reason) {
        if (phase == Phase.DONE) {
            return;
        }
        if (current < streams.size()) {
            streams.get(current).abort();
        }
        ObjectNode details = Json.object();
        details.put("type", "cancelled");
        details.put("reason", reason);
        finish("cancelled", details);
    }

    private void step() {
        stepScheduled = false;
        if (phase != Phase.STREAMING) {
            return;
        }
        if (host.backlogged()) {
            paused = true; // resume() restarts us when the channel drains
            return;
        }
        if (current >= streams.size()) {
            finish("completed", null);
            return;
        }
        OutputItemStream stream = streams.get(current);
        if (host.config().pace() == Pace.REALTIME) {
            long due = mediaStartNanos + (long) (stream.nextDueMs() / host.config().paceFactor() * 1_000_000L);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                stepScheduled = true;
                host.executor().schedule(this::step, wait, TimeUnit.NANOSECONDS);
                return;
            }
        }
        stream.step();
        if (stream.state() == OutputItemStream.State.CLOSED) {
            current++;
        }
        if (phase == Phase.STREAMING) {
            stepScheduled = true;
            host.executor().execute(this::step);
        }
    }

    private void finish(String status, ObjectNode details) {
        phase = Phase.DONE;
        finalStatus = status;
        ArrayNode output = Json.array();
        long chars = 0;
        double audioMs = 0;
        for (OutputItemStream s : streams) {
            if (s.state() != OutputItemStream.State.PENDING) {
                output.add(s.finalItem());
                chars += s.producedChars();
                audioMs += s.producedAudioMs();
            }
        }
        usage = plan.reply.usage() != null ? plan.reply.usage()
                : usageCalculator.compute(plan.input, chars, audioMs);
        host.send(host.events().responseDone(responseJson(status, details, output, usage.toJson())));
        host.responseFinished(this);
    }

    private int reservedTokens() {
        if (plan.maxOutputTokens != null && plan.maxOutputTokens.isIntegralNumber()) {
            return plan.maxOutputTokens.asInt();
        }
        return 4096;
    }

    private ObjectNode responseJson(String status, ObjectNode details, ArrayNode output, ObjectNode usage) {
        ServerEvents events = host.events();
        ObjectNode r = Json.object();
        r.put("object", "realtime.response");
        r.put("id", plan.responseId);
        r.put("status", status);
        events.putNonSchemaNullable(r, "status_details", details);
        r.set("output", output);
        if (plan.inConversation) {
            r.put("conversation_id", plan.conversationId);
        } else {
            events.putNonSchemaNullable(r, "conversation_id", null);
        }
        r.putArray("output_modalities").add(plan.audioOutput ? "audio" : "text");
        r.set("max_output_tokens", plan.maxOutputTokens.deepCopy());
        ObjectNode audioOut = r.putObject("audio").putObject("output");
        audioOut.set("format", plan.outputFormat.toJson());
        audioOut.put("voice", plan.voice);
        events.putNonSchemaNullable(r, "usage", usage);
        if (plan.metadata == null || plan.metadata.isNull()) {
            r.putNull("metadata");
        } else {
            r.set("metadata", plan.metadata.deepCopy());
        }
        return r;
    }
}
