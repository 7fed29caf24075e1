package io.gptrealtime.camel.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Makes sure our own {@code response.create} never meets an active response in the default conversation (the service
 * answers that with {@code conversation_already_has_active_response}).
 * <p>
 * States, all guarded by {@code this}:
 * <ul>
 * <li><b>idle</b>: no response active, none requested, none expected: a request is sent at once;</li>
 * <li><b>requested</b>: our response.create is on the wire, response.created not seen yet;</li>
 * <li><b>expected</b>: server VAD committed a turn and will create a response by itself;</li>
 * <li><b>active</b>: between response.created and response.done.</li>
 * </ul>
 * Requests made while not idle wait in a FIFO and go out one per finished response. Requests without parameters are
 * merged with a waiting one, so several tool outputs of one response lead to exactly one response.create. If the
 * service still rejects one of ours as conflicting (a VAD response raced it), it goes back to the head of the queue.
 * Out-of-band responses ({@code conversation: none}) do not take the default conversation and bypass this class.
 */
final class ResponseSequencer {

    /**
     * Sends a response.create with the given client event id and parameters (may be null). Never blocks. A sender
     * that cannot put it on the wire (socket gone) calls {@link #unsent} instead; one that finds the request no longer
     * {@link #isInFlight in flight} under this id must not send it.
     */
    interface Sender {
        void sendCreate(String eventId, Object params);
    }

    /** A response request waiting for its turn. {@code params} is null for a plain response.create. */
    static final class Request {
        final Object params;
        final List<CompletableFuture<String>> waiters = new ArrayList<>(1);
        String eventId;

        Request(Object params) {
            this.params = params;
        }
    }

    /** The response metadata key that carries our request's client event id, so response.created can be matched. */
    static final String TAG = "cgr_request";

    private final Sender sender;
    private final Deque<Request> waiting = new ArrayDeque<>();
    private final int maxWaiting;
    private Request inFlight;
    private String activeResponseId;
    private boolean serverResponseExpected;
    private long eventSeq;
    private final String eventPrefix;

    ResponseSequencer(Sender sender, String eventPrefix, int maxWaiting) {
        this.sender = sender;
        this.eventPrefix = eventPrefix;
        this.maxWaiting = maxWaiting;
    }

    /**
     * Asks for a response. The future completes with the response id once the service created it (or fails when the
     * session ends first).
     */
    CompletableFuture<String> request(Object params) {
        CompletableFuture<String> done = new CompletableFuture<>();
        Dispatch toSend = null;
        synchronized (this) {
            if (params == null) {
                for (Request r : waiting) {
                    if (r.params == null) {
                        r.waiters.add(done);
                        return done;
                    }
                }
            }
            if (waiting.size() >= maxWaiting) {
                done.completeExceptionally(new RealtimeSessionException(
                        "Too many response requests waiting (" + maxWaiting + "): the session is not keeping up"));
                return done;
            }
            Request r = new Request(params);
            r.waiters.add(done);
            waiting.addLast(r);
            if (isIdle()) {
                toSend = takeNext();
            }
        }
        send(toSend);
        return done;
    }

    /** Server VAD committed a user turn with create_response on: the service will start a response itself. */
    synchronized void serverWillRespond() {
        serverResponseExpected = true;
    }

    /** The expected server response never came (e.g. the turn was empty): let waiting requests go. */
    void serverResponseNotComing() {
        Dispatch toSend;
        synchronized (this) {
            serverResponseExpected = false;
            toSend = isIdle() ? takeNext() : null;
        }
        send(toSend);
    }

    synchronized boolean isServerResponseExpected() {
        return serverResponseExpected;
    }

    /**
     * response.created of a default-conversation response. {@code tag} is the request tag the service echoed back in
     * the response metadata (see {@link #TAG}); a response without a tag that arrives while the service was expected
     * to respond by itself is the service's own (VAD) response, and ours, if one is in flight, will be rejected
     * and queued again by {@link #onError}.
     */
    void onResponseCreated(String responseId, String tag) {
        List<CompletableFuture<String>> completed = null;
        synchronized (this) {
            activeResponseId = responseId;
            boolean ours = inFlight != null
                           && (tag != null ? tag.equals(inFlight.eventId) : !serverResponseExpected);
            serverResponseExpected = false;
            if (ours) {
                completed = inFlight.waiters;
                inFlight = null;
            }
        }
        if (completed != null) {
            completed.forEach(f -> f.complete(responseId));
        }
    }

