package io.gptrealtime.camel.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseSequencerTest {

    private final List<String> sent = new ArrayList<>();
    private final ResponseSequencer sequencer = new ResponseSequencer((id, params) -> sent.add(id + ":" + params),
            "t_", 4);

    @Test
    void idleRequestIsSentAtOnceAndCompletesOnCreated() {
        CompletableFuture<String> f = sequencer.request(null);
        assertEquals(List.of("t_rc_1:null"), sent);
        assertFalse(f.isDone());
        sequencer.onResponseCreated("resp_1", "t_rc_1");
        assertEquals("resp_1", f.join());
    }

    @Test
    void requestsWaitForTheActiveResponseAndPlainOnesMerge() {
        sequencer.request(null);
        sequencer.onResponseCreated("resp_1", "t_rc_1");
        CompletableFuture<String> a = sequencer.request(null);
        CompletableFuture<String> b = sequencer.request(null);
        assertEquals(1, sent.size(), "nothing may be sent while resp_1 is active");
        assertEquals(1, sequencer.waitingCount(), "two plain requests merge into one response.create");
        sequencer.onResponseDone("resp_1");
        assertEquals(2, sent.size());
        sequencer.onResponseCreated("resp_2", "t_rc_2");
        assertEquals("resp_2", a.join());
        assertEquals("resp_2", b.join());
    }

    @Test
    void requestsWithParametersAreNotMergedAndGoOutOnePerResponse() {
        sequencer.request("p1");
        sequencer.request("p2");
        sequencer.request("p3");
        assertEquals(List.of("t_rc_1:p1"), sent);
        sequencer.onResponseCreated("r1", "t_rc_1");
        sequencer.onResponseDone("r1");
        assertEquals("t_rc_2:p2", sent.get(1));
        sequencer.onResponseCreated("r2", "t_rc_2");
        sequencer.onResponseDone("r2");
        assertEquals("t_rc_3:p3", sent.get(2));
    }

    @Test
    void aServerVadResponseHoldsRequestsUntilItIsDone() {
        sequencer.serverWillRespond();
        CompletableFuture<String> f = sequencer.request(null);
        assertTrue(sent.isEmpty(), "the service is about to create a response itself");
        sequencer.onResponseCreated("resp_vad", null);
        assertTrue(sent.isEmpty());
        assertFalse(f.isDone(), "the VAD response is not ours");
        sequencer.onResponseDone("resp_vad");
        assertEquals(1, sent.size());
    }

    @Test
    void anExpectedResponseThatNeverComesReleasesWaitingRequests() {
        sequencer.serverWillRespond();
        sequencer.request(null);
        assertTrue(sent.isEmpty());
        sequencer.serverResponseNotComing();
        assertEquals(1, sent.size());
    }

    @Test
    void aConflictingCreateIsRequeuedAtTheHead() {
        CompletableFuture<String> f = sequencer.request("mine");
        // server VAD committed a turn right after our create went out: the service creates its own response (no
        // tag) and rejects ours
        sequencer.serverWillRespond();
        sequencer.onResponseCreated("resp_vad", null);
        assertFalse(f.isDone(), "the VAD response must not be taken for ours");
        assertTrue(sequencer.onError("t_rc_1", "conversation_already_has_active_response", "busy"));
        assertEquals(1, sent.size(), "not resent while resp_vad is active");
        sequencer.onResponseDone("resp_vad");
        assertEquals("t_rc_2:mine", sent.get(1), "sent again after the active response");
        sequencer.onResponseCreated("resp_mine", "t_rc_2");
        assertEquals("resp_mine", f.join());
    }

    @Test
    void otherErrorsFailTheRequestAndLetTheNextGo() {
        CompletableFuture<String> a = sequencer.request("a");
        sequencer.request("b");
        assertTrue(sequencer.onError("t_rc_1", "invalid_value", "bad"));
        assertTrue(a.isCompletedExceptionally());
        assertEquals("t_rc_2:b", sent.get(1));
        assertFalse(sequencer.onError("someone_else", "invalid_value", "x"));
    }

    @Test
    void tooManyWaitingRequestsFail() {
        sequencer.request("0");
        for (int i = 1; i <= 4; i++) {
            assertFalse(sequencer.request("p" + i).isDone());
        }
        assertTrue(sequencer.request("p5").isCompletedExceptionally());
    }

    @Test
    void failAllFailsEveryWaiter() {
        CompletableFuture<String> a = sequencer.request("a");
        CompletableFuture<String> b = sequencer.request("b");
        sequencer.failAll(new RealtimeSessionException("gone"));
        assertTrue(a.isCompletedExceptionally());
        assertTrue(b.isCompletedExceptionally());
    }

    @Test
    void anOutOfBandDoneDoesNotEndTheDefaultResponse() {
        sequencer.request(null);
        sequencer.onResponseCreated("r_default", "t_rc_1");
        sequencer.request("next");
        sequencer.onResponseDone("r_other");
        assertEquals(1, sent.size());
        sequencer.onResponseDone("r_default");
        assertEquals(2, sent.size());
    }
    // ------------------------------------------------------------------ a create racing the teardown of its socket
    // The session's sender sends only a request still in flight under the id it was given, and hands back (unsent) a
    // create the socket refused. These tests play the three orders in which a caller's send and the reader thread's
    // "connection lost" can meet, with a sender that behaves like the session's.

    /** Behaves like RealtimeSession's sender; {@code beforeSend} runs "on another thread" in the middle of a send. */
    private final class RacingSender implements ResponseSequencer.Sender {
        final List<String> wire = new ArrayList<>();
        Runnable beforeSend;
        boolean socketUp = true;
        ResponseSequencer seq;

        @Override
        public void sendCreate(String eventId, Object params) {
            Runnable r = beforeSend;
            beforeSend = null;
            if (r != null) {
                r.run();
            }
            if (socketUp && seq.isInFlight(eventId)) {
                wire.add(eventId);
            } else {
                seq.unsent(eventId);
            }
        }
    }

    private RacingSender racing() {
        RacingSender sender = new RacingSender();
        sender.seq = new ResponseSequencer(sender, "r_", 4);
        return sender;
    }

    @Test
    void aDropNoticedWhileACreateIsOnItsWayLeadsToExactlyOneCreate() {
        RacingSender s = racing();
        // the reader notices the drop after the caller took the request but before it reached the socket
        s.beforeSend = () -> {
            s.socketUp = false;
            assertTrue(s.seq.connectionLost(), "the request taken for sending is owed");
        };
        CompletableFuture<String> f = s.seq.request(null);
        assertTrue(s.wire.isEmpty());
        s.socketUp = true;
        s.seq.connectionRestored();
        s.seq.ensureResponse();
        assertEquals(List.of("r_rc_2"), s.wire, "one create on the new socket, under a new id");
        s.seq.onResponseCreated("resp_1", "r_rc_2");
        assertEquals("resp_1", f.join());
        assertEquals("resp_1", s.seq.activeResponseId());
    }

    @Test
    void aCreateTheDyingSocketRefusedIsSentOnceAfterTheReconnect() {
        RacingSender s = racing();
        s.socketUp = false; // OkHttp refused: the socket is going away, the drop not yet noticed
        CompletableFuture<String> f = s.seq.request("p");
        assertTrue(s.wire.isEmpty());
        assertEquals(1, s.seq.waitingCount(), "handed back, not lost");
        s.seq.connectionLost();
        s.socketUp = true;
        s.seq.connectionRestored();
        s.seq.ensureResponse();
        assertEquals(List.of("r_rc_2"), s.wire);
        s.seq.onResponseCreated("resp_1", "r_rc_2");
        assertEquals("resp_1", f.join());
    }

    @Test
    void aCreateOvertakenByAWholeReconnectIsNotSentTwice() {
        RacingSender s = racing();
        // the caller took the request, then the drop was noticed and the replacement sent it under a new id before
        // the caller's send got the socket
        s.beforeSend = () -> {
            s.seq.connectionLost();
            s.seq.connectionRestored();
        };
        CompletableFuture<String> f = s.seq.request(null);
        assertEquals(List.of("r_rc_2"), s.wire, "the stale copy r_rc_1 must not go out");
        s.seq.ensureResponse();
        assertEquals(1, s.wire.size());
        s.seq.onResponseCreated("resp_1", "r_rc_2");
        assertEquals("resp_1", f.join());
    }
}
