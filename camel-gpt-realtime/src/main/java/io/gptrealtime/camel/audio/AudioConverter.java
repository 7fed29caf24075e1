package io.gptrealtime.camel.audio;

import java.util.Arrays;
import java.util.Objects;

/**
 * Streaming conversion between two {@link AudioFormat}s: decode (G.711 expand or PCM16 LE bytes → samples), resample
 * ({@link Resampler}, only when the rates differ), encode. Stateful — the resampler's filter history and a PCM16
 * byte split across two chunks are carried over — so a stream converted chunk by chunk gives exactly the bytes of the
 * whole stream converted at once. Use one instance per direction per session; not thread-safe.
 * <p>
 * Fast paths: equal formats are passed through untouched ({@link #convert(byte[])} then returns the very array it was
 * given — the house rule that G.711 stays G.711 end to end costs nothing); µ-law ⇄ A-law at the same rate is a
 * 256-entry table lookup per byte.
 */
public final class AudioConverter {

    /** Samples decoded per internal step; bounds the working buffers. */
    static final int BLOCK_SAMPLES = 2048;

    private static final byte[] EMPTY = new byte[0];
    private static final int NO_PENDING = -1;

    private final AudioFormat from;
    private final AudioFormat to;
    private final boolean passThrough;
    private final boolean crossLaw;
    /** Null when the rates are equal. */
    private final Resampler resampler;
    private final short[] decoded;
    private final short[] resampled;
    /** Low byte of a PCM16 input sample whose high byte has not arrived yet, or {@link #NO_PENDING}. */
    private int pendingByte = NO_PENDING;

    private AudioConverter(AudioFormat from, AudioFormat to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.passThrough = from.equals(to);
        this.crossLaw = !passThrough && from.sampleRate() == to.sampleRate() && from.encoding().isG711()
                        && to.encoding().isG711();
        boolean work = !passThrough && !crossLaw;
        this.resampler = work && from.sampleRate() != to.sampleRate() ? Resampler.create(from.sampleRate(), to.sampleRate())
                : null;
        this.decoded = work ? new short[BLOCK_SAMPLES] : new short[0];
        this.resampled = resampler != null ? new short[resampler.maxOutputFor(BLOCK_SAMPLES)] : new short[0];
    }

    /** A converter from {@code from} to {@code to} (pass-through when equal). */
    public static AudioConverter create(AudioFormat from, AudioFormat to) {
        return new AudioConverter(from, to);
    }

    /**
     * Converts a complete recording (a file, a message body), delay-compensated: the resampler's group delay is cut
     * from the start and its {@link #flush() tail} appended, so output and input are aligned in time and the output
     * holds {@code duration × outRate} samples (±1). Returns {@code data} itself when the formats are equal.
     */
    public static byte[] convertAll(AudioFormat from, AudioFormat to, byte[] data) {
        AudioConverter converter = new AudioConverter(from, to);
        byte[] body = converter.convert(data);
        if (converter.resampler == null) {
            return body;
        }
        byte[] tail = converter.flush();
        byte[] all = Arrays.copyOf(body, body.length + tail.length);
        System.arraycopy(tail, 0, all, body.length, tail.length);
        int skip = (int) Math.round(converter.resampler.delaySamples()) * to.bytesPerSample();
        return Arrays.copyOfRange(all, Math.min(skip, all.length), all.length);
    }

    public AudioFormat from() {
        return from;
    }

    public AudioFormat to() {
        return to;
    }

    /** Whether input is returned unchanged (equal formats). */
    public boolean isPassThrough() {
        return passThrough;
    }

    /** Delay the resampler adds, in milliseconds (0 when the rates are equal). */
    public double delayMs() {
        return resampler == null ? 0 : resampler.delayMs();
    }

    /** Exact number of bytes the next {@code convert} of {@code inLen} bytes produces. */
    public int outputSize(int inLen) {
        if (inLen < 0) {
            throw new IllegalArgumentException("inLen < 0: " + inLen);
        }
        if (passThrough) {
            return inLen;
        }
        int samples = inputSamples(inLen);
        int outSamples = resampler == null ? samples : resampler.outputCount(samples);
        return outSamples * to.bytesPerSample();
    }

    /** Upper bound of the bytes a {@code convert} of {@code inLen} bytes produces, whatever the state. */
    public int maxOutputFor(int inLen) {
        if (passThrough) {
            return inLen;
        }
        // a PCM16 byte left over from the previous chunk can complete one more sample
        int samples = from.encoding() == AudioEncoding.PCM16 ? (inLen + 1) >> 1 : inLen;
        int outSamples = resampler == null ? samples : resampler.maxOutputFor(samples);
        return outSamples * to.bytesPerSample();
    }

