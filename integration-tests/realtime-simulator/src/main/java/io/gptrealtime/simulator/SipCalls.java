package io.gptrealtime.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The simulated SIP connector's state: calls by id (bounded: the oldest finished calls are forgotten first), the
 * bounded log of REST requests, and the ephemeral keys minted by {@code client_secrets} (accepted by the WebSocket
 * handshake until they expire). Thread-safe: guarded by {@code this}; tests wait on it.
 */
final class SipCalls {

    private static final int MAX_CALLS = 10_000;
    private static final int MAX_REST_RECORDS = 1_000;
    private static final int MAX_KEYS = 10_000;
    private static final char[] ALPHABET = "0123456789abcdef".toCharArray();

    /** Guarded by this. */
    private final SplittableRandom random;
    /** Guarded by this; insertion order for eviction. */
    private final Map<String, SimulatedSipCall> calls = new LinkedHashMap<>();
    /** Guarded by this. */
    private final Deque<RestRequest> rest = new ArrayDeque<>();
    /** Ephemeral key → expiry (epoch seconds). Guarded by this. */
    private final Map<String, Long> ephemeralKeys = new LinkedHashMap<>();

    SipCalls(long seed) {
        this.random = new SplittableRandom(seed ^ 0x5EED_CA11L);
    }

    synchronized SimulatedSipCall newCall(Map<String, String> sipHeaders) {
        if (calls.size() >= MAX_CALLS) {
            calls.values().removeIf(c -> c.state() != SimulatedSipCall.State.RINGING
                    && c.state() != SimulatedSipCall.State.ACCEPTED);
            if (calls.size() >= MAX_CALLS) {
                throw new IllegalStateException("the simulator already holds " + MAX_CALLS + " live calls");
            }
        }
        SimulatedSipCall call = new SimulatedSipCall("rtc_" + hex(32), "evt_" + hex(32), sipHeaders,
                random.nextLong());
        calls.put(call.callId(), call);
        return call;
    }

    synchronized SimulatedSipCall get(String callId) {
        return calls.get(callId);
    }

    synchronized void record(RestRequest request) {
        if (rest.size() >= MAX_REST_RECORDS) {
            rest.removeFirst();
        }
        rest.addLast(request);
        notifyAll();
    }

    synchronized List<RestRequest> requests() {
        return List.copyOf(rest);
    }

    synchronized List<RestRequest> await(Predicate<RestRequest> filter, int count, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<RestRequest> matching = rest.stream().filter(filter).toList();
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " REST requests " + what + " within "
                        + timeout.toMillis() + " ms, got " + matching.size() + "; all: " + rest);
            }
            try {
                wait(Math.max(1, Math.min(100, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** A new ephemeral key valid until {@code expiresAt}. */
    synchronized String mintKey(long expiresAt) {
        if (ephemeralKeys.size() >= MAX_KEYS) {
            ephemeralKeys.remove(ephemeralKeys.keySet().iterator().next());
        }
        String key = "ek_" + hex(32);
        ephemeralKeys.put(key, expiresAt);
        return key;
    }

    /** Whether {@code key} is an ephemeral key minted here that has not expired. */
    synchronized boolean isLiveEphemeralKey(String key, long nowEpochSecond) {
        Long expiresAt = ephemeralKeys.get(key);
        return expiresAt != null && expiresAt > nowEpochSecond;
    }

    synchronized void reset() {
        rest.clear();
    }

    private String hex(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
