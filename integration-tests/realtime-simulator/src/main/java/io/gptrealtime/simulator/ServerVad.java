package io.gptrealtime.simulator;

/**
 * Energy VAD over 10 ms frames, deterministic so tests can predict its events exactly.
 *
 * <ul>
 *   <li>A frame is voiced when its RMS reaches {@link VadSettings#rmsThreshold()}.</li>
 *   <li>Speech starts once {@code minSpeechMs} of consecutive voiced frames were seen; it is dated at the first of
 *   them, and reported as {@code audio_start_ms = max(0, start − prefix_padding_ms)}.</li>
 *   <li>Speech stops when unvoiced frames have lasted {@code silence_duration_ms}; reported as
 *   {@code audio_end_ms} = the end of that silence (so it includes the silence).</li>
 * </ul>
 * Pure logic, no IO; owned by the session's event loop.
 */
final class ServerVad {

    /** Where the detector is. */
    enum State {
        SILENCE,
        /** Voiced frames seen, not yet {@code minSpeechMs} of them. */
        ONSET,
        SPEECH
    }

    /** Receives the detector's decisions. */
    interface Listener {
        void speechStarted(long audioStartMs);

        void speechStopped(long audioEndMs);
    }

    private final VadSettings settings;
    private final double rmsThreshold;
    private final int minSpeechMs;
    /** Owner: Event loop of the session. */
    private State state = State.SILENCE;
    /** Owner: Event loop of the session. */
    private double onsetStartMs;
    /** Owner: Event loop of the session. */
    private double voicedMs;
    /** Owner: Event loop of the session. */
    private double silenceMs;

    ServerVad(VadSettings settings, int minSpeechMs) {
        this.settings = settings;
        this.rmsThreshold = settings.rmsThreshold();
        this.minSpeechMs = minSpeechMs;
    }

    VadSettings settings() {
        return settings;
    }

    State state() {
        return state;
    }

    void reset() {
        state = State.SILENCE;
        voicedMs = 0;
        silenceMs = 0;
    }

    /** Feeds one frame; {@code startMs}/{@code endMs} are positions on the session's input-audio clock. */
    void onFrame(double startMs, double endMs, double rms, Listener listener) {
        boolean voiced = rms >= rmsThreshold && rms > 0;
        double frameMs = endMs - startMs;
        switch (state) {
            case SILENCE:
                if (voiced) {
                    state = State.ONSET;
                    onsetStartMs = startMs;
                    voicedMs = frameMs;
                    maybeConfirm(listener);
                }
                break;
            case ONSET:
                if (voiced) {
                    voicedMs += frameMs;
                    maybeConfirm(listener);
                } else {
                    state = State.SILENCE; // a click, not speech
                }
                break;
            case SPEECH:
                if (voiced) {
                    silenceMs = 0;
                } else {
                    silenceMs += frameMs;
                    if (silenceMs + 1e-6 >= settings.silenceDurationMs) {
                        state = State.SILENCE;
                        silenceMs = 0;
                        listener.speechStopped(Math.round(endMs));
                    }
                }
                break;
            default:
                throw new IllegalStateException(state.name());
        }
    }

    private void maybeConfirm(Listener listener) {
        if (voicedMs + 1e-6 >= minSpeechMs) {
            state = State.SPEECH;
            silenceMs = 0;
            listener.speechStarted(Math.max(0, Math.round(onsetStartMs) - settings.prefixPaddingMs));
        }
    }
}
