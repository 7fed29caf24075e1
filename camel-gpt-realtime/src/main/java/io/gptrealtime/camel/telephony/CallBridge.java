package io.gptrealtime.camel.telephony;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.gptrealtime.camel.audio.AudioConverter;
import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.playout.AudioPort;
import io.gptrealtime.camel.playout.PlayoutController;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins one call's media to one session of the agent: the caller's audio goes into the session (in the caller's
 * G.711 codec when the service takes it, converted otherwise), the assistant's audio plays on the leg's
 * {@link AudioPort} with barge-in, and the call's lifecycle reaches the routes as {@link CallEvent}s in session order.
 * <p>
 * Threads: the leg calls {@link #onCallerAudio}, {@link #onDtmf} and {@link #onCallEnded} from its network thread;
 * those never block. Caller audio is queued (bounded) and handed to the session on the uplink executor, because
 * {@code appendAudio} waits when the socket is backed up. The call ends exactly once ({@link #ended}), whoever
 * notices first.
 */
public final class CallBridge implements CallControl {

    private static final Logger LOG = LoggerFactory.getLogger(CallBridge.class);
    /** Caller frames held while the session opens or the socket is backed up: 5 s of 20 ms frames. */
    static final int UPLINK_CAPACITY = 250;

    private final CallInfo info;
    private final CallLeg leg;
    private final CallSessions sessions;
    private final AudioFormat sessionInput;
    private final AudioFormat sessionOutput;
    /** Null when the caller's codec goes to the service as it is. Used by the uplink drain only (one at a time). */
    private final AudioConverter uplinkConverter;
    /** Set once by {@link #start()}. */
    private volatile RealtimeSession session;
    private final CompletableFuture<CallBridge> answered = new CompletableFuture<>();

    /** Caller audio not yet in the session; offered by the leg's thread, drained by one uplink task at a time. */
    private final BlockingQueue<CallerFrame> uplink = new ArrayBlockingQueue<>(UPLINK_CAPACITY);
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicLong callerBytes = new AtomicLong();
    private final AtomicLong droppedCallerFrames = new AtomicLong();
    private final AtomicLong dtmfReceived = new AtomicLong();
    /** System.nanoTime() of the answer, 0 before. Written once by the open callback. */
    private volatile long answeredAtNanos;
    private volatile boolean startedPublished;
    private volatile PlayoutController playout;
    private volatile CallEndedBy endedBy;

    /** A frame of caller audio and when the leg handed it over (for the {@link MediaProbe}). */
    private record CallerFrame(byte[] audio, long arrivedNanos) {
    }

    private CallBridge(CallInfo info, CallLeg leg, CallSessions sessions) {
        this.info = info;
        this.leg = leg;
        this.sessions = sessions;
        AudioFormat caller = leg.callerFormat();
        this.sessionInput = caller.isRealtimeFormat() ? caller : AudioFormat.REALTIME_PCM;
        this.uplinkConverter = caller.equals(sessionInput) ? null : AudioConverter.create(caller, sessionInput);
        AudioFormat port = leg.downlink().format();
        this.sessionOutput = port.isRealtimeFormat() ? port : AudioFormat.REALTIME_PCM;
    }

    /** A bridge for the call; nothing happens until {@link #start()}, so the leg can link to it first. */
    public static CallBridge create(CallInfo info, CallLeg leg, CallSessions sessions) {
        return new CallBridge(info, leg, sessions);
    }

    /**
     * Opens the call's session and answers the call once it is open (or rejects it when it cannot open). Returns at
     * once; {@link #answered()} completes when the call is up.
     *
     * @throws RuntimeException when the session cannot even be created (e.g. the agent's maxSessions is reached);
     *                          the caller refuses the call then
     */
    public CallBridge start() {
        RealtimeSession s = sessions.opener().open(info.sessionKey(), sessionInput, sessionOutput);
        session = s;
        s.attributes().put(SESSION_ATTRIBUTE, this);
        sessions.listener().onStarted(this);
        s.whenOpen().whenComplete((open, e) -> {
            if (e != null) {
                onSessionFailedToOpen(e);
            } else {
                onSessionOpen();
            }
        });
        s.whenClosed().whenComplete((v, e) -> onSessionClosed());
        return this;
    }

    // ------------------------------------------------------------------------------------------ from the leg

    /** Caller audio in {@link CallLeg#callerFormat()}; never blocks. A full queue drops the frame (counted). */
    public void onCallerAudio(byte[] audio, int offset, int length) {
        if (ended.get() || length <= 0) {
            return;
        }
        byte[] copy = new byte[length];
        System.arraycopy(audio, offset, copy, 0, length);
        if (!uplink.offer(new CallerFrame(copy, System.nanoTime()))) {
            droppedCallerFrames.incrementAndGet();
            return;
        }
        RealtimeSession s = session;
        if (s != null && s.state() == SessionState.OPEN) {
            scheduleDrain();
        }
    }

    /** A key the caller pressed. Reported to the routes once the call is up. */
    public void onDtmf(char digit) {
        dtmfReceived.incrementAndGet();
        if (startedPublished && !ended.get()) {
            session.publish(CallEvent.dtmf(info, digit, sinceAnswerMs()));
        }
    }

    /** The leg saw the call end (the caller hung up, the connection was lost); nothing more is sent to the leg. */
    public void onCallEnded(CallEndedBy by, String reason) {
        end(by, reason, false);
    }

    /** Ends the call from our side (media timeout, shutdown): hangs up the leg, then ends the session. */
    public void terminate(CallEndedBy by, String reason) {
        end(by, reason, true);
    }

    // ------------------------------------------------------------------------------------------ call control

    @Override
    public CallInfo call() {
        return info;
    }

    @Override
    public void hangUp() {
        end(CallEndedBy.agent, "hung up by the agent", true);
    }

    @Override
    public void transfer(String target) {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("A transfer needs a target URI");
        }
        requireActive();
        leg.transfer(target);
    }

    @Override
    public void sendDtmf(String digits) {
        requireActive();
        leg.sendDtmf(digits);
    }

    @Override
    public boolean isActive() {
        return !ended.get();
    }

    // ------------------------------------------------------------------------------------------ state

    public RealtimeSession session() {
        return session;
    }

    public CallLeg leg() {
        return leg;
    }

    public CompletableFuture<CallBridge> answered() {
        return answered;
    }

    public AudioFormat sessionInputFormat() {
        return sessionInput;
    }

    public AudioFormat sessionOutputFormat() {
        return sessionOutput;
    }

    public long callerBytes() {
        return callerBytes.get();
    }

    public long droppedCallerFrames() {
        return droppedCallerFrames.get();
    }

    public long dtmfReceived() {
        return dtmfReceived.get();
    }

    /** Who ended the call, null while it is up. */
    public CallEndedBy endedBy() {
        return endedBy;
    }

    @Override
    public String toString() {
        return "Call[" + info.sessionKey() + (ended.get() ? ", ended by " + endedBy : "") + "]";
    }

    // ------------------------------------------------------------------------------------------ internals

    private void onSessionOpen() {
        if (ended.get()) {
            return;
        }
        playout = PlayoutController.attach(session, leg.downlink(), sessionOutput, sessions.bargeIn(),
                sessions.scheduler(), nanos -> {
                });
        try {
            leg.answer();
        } catch (RuntimeException e) {
            LOG.warn("{}: answering failed: {}", this, e.toString());
            end(CallEndedBy.error, "answer failed: " + e.getMessage(), true);
            return;
        }
        answeredAtNanos = System.nanoTime();
        startedPublished = true;
        session.publish(CallEvent.started(info));
        answered.complete(this);
        scheduleDrain();
    }

    private void onSessionFailedToOpen(Throwable e) {
        if (ended.compareAndSet(false, true)) {
            endedBy = CallEndedBy.error;
            LOG.warn("{}: the session did not open, refusing the call: {}", this, e.getMessage());
            try {
                leg.reject(e.getMessage());
            } finally {
                finish();
            }
        }
        answered.completeExceptionally(e);
    }

    private void onSessionClosed() {
        // the route closed the session, or it failed: the call cannot go on without it
        end(CallEndedBy.agent, "the session closed", true);
    }

    private void end(CallEndedBy by, String reason, boolean hangUpLeg) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        endedBy = by;
        try {
            if (hangUpLeg) {
                leg.hangUp();
            }
        } catch (RuntimeException e) {
            LOG.debug("{}: hang-up failed: {}", this, e.toString());
        }
        RealtimeSession s = session;
        if (startedPublished) {
            s.publish(CallEvent.ended(info, by, reason, sinceAnswerMs()));
        }
        answered.completeExceptionally(new IllegalStateException("The call ended before it was answered: " + reason));
        if (s != null) {
            s.close();
        }
        finish();
    }

    private void finish() {
        uplink.clear();
        try {
            leg.release();
        } finally {
            sessions.listener().onEnded(this);
        }
    }

    private long sinceAnswerMs() {
        long at = answeredAtNanos;
        return at == 0 ? 0 : (System.nanoTime() - at) / 1_000_000;
    }

    private void requireActive() {
        if (ended.get()) {
            throw new IllegalStateException("The call " + info.sessionKey() + " has ended");
        }
    }

    private void scheduleDrain() {
        if (uplink.isEmpty() || !drainScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            sessions.uplinkExecutor().execute(this::drain);
        } catch (RejectedExecutionException e) {
            drainScheduled.set(false);
            uplink.clear();
        }
    }

    /** One at a time (drainScheduled); sends everything queued as one append so a backlog catches up quickly. */
    private void drain() {
        try {
            List<CallerFrame> batch = new ArrayList<>(4);
            uplink.drainTo(batch);
            if (batch.isEmpty()) {
                return;
            }
            byte[] audio = batch.get(0).audio();
            if (batch.size() > 1) {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(audio.length * batch.size());
                for (CallerFrame f : batch) {
                    all.write(f.audio(), 0, f.audio().length);
                }
                audio = all.toByteArray();
            }
            if (uplinkConverter != null) {
                audio = uplinkConverter.convert(audio, 0, audio.length);
            }
            if (audio.length > 0 && !ended.get()) {
                session.appendAudio(audio, 0, audio.length);
                callerBytes.addAndGet(audio.length);
                MediaProbe probe = sessions.probe();
                if (probe != MediaProbe.NONE) {
                    long sent = System.nanoTime();
                    for (CallerFrame f : batch) {
                        probe.callerAudioSent(f.arrivedNanos(), sent);
                    }
                }
            }
        } catch (RuntimeException e) {
            // the session is closing or backed up past its send timeout: this audio is lost, the call goes on
            LOG.debug("{}: caller audio not sent: {}", this, e.getMessage());
        } finally {
            drainScheduled.set(false);
            if (!uplink.isEmpty() && session.state() == SessionState.OPEN && !ended.get()) {
                scheduleDrain();
            }
        }
    }
}
