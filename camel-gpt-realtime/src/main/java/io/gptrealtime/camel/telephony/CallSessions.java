package io.gptrealtime.camel.telephony;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.playout.BargeInPolicy;
import io.gptrealtime.camel.session.RealtimeSession;

/**
 * What the gateways need from the component to turn calls into sessions: a way to open a session of the agent with
 * the call's audio formats, the threads to use, and the barge-in policy.
 *
 * @param opener          opens (connecting) the session of a call
 * @param uplinkExecutor  runs the hand-over of caller audio to sessions (appendAudio may wait on backpressure, so never
 *                        on a network event loop)
 * @param scheduler       timers (barge-in confirmation)
 * @param bargeIn         how the assistant reacts to the caller speaking over it
 * @param listener        sees bridges start and end (statistics, tests); may be {@link BridgeListener#NONE}
 * @param probe           timestamps of every frame (the telephony benchmark); {@link MediaProbe#NONE} otherwise
 */
public record CallSessions(Opener opener, Executor uplinkExecutor, ScheduledExecutorService scheduler,
                           BargeInPolicy bargeIn, BridgeListener listener, MediaProbe probe) {

    /** Without a probe: what the component runs with. */
    public CallSessions(Opener opener, Executor uplinkExecutor, ScheduledExecutorService scheduler,
                        BargeInPolicy bargeIn, BridgeListener listener) {
        this(opener, uplinkExecutor, scheduler, bargeIn, listener, MediaProbe.NONE);
    }

    /** Opens the session of a call. */
    @FunctionalInterface
    public interface Opener {
        /**
         * @param key    the call's session key
         * @param input  the session's input audio format (the caller's codec when the service takes it as it is)
         * @param output the session's output audio format
         */
        RealtimeSession open(String key, AudioFormat input, AudioFormat output);
    }

    /** Sees every call's bridge; called on gateway threads, must be quick. */
    public interface BridgeListener {
        BridgeListener NONE = new BridgeListener() {
        };

        default void onStarted(CallBridge bridge) {
        }

        default void onEnded(CallBridge bridge) {
        }
    }
}
