package io.gptrealtime.camel.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.protocol.ConversationItemEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.RealtimeResponse;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.ResponseCreateParams;
import io.gptrealtime.camel.protocol.ResponseDoneEvent;
import io.gptrealtime.camel.protocol.ResponseFunctionCallArgumentsDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputItemEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.SessionUpdateEvent;
import io.gptrealtime.camel.protocol.Tool;
import io.gptrealtime.camel.protocol.ToolChoice;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionObserver;
import io.gptrealtime.camel.session.SessionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the function calls and MCP approval requests of one session.
 * <ul>
 * <li><b>Dispatch.</b> On response.function_call_arguments.done of a registered tool the call goes to the tool pool;
 * calls of one response run concurrently. Nothing here blocks the socket reader it is called on.</li>
 * <li><b>Exactly once.</b> Each call (and approval request) has one atomic answered flag; the route's result, the
 * timeout, an interruption and the session's end race for it and only the winner sends an answer. Late results are
 * dropped.</li>
 * <li><b>One follow-up.</b> Per response, a follow-up response.create is requested through the session's sequencer
 * (so never while a response is active) exactly once: when every call of the response is answered and response.done
 * was seen. The answers are on the wire before it, because a call counts as answered only after its output was
 * queued.</li>
 * <li><b>Interruption</b> (input_audio_buffer.speech_started, or the response cancelled): calls whose tool says
 * {@link ToolDefinition.Interruption#CANCEL cancel} are answered "cancelled" at once; if no call that delivers
 * remains, the response gets no follow-up, because the caller's new turn gets its own response and sees every output
 * already given. A delivering call still running keeps the follow-up, which then carries its result.</li>
 * <li><b>Filler.</b> When a call runs past its tool's filler threshold, once per response and only after that
 * response is done, an in-conversation response.create with the filler instructions and tool_choice none goes
 * through the sequencer. It is a separate request (it has parameters, so the sequencer never merges it with the
 * plain follow-up), ahead of the follow-up, which therefore still goes out exactly once, after it.</li>
 * <li><b>Tool list.</b> Keeps the session's tools equal to its own fixed tools plus the agent's registered ones.</li>
 * </ul>
 */
public final class ToolCallOrchestrator implements SessionObserver {

    private static final Logger LOG = LoggerFactory.getLogger(ToolCallOrchestrator.class);
    /** Response metadata key marking a filler response with the call that caused it. */
    public static final String FILLER_TAG = "cgr_filler";

    private final RealtimeSession session;
    private final ToolRegistry registry;
    private final ToolRuntime runtime;
    /** The session's own tools (the tools option, MCP servers), kept in front of the registered ones. */
    private final List<Tool> fixedTools;
    /** Open responses with calls, by response id; removed once their follow-up is decided. */
    private final ConcurrentMap<String, ResponseCalls> responses = new ConcurrentHashMap<>();
    /** Call ids and approval request ids taken on, so a repeated event never starts a second call. */
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /** Tool names this session was given; a call of one no longer registered is answered "unavailable". */
    private final Set<String> advertised = ConcurrentHashMap.newKeySet();
    /** The registry version the session's tool list reflects. Guarded by {@code this}. */
    private long syncedVersion;
    private volatile boolean closed;

    /**
     * Created before the session connects: puts the registered tools into its initial configuration, so the first
     * session.update already carries them.
     */
    ToolCallOrchestrator(RealtimeSession session, ToolRegistry registry, ToolRuntime runtime) {
        this.session = session;
        this.registry = registry;
        this.runtime = runtime;
        RealtimeSessionConfig initial = session.settings().initialConfig();
        this.fixedTools = initial == null || initial.getTools() == null ? List.of() : List.copyOf(initial.getTools());
        ToolRegistry.Snapshot s = registry.snapshot();
        if (initial != null) {
            if (!s.tools().isEmpty()) {
                initial.setTools(s.merge(fixedTools));
            }
            synchronized (this) {
                syncedVersion = s.version();
            }
        }
        advertised.addAll(s.tools().keySet());
    }

    // ------------------------------------------------------------------------------------------- events (reader)

    @Override
    public void onServerEvent(RealtimeSession s, ServerEvent event) {
        if (closed) {
            return;
        }
        switch (event.getType()) {
            case EventTypes.RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE ->
                onArguments((ResponseFunctionCallArgumentsDoneEvent) event);
            case EventTypes.RESPONSE_OUTPUT_ITEM_ADDED, EventTypes.RESPONSE_OUTPUT_ITEM_DONE -> {
                ResponseOutputItemEvent e = (ResponseOutputItemEvent) event;
                onApprovalRequest(e.getItem(), e.getResponseId());
            }
            case EventTypes.CONVERSATION_ITEM_ADDED, EventTypes.CONVERSATION_ITEM_DONE ->
                onApprovalRequest(((ConversationItemEvent) event).getItem(), null);
            case EventTypes.RESPONSE_DONE -> onResponseDone(((ResponseDoneEvent) event).getResponse());
            case EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STARTED -> interruptAll();
            case EventTypes.SESSION_CREATED, EventTypes.SESSION_UPDATED -> syncTools();
            default -> {
                // not about tools
            }
        }
    }

    @Override
    public void onSessionClosed(RealtimeSession s, Throwable cause) {
        closed = true;
        for (ResponseCalls r : responses.values()) {
            for (Pending p : r.snapshot()) {
                if (p.answered.compareAndSet(false, true)) {
                    p.cancelTimers();
                }
            }
        }
        responses.clear();
        registry.detach(this);
    }

    private void onArguments(ResponseFunctionCallArgumentsDoneEvent e) {
        String name = e.getName();
        String callId = e.getCallId();
        if (name == null || callId == null) {
            return;
        }
        ToolRegistry.Registered tool = registry.snapshot().tool(name);
        if (tool == null && !advertised.contains(name) || !seen.add(callId)) {
            return; // not one of ours: left to event consumers that answer calls themselves
        }
        ToolCall call = new ToolCall(session.key(), session.sessionId(), name, callId, e.getArguments(),
                e.getResponseId(), e.getItemId(), System.nanoTime());
        ResponseCalls response = responseCalls(e.getResponseId());
        ToolDefinition definition = tool == null ? null : tool.definition();
        Pending p = new Pending(callId, call, definition, response);
        response.add(p);
        if (tool == null) {
            answer(p, ConversationItem.functionCallOutput(callId, ToolOutputs.unavailable(name)),
                    ToolOutcome.UNAVAILABLE);
            return;
        }
        p.timeout = runtime.scheduler().schedule(() -> answer(p, ConversationItem.functionCallOutput(callId,
                ToolOutputs.timeout(name, definition.timeoutMillis())), ToolOutcome.TIMED_OUT),
                definition.timeoutMillis(), TimeUnit.MILLISECONDS);
        if (definition.fillerAfterMillis() > 0) {
            p.filler = runtime.scheduler().schedule(() -> fillerDue(p), definition.fillerAfterMillis(),
                    TimeUnit.MILLISECONDS);
        }
        runtime.fireStarted(call);
        runtime.invoke(() -> tool.handler().invoke(call)).whenComplete((output, error) -> {
            if (error == null) {
                answer(p, ConversationItem.functionCallOutput(callId, output == null ? "" : output),
                        ToolOutcome.COMPLETED);
            } else {
                Throwable cause = unwrap(error);
                String text = cause instanceof RejectedExecutionException ? ToolOutputs.busy(name)
                        : ToolOutputs.failed(name, cause);
                answer(p, ConversationItem.functionCallOutput(callId, text), ToolOutcome.FAILED);
            }
        });
    }

    private void onApprovalRequest(ConversationItem item, String responseId) {
        if (item == null || !ConversationItem.TYPE_MCP_APPROVAL_REQUEST.equals(item.getType()) || item.getId() == null
            || item.getName() == null) {
            return;
        }
        ToolRegistry.Approvals approvals = registry.snapshot().approvals();
        if (approvals == null || !seen.add(item.getId())) {
            return; // no approval consumer: the request stays with event consumers
        }
        // A conversation item without a response event before it belongs to the active response, if any.
        String rid = responseId != null ? responseId : session.activeResponseId();
        ResponseCalls response = rid != null ? responseCalls(rid) : ResponseCalls.standalone();
        String requestId = item.getId();
        Pending p = new Pending(requestId, null, null, response);
        response.add(p);
        McpApprovalRequest request = new McpApprovalRequest(session.key(), session.sessionId(), requestId,
                item.getServerLabel(), item.getName(), item.getArguments(), rid);
        p.timeout = runtime.scheduler().schedule(() -> answer(p, ConversationItem.mcpApprovalResponse(requestId,
                false, "No decision within " + approvals.timeoutMillis() + " ms"), ToolOutcome.DENIED),
                approvals.timeoutMillis(), TimeUnit.MILLISECONDS);
        runtime.invoke(() -> approvals.handler().decide(request)).whenComplete((decision, error) -> {
            McpDecision d = error != null ? McpDecision.deny("The approval failed: " + unwrap(error).getMessage())
                    : decision != null ? decision : McpDecision.deny("No decision");
            answer(p, ConversationItem.mcpApprovalResponse(requestId, d.approved(), d.reason()),
                    d.approved() ? ToolOutcome.APPROVED : ToolOutcome.DENIED);
        });
    }

    private void onResponseDone(RealtimeResponse response) {
        if (response == null || response.getId() == null) {
            return;
        }
        ResponseCalls r = responses.get(response.getId());
        if (r == null) {
            return;
        }
        if (RealtimeResponse.STATUS_CANCELLED.equals(response.getStatus())) {
            interrupt(r);
        }
        Pending filler = r.markDone();
        if (filler != null) {
            requestFiller(filler);
        }
        settle(r);
    }

    private void interruptAll() {
        for (ResponseCalls r : responses.values()) {
            interrupt(r);
            settle(r);
        }
    }

    private void interrupt(ResponseCalls r) {
        for (Pending p : r.interrupt()) {
            answer(p, ConversationItem.functionCallOutput(p.id, ToolOutputs.cancelled(p.call.name())),
                    ToolOutcome.CANCELLED);
        }
    }

    // ------------------------------------------------------------------------------------------- answers (any)

    /** Sends the answer if the call is still unanswered. Any thread: reader, tool pool, timer. */
    private void answer(Pending p, ConversationItem answer, ToolOutcome outcome) {
        if (!p.answered.compareAndSet(false, true)) {
            LOG.debug("Session {}: {} already answered, {} dropped", session.key(), p.id, outcome);
            return;
        }
        p.cancelTimers();
        long sentNanos = 0;
        try {
            session.send(new ConversationItemCreateEvent(answer));
            sentNanos = System.nanoTime();
        } catch (RuntimeException e) {
            LOG.warn("Session {}: could not answer {} ({}): {}", session.key(), p.id, outcome, e.getMessage());
        }
        if (p.call != null) {
            runtime.fireAnswered(p.call, outcome, sentNanos);
        }
        // only now, with the answer queued on the socket, does the call count as answered
        if (p.response.answered()) {
            requestFollowUp(p.response);
        }
        cleanup(p.response);
    }

    private void settle(ResponseCalls r) {
        if (r.settle()) {
            requestFollowUp(r);
        }
        cleanup(r);
    }

    private void cleanup(ResponseCalls r) {
        if (r.key != null && r.isDecided()) {
            responses.remove(r.key, r);
        }
    }

    private void requestFollowUp(ResponseCalls r) {
        if (closed) {
            return;
        }
        try {
            session.requestResponse(null).whenComplete((id, e) -> {
                if (e != null) {
                    LOG.warn("Session {}: the follow-up response of {} failed: {}", session.key(), r.responseId,
                            unwrap(e).getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Session {}: could not request the follow-up of {}: {}", session.key(), r.responseId,
                    e.getMessage());
        }
    }

    private void fillerDue(Pending p) {
        if (!p.answered.get() && p.response.fillerDue(p)) {
            requestFiller(p);
        }
    }

    private void requestFiller(Pending p) {
        if (closed || p.answered.get()) {
            return;
        }
        ResponseCreateParams params = new ResponseCreateParams()
                .setInstructions(p.definition.fillerInstructions())
                .setToolChoice(ToolChoice.none())
                .putMetadata(FILLER_TAG, p.id);
        try {
            session.requestResponse(params).whenComplete((id, e) -> {
                if (e != null) {
                    LOG.debug("Session {}: filler for {} failed: {}", session.key(), p.id, unwrap(e).getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("Session {}: could not request a filler for {}: {}", session.key(), p.id, e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------- tool list

    /** Sends the current tool list when the session is open and behind the registry. Any thread. */
    synchronized void syncTools() {
        if (closed || session.state() != SessionState.OPEN) {
            return; // a connecting session catches up on its session.updated
        }
        ToolRegistry.Snapshot s = registry.snapshot();
        if (s.version() <= syncedVersion) {
            return;
        }
        syncedVersion = s.version();
        advertised.addAll(s.tools().keySet());
        SessionUpdateEvent update = new SessionUpdateEvent();
        update.setSession(RealtimeSessionConfig.realtime().setTools(s.merge(fixedTools)));
        try {
            session.send(update);
        } catch (RuntimeException e) {
            LOG.warn("Session {}: could not send the new tool list: {}", session.key(), e.getMessage());
        }
    }

    private ResponseCalls responseCalls(String responseId) {
        return responses.computeIfAbsent(responseId == null ? "" : responseId, ResponseCalls::new);
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Open calls of this session (for tests and consoles). */
    public int openCalls() {
        int n = 0;
        for (ResponseCalls r : responses.values()) {
            for (Pending p : r.snapshot()) {
                n += p.answered.get() ? 0 : 1;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------- state

    /** A function call or approval request awaiting its one answer. */
    static final class Pending {
        final String id;
        /** Null for approval requests. */
        final ToolCall call;
        /** Null for approval requests and unavailable tools; those always deliver. */
        final ToolDefinition definition;
        final ResponseCalls response;
        /** The exactly-once guard: whoever sets it sends the answer. */
        final AtomicBoolean answered = new AtomicBoolean();
        /** Set on the reader thread right after creation; cancelled by whoever answers. */
        volatile ScheduledFuture<?> timeout;
        volatile ScheduledFuture<?> filler;

        Pending(String id, ToolCall call, ToolDefinition definition, ResponseCalls response) {
            this.id = id;
            this.call = call;
            this.definition = definition;
            this.response = response;
        }

        boolean cancels() {
            return definition != null && definition.interruption() == ToolDefinition.Interruption.CANCEL;
        }

        void cancelTimers() {
            ScheduledFuture<?> t = timeout;
            if (t != null) {
                t.cancel(false);
            }
            ScheduledFuture<?> f = filler;
            if (f != null) {
                f.cancel(false);
            }
        }
    }

    /** The calls of one response and the decision about its follow-up. All state guarded by {@code this}. */
    static final class ResponseCalls {
        /** The key in the open responses ("" when the service named no response); null when standalone. */
        final String key;
        /** Null for approval requests that came outside any response. */
        final String responseId;
        private final List<Pending> calls = new ArrayList<>(2);
        /** Calls not yet counted as answered (their answer is queued before the count drops). */
        private int pending;
        private boolean done;
        private boolean interrupted;
        /** No follow-up after an interruption that left nothing to deliver. */
        private boolean suppressed;
        /** The follow-up was requested or ruled out; never again. */
        private boolean decided;
        private Pending fillerDue;
        private boolean fillerSent;

        ResponseCalls(String key) {
            this.key = key;
            this.responseId = key == null || key.isEmpty() ? null : key;
        }

        /** Calls outside any response: nothing to wait for but their own answers. */
        static ResponseCalls standalone() {
            ResponseCalls r = new ResponseCalls(null);
            r.done = true;
            return r;
        }

        synchronized void add(Pending p) {
            calls.add(p);
            pending++;
        }

        synchronized List<Pending> snapshot() {
            return new ArrayList<>(calls);
        }

        /** One call's answer is queued; true when this makes the follow-up due (the caller requests it). */
        synchronized boolean answered() {
            pending--;
            return decide();
        }

        /** response.done: returns a filler that was waiting for it, if it is still wanted. */
        synchronized Pending markDone() {
            done = true;
            if (fillerDue != null && !fillerSent && !interrupted && !decided && pending > 0
                && !fillerDue.answered.get()) {
                fillerSent = true;
                return fillerDue;
            }
            return null;
        }

        /** True when the follow-up is due now (see {@link #answered()}). */
        synchronized boolean settle() {
            return decide();
        }

        synchronized boolean isDecided() {
            return decided;
        }

        /**
         * The caller interrupted: returns the calls to answer "cancelled". The follow-up is ruled out unless a call
         * that delivers is still unanswered.
         */
        synchronized List<Pending> interrupt() {
            if (decided || interrupted) {
                return List.of();
            }
            interrupted = true;
            boolean deliverPending = false;
            List<Pending> cancel = new ArrayList<>();
            for (Pending p : calls) {
                if (!p.answered.get()) {
                    if (p.cancels()) {
                        cancel.add(p);
                    } else {
                        deliverPending = true;
                    }
                }
            }
            suppressed = !deliverPending;
            return cancel;
        }

        /** A call passed its filler threshold: true when the filler should be requested now. */
        synchronized boolean fillerDue(Pending p) {
            if (fillerSent || interrupted || decided) {
                return false;
            }
            if (!done) {
                if (fillerDue == null) {
                    fillerDue = p; // asked for when the response is done, so it never queues behind it
                }
                return false;
            }
            fillerSent = true;
            return true;
        }

        private boolean decide() {
            if (decided || pending > 0 || !done) {
                return false;
            }
            decided = true;
            return !suppressed;
        }
    }
}