    /** response.done of a default-conversation response. */
    void onResponseDone(String responseId) {
        Dispatch toSend;
        synchronized (this) {
            if (activeResponseId != null && !activeResponseId.equals(responseId)) {
                return; // an out-of-band response ended; the default one is still active
            }
            activeResponseId = null;
            toSend = isIdle() ? takeNext() : null;
        }
        send(toSend);
    }

    /**
     * An error event referring to one of our events. Returns true when it was about a response.create of ours; a
     * conflicting create is queued again at the head, other failures fail its waiters.
     */
    boolean onError(String clientEventId, String code, String message) {
        Dispatch toSend = null;
        List<CompletableFuture<String>> failed = null;
        synchronized (this) {
            if (inFlight == null || clientEventId == null || !clientEventId.equals(inFlight.eventId)) {
                return false;
            }
            Request rejected = inFlight;
            inFlight = null;
            if ("conversation_already_has_active_response".equals(code)) {
                waiting.addFirst(rejected);
            } else {
                failed = rejected.waiters;
            }
            if (isIdle()) {
                toSend = takeNext();
            }
        }
        if (failed != null) {
            RealtimeSessionException e = new RealtimeSessionException("response.create failed: " + message, code, null);
            failed.forEach(f -> f.completeExceptionally(e));
        }
        send(toSend);
        return true;
    }

    /**
     * The socket broke: the server session and its responses are gone. A request on the wire is queued again (the new
     * server session never saw it). Returns whether a response was active, requested or expected, i.e. the caller is
     * owed an answer the new server session must produce.
     */
    boolean connectionLost() {
        synchronized (this) {
            boolean owed = activeResponseId != null || inFlight != null || serverResponseExpected;
            if (inFlight != null) {
                waiting.addFirst(inFlight);
                inFlight = null;
            }
            activeResponseId = null;
            serverResponseExpected = false;
            return owed;
        }
    }

    /** Whether the request sent under this client event id is the one on the wire now. */
    synchronized boolean isInFlight(String eventId) {
        return inFlight != null && inFlight.eventId.equals(eventId);
    }

    /**
     * The sender could not put the request with this id on the wire: it goes back to the head of the queue and is
     * sent again by {@link #connectionRestored}. A no-op when the request was taken back already (by
     * {@link #connectionLost}) and perhaps sent again under a new id.
     */
    synchronized void unsent(String eventId) {
        if (isInFlight(eventId)) {
            waiting.addFirst(inFlight);
            inFlight = null;
        }
    }

    /** A replacement server session carries the conversation: requests held meanwhile go out. */
    void connectionRestored() {
        Dispatch toSend;
        synchronized (this) {
            toSend = isIdle() ? takeNext() : null;
        }
        send(toSend);
    }

    /**
     * Asks for a response only if none is active, on the wire or waiting: after a reconnect the caller is owed exactly
     * one answer, whoever asked first.
     */
    void ensureResponse() {
        synchronized (this) {
            if (inFlight != null || activeResponseId != null || !waiting.isEmpty()) {
                return;
            }
        }
        request(null);
    }

    /** No response active, requested, expected or waiting. */
    synchronized boolean isIdleAndEmpty() {
        return isIdle() && waiting.isEmpty();
    }

    /** The session ended: every waiter fails. */
    void failAll(Throwable cause) {
        List<Request> all = new ArrayList<>();
        synchronized (this) {
            if (inFlight != null) {
                all.add(inFlight);
                inFlight = null;
            }
            all.addAll(waiting);
            waiting.clear();
            activeResponseId = null;
        }
        all.forEach(r -> r.waiters.forEach(f -> f.completeExceptionally(cause)));
    }

    synchronized String activeResponseId() {
        return activeResponseId;
    }

    synchronized int waitingCount() {
        return waiting.size();
    }

    private boolean isIdle() {
        return inFlight == null && activeResponseId == null && !serverResponseExpected;
    }

    /**
     * A request taken for sending under a fresh event id. The id is captured here, under the lock, because the request
     * may be taken back and sent again under another id before this dispatch reaches the sender.
     */
    private record Dispatch(Request request, String eventId) {
    }

    private Dispatch takeNext() {
        Request next = waiting.pollFirst();
        if (next == null) {
            return null;
        }
        next.eventId = eventPrefix + "rc_" + (++eventSeq);
        inFlight = next;
        return new Dispatch(next, next.eventId);
    }

    private void send(Dispatch d) {
        if (d != null) {
            try {
                sender.sendCreate(d.eventId(), d.request().params);
            } catch (RuntimeException e) {
                synchronized (this) {
                    if (inFlight == d.request()) {
                        inFlight = null;
                    }
                }
                d.request().waiters.forEach(f -> f.completeExceptionally(e));
            }
        }
    }
}