    /** Converts a whole chunk; with equal formats returns {@code in} itself. */
    public byte[] convert(byte[] in) {
        return convert(in, 0, in.length);
    }

    /**
     * Converts {@code len} bytes from {@code off} into a new array of exactly {@link #outputSize(int)} bytes; with
     * equal formats returns {@code in} itself when the range covers all of it.
     */
    public byte[] convert(byte[] in, int off, int len) {
        Pcm16.checkRange(in.length, off, len);
        if (passThrough) {
            return off == 0 && len == in.length ? in : Arrays.copyOfRange(in, off, off + len);
        }
        int size = outputSize(len);
        byte[] out = size == 0 ? EMPTY : new byte[size];
        convert(in, off, len, out, 0);
        return out;
    }

    /**
     * Converts {@code len} bytes from {@code off} into {@code out} from {@code outOff}, allocation-free.
     *
     * @return bytes written ({@link #outputSize(int)} of {@code len})
     * @throws IllegalArgumentException if {@code out} has less room than that (nothing is consumed then)
     */
    public int convert(byte[] in, int off, int len, byte[] out, int outOff) {
        Pcm16.checkRange(in.length, off, len);
        int size = outputSize(len);
        if (outOff < 0 || outOff > out.length || out.length - outOff < size) {
            throw new IllegalArgumentException("output has room for " + Math.max(0, out.length - outOff) + " bytes, " + size
                                               + " needed");
        }
        if (passThrough) {
            System.arraycopy(in, off, out, outOff, len);
            return len;
        }
        if (crossLaw) {
            if (from.encoding() == AudioEncoding.PCMU) {
                G711.ulawToAlaw(in, off, len, out, outOff);
            } else {
                G711.alawToUlaw(in, off, len, out, outOff);
            }
            return len;
        }
        int o = outOff;
        while (len > 0) {
            int n = 0;
            if (from.encoding() == AudioEncoding.PCM16) {
                if (pendingByte != NO_PENDING) {
                    decoded[n++] = (short) (pendingByte | (in[off] << 8));
                    pendingByte = NO_PENDING;
                    off++;
                    len--;
                }
                int take = Math.min(len >> 1, BLOCK_SAMPLES - n);
                Pcm16.toShorts(in, off, take << 1, decoded, n);
                n += take;
                off += take << 1;
                len -= take << 1;
                if (len == 1) {
                    pendingByte = in[off] & 0xFF;
                    off++;
                    len--;
                }
            } else {
                n = Math.min(len, BLOCK_SAMPLES);
                if (from.encoding() == AudioEncoding.PCMU) {
                    G711.ulawToPcm16(in, off, n, decoded, 0);
                } else {
                    G711.alawToPcm16(in, off, n, decoded, 0);
                }
                off += n;
                len -= n;
            }
            o = emit(decoded, n, out, o);
        }
        return o - outOff;
    }

    /**
     * Ends the stream: returns the resampler's delayed tail (empty when the rates are equal) and resets. A PCM16 byte
     * still waiting for its other half is dropped.
     */
    public byte[] flush() {
        pendingByte = NO_PENDING;
        if (resampler == null) {
            return EMPTY;
        }
        short[] tail = resampler.flush();
        byte[] out = new byte[tail.length * to.bytesPerSample()];
        encode(tail, tail.length, out, 0);
        return out;
    }

    /** Forgets the stream (filter history, split byte) without producing anything. */
    public void reset() {
        pendingByte = NO_PENDING;
        if (resampler != null) {
            resampler.reset();
        }
    }

    private int inputSamples(int inLen) {
        if (from.encoding() == AudioEncoding.PCM16) {
            return (inLen + (pendingByte == NO_PENDING ? 0 : 1)) >> 1;
        }
        return inLen;
    }

    private int emit(short[] samples, int n, byte[] out, int o) {
        if (resampler == null) {
            return encode(samples, n, out, o);
        }
        int m = resampler.process(samples, 0, n, resampled, 0);
        return encode(resampled, m, out, o);
    }

    private int encode(short[] samples, int n, byte[] out, int o) {
        switch (to.encoding()) {
            case PCMU:
                G711.pcm16ToUlaw(samples, 0, n, out, o);
                return o + n;
            case PCMA:
                G711.pcm16ToAlaw(samples, 0, n, out, o);
                return o + n;
            default:
                return o + Pcm16.toBytes(samples, 0, n, out, o);
        }
    }

    @Override
    public String toString() {
        return "AudioConverter[" + from + " -> " + to + (passThrough ? ", pass-through" : "") + "]";
    }
}
