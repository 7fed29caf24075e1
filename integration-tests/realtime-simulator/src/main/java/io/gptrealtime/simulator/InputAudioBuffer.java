package io.gptrealtime.simulator;

/**
 * The uncommitted input audio and the session's input-audio clock. Appended audio is cut into 10 ms frames that are
 * handed to a {@link FrameSink} as soon as each is complete — and appended to the buffer first, so a VAD commit made
 * from inside the sink takes exactly the audio up to that frame. Owned by the session's event loop.
 */
final class InputAudioBuffer {

    /** Gets each complete 10 ms frame, decoded, with its position on the session clock. */
    interface FrameSink {
        void onFrame(short[] samples, double startMs, double endMs);
    }

    private static final int FRAME_MS = 10;

    /** Owner: Event loop of the session. */
    private AudioClip clip;
    /**
     * Total ms of input audio appended in this session (the clock VAD timestamps use). Owner: Event loop of the
     * session.
     */
    private double sessionAudioMs;
    /** Session clock value where the current buffer starts. Owner: Event loop of the session. */
    private double bufferStartMs;
    /** Owner: Event loop of the session. */
    private byte[] frame = new byte[0];
    /** Owner: Event loop of the session. */
    private int frameFill;
    /** Owner: Event loop of the session. */
    private AudioFormat frameFormat;

    InputAudioBuffer(AudioFormat format) {
        this.clip = new AudioClip(format);
    }

    /**
     * Appends audio in {@code format}. A format different from the buffered audio's (after a session.update) starts
     * a fresh buffer: mixing encodings in one item would make its audio meaningless.
     */
    void append(byte[] data, AudioFormat format, boolean keep, FrameSink sink) {
        if (format != clip.format()) {
            clip = new AudioClip(format);
            bufferStartMs = sessionAudioMs;
        }
        if (format != frameFormat) {
            frameFormat = format;
            frame = new byte[format.bytesPerMs() * FRAME_MS];
            frameFill = 0;
        }
        int pos = 0;
        while (pos < data.length) {
            int n = Math.min(frame.length - frameFill, data.length - pos);
            System.arraycopy(data, pos, frame, frameFill, n);
            byte[] piece = new byte[n];
            System.arraycopy(data, pos, piece, 0, n);
            clip.append(piece, keep);
            frameFill += n;
            pos += n;
            sessionAudioMs += format.millisOf(n);
            if (frameFill == frame.length) {
                frameFill = 0;
                short[] samples = format.decode(frame, 0, frame.length);
                if (sink != null) {
                    sink.onFrame(samples, sessionAudioMs - FRAME_MS, sessionAudioMs);
                }
            }
        }
    }

    /** Takes the buffered audio (for a commit) and starts an empty buffer. */
    AudioClip take() {
        AudioClip taken = clip;
        clip = new AudioClip(taken.format());
        bufferStartMs = sessionAudioMs;
        return taken;
    }

    void clear() {
        take();
    }

    double bufferedMs() {
        return clip.durationMs();
    }

    double sessionAudioMs() {
        return sessionAudioMs;
    }

    double bufferStartMs() {
        return bufferStartMs;
    }
}
