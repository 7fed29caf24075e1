package io.gptrealtime.simulator;

import java.util.SplittableRandom;

/**
 * Deterministic OpenAI-looking ids ({@code event_}, {@code item_}, {@code resp_}, {@code sess_}, {@code conv_},
 * {@code call_} + 21 base62 characters). One instance per session, seeded from the simulator seed and the session's
 * ordinal, so the same client behaviour yields the same ids run after run. Owned by the session's event loop.
 */
final class Ids {

    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int LENGTH = 21;

    /** Event-loop confined: only the owning session's thread draws from it. */
    private final SplittableRandom random;

    Ids(long simulatorSeed, long sessionOrdinal) {
        this.random = new SplittableRandom(simulatorSeed * 1_000_003L + sessionOrdinal);
    }

    String next(String prefix) {
        StringBuilder sb = new StringBuilder(prefix.length() + 1 + LENGTH).append(prefix).append('_');
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    String event() {
        return next("event");
    }

    String item() {
        return next("item");
    }

    String response() {
        return next("resp");
    }

    String call() {
        return next("call");
    }
}
