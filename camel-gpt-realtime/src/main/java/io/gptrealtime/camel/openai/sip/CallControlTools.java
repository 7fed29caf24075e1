package io.gptrealtime.camel.openai.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.FunctionTool;
import io.gptrealtime.camel.protocol.RealtimeJson;
import io.gptrealtime.camel.protocol.ResponseDoneEvent;
import io.gptrealtime.camel.protocol.ResponseFunctionCallArgumentsDoneEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.Tool;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionObserver;
import io.gptrealtime.camel.telephony.CallControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hang-up and transfer as tools the model can call on an OpenAI SIP call ({@code end_call}, and
 * {@code transfer_call} when transfer targets are configured).
 * <p>
 * The model usually says goodbye (or "I'll put you through") in the same response as the call, so the action waits
 * until that response is done and the service has stopped playing its audio ({@code output_audio_buffer.stopped},
 * at most {@link #MAX_PLAYOUT_WAIT_MS}); then it runs once, off the socket reader, on the given executor (it is a
 * blocking REST request). The function call is answered at once and no follow-up response is requested: the call is
 * ending. A transfer to an unknown name is answered with an error and a response, so the model can tell the caller.
 * <p>
 * Threading: events arrive on the reader thread; the pending action is an atomic reference (the first action wins)
 * and runs exactly once ({@code ran}).
 */
public final class CallControlTools implements SessionObserver {

    private static final Logger LOG = LoggerFactory.getLogger(CallControlTools.class);
    public static final String END_CALL = "end_call";
    public static final String TRANSFER_CALL = "transfer_call";
    /** The service plays the goodbye itself; if it never reports the end of playout, act after this long. */
    static final long MAX_PLAYOUT_WAIT_MS = 10_000;

    private final CallControl call;
    private final TransferTargets targets;
    private final Executor executor;
    private final ScheduledExecutorService scheduler;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final AtomicBoolean ran = new AtomicBoolean();
    /** Between output_audio_buffer.started and .stopped/.cleared. Written by the reader thread. */
    private volatile boolean playing;

    /** What the model asked for, waiting for its response to end. */
    private static final class Pending {
        final String responseId;
        /** Null for a hang-up. */
        final String transferUri;
        volatile boolean responseDone;

        Pending(String responseId, String transferUri) {
            this.responseId = responseId;
            this.transferUri = transferUri;
        }
    }

    public CallControlTools(CallControl call, TransferTargets targets, Executor executor,
                            ScheduledExecutorService scheduler) {
        this.call = call;
        this.targets = targets;
        this.executor = executor;
        this.scheduler = scheduler;
    }

    /** The tool definitions to put into the session configuration. */
    public static List<Tool> definitions(TransferTargets targets) {
        List<Tool> tools = new ArrayList<>();
        ObjectNode endParams = RealtimeJson.mapper().createObjectNode().put("type", "object");
        endParams.putObject("properties").putObject("reason").put("type", "string")
                .put("description", "Why the call ends, in a few words.");
        tools.add(new FunctionTool(END_CALL, "Hang up the phone call. Say goodbye first: the call ends when your"
                                             + " current response has been played.", endParams));
        if (!targets.isEmpty()) {
            ObjectNode params = RealtimeJson.mapper().createObjectNode().put("type", "object");
            ObjectNode target = params.putObject("properties").putObject("target").put("type", "string")
                    .put("description", "Where to transfer the caller.");
            ArrayNode names = target.putArray("enum");
            targets.asMap().keySet().forEach(names::add);
            params.putArray("required").add("target");
            tools.add(new FunctionTool(TRANSFER_CALL, "Transfer the caller to a person or department. Tell the caller"
                                                      + " first: the transfer happens when your current response has"
                                                      + " been played.", params));
        }
        return tools;
    }

    @Override
    public void onServerEvent(RealtimeSession session, ServerEvent event) {
        switch (event.getType()) {
            case EventTypes.RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE ->
                onCall(session, (ResponseFunctionCallArgumentsDoneEvent) event);
            case EventTypes.RESPONSE_DONE -> {
                Pending p = pending.get();
                ResponseDoneEvent done = (ResponseDoneEvent) event;
                String id = done.getResponse() == null ? null : done.getResponse().getId();
                if (p != null && (p.responseId == null || p.responseId.equals(id))) {
                    p.responseDone = true;
                    scheduler.schedule(() -> run(p), MAX_PLAYOUT_WAIT_MS, TimeUnit.MILLISECONDS);
                    runWhenQuiet(p);
                }
            }
            case EventTypes.OUTPUT_AUDIO_BUFFER_STARTED -> playing = true;
            case EventTypes.OUTPUT_AUDIO_BUFFER_STOPPED, EventTypes.OUTPUT_AUDIO_BUFFER_CLEARED -> {
                playing = false;
                Pending p = pending.get();
                if (p != null) {
                    runWhenQuiet(p);
                }
            }
            default -> {
                // not about call control
            }
        }
    }

    private void onCall(RealtimeSession session, ResponseFunctionCallArgumentsDoneEvent e) {
        String name = e.getName();
        if (!END_CALL.equals(name) && !TRANSFER_CALL.equals(name) || e.getCallId() == null) {
            return;
        }
        String uri = null;
        if (TRANSFER_CALL.equals(name)) {
            String target = argument(e.getArguments(), "target");
            uri = target == null ? null : targets.uri(target);
            if (uri == null) {
                answer(session, e.getCallId(), "{\"error\":\"unknown transfer target '" + (target == null ? "" : target)
                                               + "'; use one of " + targets.asMap().keySet() + "\"}", true);
                return;
            }
        }
        if (!pending.compareAndSet(null, new Pending(e.getResponseId(), uri))) {
            answer(session, e.getCallId(), "{\"error\":\"the call is already ending\"}", false);
            return;
        }
        answer(session, e.getCallId(), uri == null ? "{\"status\":\"the call ends after this response\"}"
                : "{\"status\":\"the caller is transferred after this response\"}", false);
    }

    private void answer(RealtimeSession session, String callId, String output, boolean respond) {
        execute(() -> {
            try {
                session.send(new ConversationItemCreateEvent(ConversationItem.functionCallOutput(callId, output)));
                if (respond) {
                    session.requestResponse(null);
                }
            } catch (RuntimeException ex) {
                LOG.debug("{}: could not answer {}: {}", call, callId, ex.getMessage());
            }
        });
    }

    private void runWhenQuiet(Pending p) {
        if (p.responseDone && !playing) {
            run(p);
        }
    }

    private void run(Pending p) {
        if (!ran.compareAndSet(false, true)) {
            return;
        }
        execute(() -> {
            try {
                if (p.transferUri == null) {
                    call.hangUp();
                } else {
                    call.transfer(p.transferUri);
                }
            } catch (RuntimeException ex) {
                LOG.warn("{}: the model's {} failed: {}", call, p.transferUri == null ? "hang-up" : "transfer",
                        ex.getMessage());
            }
        });
    }

    private void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException ex) {
            LOG.warn("{}: call control rejected (shutting down?): {}", call, ex.toString());
        }
    }

    private static String argument(String json, String field) {
        try {
            JsonNode node = RealtimeJson.mapper().readTree(json == null ? "{}" : json);
            JsonNode v = node.path(field);
            return v.isTextual() ? v.asText() : null;
        } catch (Exception ex) {
            return null;
        }
    }
}
