package io.gptrealtime.camel.audio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads RIFF/WAVE audio into {@link PcmAudio} (decoded mono samples) or {@link WavContent} (bytes in a component
 * format, G.711 kept as is).
 * <p>
 * <b>Accepted:</b> format tags PCM (8-bit unsigned, 16, 24 and 32-bit signed; odd sizes such as 12-bit in their
 * byte container), IEEE float (32/64-bit), µ-law and A-law, either plain or inside {@code WAVE_FORMAT_EXTENSIBLE}
 * with the standard sub-format GUID; any sample rate between {@link AudioFormat#MIN_SAMPLE_RATE} and
 * {@link AudioFormat#MAX_SAMPLE_RATE} (resampling is the caller's business); 1 to {@value #MAX_CHANNELS} channels,
 * down-mixed to mono by averaging; RF64 (its 64-bit data size is taken from {@code ds64}).
 * <p>
 * <b>Tolerated:</b> chunks other than {@code fmt }/{@code data} (LIST, fact, JUNK, bext …) are skipped, honouring the
 * pad byte after odd-sized chunks; a data size of 0 or 0xFFFFFFFF (a WAV written to a pipe, or a recording whose
 * header was never patched) means "read to the end of the input"; a data chunk shorter than declared (a file cut
 * off while being written) yields the frames present; a trailing partial frame is dropped. Anything after the data
 * chunk is not read.
 * <p>
 * <b>Refused</b> with an {@link UnsupportedAudioException} naming what was found: not RIFF/WAVE, big-endian RIFX, a
 * header cut short, compressed codecs (ADPCM, GSM, MP3 …), unknown extensible sub-formats, impossible channel counts
 * or rates, data larger than the limit ({@link #DEFAULT_MAX_DATA_BYTES} unless given).
 */
public final class WavReader {

    /** Default bound on the audio data read: 256 MiB (about 93 minutes of 24 kHz PCM16 mono). */
    public static final long DEFAULT_MAX_DATA_BYTES = 256L << 20;

    /** Most channels accepted (beyond this a header is corrupt rather than surround audio). */
    public static final int MAX_CHANNELS = 64;

    /** Shortest valid {@code fmt } chunk (WAVEFORMAT + wBitsPerSample). */
    private static final int FMT_MIN_BYTES = 16;
    /** Size of a {@code WAVE_FORMAT_EXTENSIBLE} {@code fmt } chunk. */
    private static final int FMT_EXTENSIBLE_BYTES = 40;
    /** Larger {@code fmt }/{@code ds64} chunks are corrupt (the largest legitimate ones are a few dozen bytes). */
    private static final int MAX_HEADER_CHUNK_BYTES = 1024;
    /** Minimum {@code ds64} body: RIFF size, data size, sample count (three 64-bit values). */
    private static final int DS64_MIN_BYTES = 24;
    private static final int CHUNK_HEADER_BYTES = 8;
    /** Data sizes meaning "unknown, read to the end". */
    private static final long SIZE_UNKNOWN_ZERO = 0;
    private static final long SIZE_UNKNOWN_MAX = 0xFFFFFFFFL;
    /** Bytes 4..15 of every {@code KSDATAFORMAT_SUBTYPE_*} GUID derived from a WAVE format tag. */
    private static final byte[] SUBFORMAT_GUID_TAIL = {
            0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71 };
    private static final String SUPPORTED = "supported: PCM, IEEE float, µ-law, A-law";
    private static final double FULL_SCALE_16 = 32768.0;
    /** Largest byte array the JVM reliably allocates. */
    private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16;

    private WavReader() {
    }

    // ---------------------------------------------------------------- public entry points

    /** Reads a WAV held in memory into decoded mono samples. */
    public static PcmAudio readPcm(byte[] wav) {
        return readPcm(wav, DEFAULT_MAX_DATA_BYTES);
    }

    /** Reads a WAV held in memory into decoded mono samples, reading at most {@code maxDataBytes} of audio data. */
    public static PcmAudio readPcm(byte[] wav, long maxDataBytes) {
        Parsed parsed = parseBytes(wav, maxDataBytes);
        return new PcmAudio(parsed.format.sampleRate(), decodeMono(parsed.format, parsed.data));
    }

    /** Reads a WAV stream (not closed) into decoded mono samples. */
    public static PcmAudio readPcm(InputStream in) throws IOException {
        return readPcm(in, DEFAULT_MAX_DATA_BYTES);
    }

    /** Reads a WAV stream (not closed) into decoded mono samples, at most {@code maxDataBytes} of audio data. */
    public static PcmAudio readPcm(InputStream in, long maxDataBytes) throws IOException {
        Parsed parsed = parse(in, maxDataBytes);
        return new PcmAudio(parsed.format.sampleRate(), decodeMono(parsed.format, parsed.data));
    }

    /** Reads a WAV file into decoded mono samples. */
    public static PcmAudio readPcm(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return readPcm(in, DEFAULT_MAX_DATA_BYTES);
        }
    }

    /** Reads a WAV held in memory, keeping mono PCM16/µ-law/A-law data as stored. */
    public static WavContent readContent(byte[] wav) {
        return readContent(wav, DEFAULT_MAX_DATA_BYTES);
    }

    /** Reads a WAV held in memory, keeping mono PCM16/µ-law/A-law data as stored; at most {@code maxDataBytes}. */
    public static WavContent readContent(byte[] wav, long maxDataBytes) {
        return toContent(parseBytes(wav, maxDataBytes));
    }

    /** Reads a WAV stream (not closed), keeping mono PCM16/µ-law/A-law data as stored. */
    public static WavContent readContent(InputStream in) throws IOException {
        return readContent(in, DEFAULT_MAX_DATA_BYTES);
    }

    /** Reads a WAV stream (not closed), keeping mono PCM16/µ-law/A-law data as stored; at most {@code maxDataBytes}. */
    public static WavContent readContent(InputStream in, long maxDataBytes) throws IOException {
        return toContent(parse(in, maxDataBytes));
    }

    /** Reads a WAV file, keeping mono PCM16/µ-law/A-law data as stored. */
    public static WavContent readContent(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return readContent(in, DEFAULT_MAX_DATA_BYTES);
        }
    }

    // ---------------------------------------------------------------- parsing

    private static final class Parsed {
        final WavFormat format;
        final byte[] data;

        Parsed(WavFormat format, byte[] data) {
            this.format = format;
            this.data = data;
        }
    }

    private static Parsed parseBytes(byte[] wav, long maxDataBytes) {
        try {
            return parse(new ByteArrayInputStream(wav), maxDataBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayInputStream does not throw
        }
    }

    private static Parsed parse(InputStream stream, long maxDataBytes) throws IOException {
        if (maxDataBytes < 0) {
            throw new IllegalArgumentException("maxDataBytes < 0: " + maxDataBytes);
        }
        CountingInput in = new CountingInput(stream);
        byte[] head = new byte[Wav.SIGNATURE_BYTES];
        int n = in.read(head, head.length);
        int id = n >= 4 ? Wav.readFourCc(head, 0) : 0;
        if (n < 4 || id != Wav.RIFF && id != Wav.RF64) {
            if (n == 0) {
                throw new UnsupportedAudioException("not a WAV file: the input is empty");
            }
            if (id == Wav.RIFX) {
                throw new UnsupportedAudioException("big-endian RIFX WAV files are not supported; supported: little-endian RIFF");
            }
            throw new UnsupportedAudioException("not a WAV file: expected 'RIFF' at offset 0, found "
                                                + Wav.describeFourCc(head, 0, Math.min(n, 4)));
        }
        if (n < Wav.SIGNATURE_BYTES) {
            throw truncated(in.position, "inside the " + Wav.SIGNATURE_BYTES + "-byte RIFF header");
        }
        if (Wav.readFourCc(head, 8) != Wav.WAVE) {
            throw new UnsupportedAudioException("not a WAV file: RIFF form type is " + Wav.describeFourCc(head, 8, 4)
                                                + ", expected 'WAVE'");
        }
        boolean rf64 = id == Wav.RF64;
        WavFormat format = null;
        long ds64DataSize = -1;
        List<String> chunksSeen = new ArrayList<>();
        byte[] chunkHeader = new byte[CHUNK_HEADER_BYTES];
        while (true) {
            long chunkOffset = in.position;
            int got = in.read(chunkHeader, CHUNK_HEADER_BYTES);
            if (got == 0) {
                break;
            }
            if (got < CHUNK_HEADER_BYTES) {
                throw truncated(in.position, "inside the chunk header at offset " + chunkOffset);
            }
            int chunkId = Wav.readFourCc(chunkHeader, 0);
            long size = Wav.u32(chunkHeader, 4);
            chunksSeen.add(Wav.describeFourCc(chunkId));
            if (chunkId == Wav.FMT) {
                byte[] body = readHeaderChunk(in, "fmt", size, FMT_MIN_BYTES);
                format = parseFormat(body);
            } else if (chunkId == Wav.DS64 && rf64) {
                byte[] body = readHeaderChunk(in, "ds64", size, DS64_MIN_BYTES);
                ds64DataSize = Wav.u64(body, 8);
            } else if (chunkId == Wav.DATA) {
                if (format == null) {
                    throw new UnsupportedAudioException("malformed WAV: the data chunk at offset " + chunkOffset
                                                        + " comes before any fmt chunk");
                }
                long declared = rf64 && size == SIZE_UNKNOWN_MAX && ds64DataSize > 0 ? ds64DataSize : size;
                boolean unknown = declared == SIZE_UNKNOWN_ZERO || declared == SIZE_UNKNOWN_MAX;
                byte[] data = unknown ? readToEnd(in, maxDataBytes) : readDeclared(in, declared, maxDataBytes);
                return new Parsed(format, data);
            } else {
                long skip = size + (size & 1);
                if (in.skip(skip) < skip) {
                    break; // the chunk runs past the end: there is no data chunk after it
                }
            }
        }
        if (format == null) {
            throw new UnsupportedAudioException("malformed WAV: no fmt chunk (chunks found: " + chunksSeen + ")");
        }
        throw new UnsupportedAudioException("malformed WAV: no data chunk (chunks found: " + chunksSeen + ")");
    }

    private static byte[] readHeaderChunk(CountingInput in, String name, long size, int minBytes) throws IOException {
        if (size < minBytes) {
            throw new UnsupportedAudioException("malformed WAV: the " + name + " chunk has " + size + " bytes, at least "
                                                + minBytes + " expected");
        }
        if (size > MAX_HEADER_CHUNK_BYTES) {
            throw new UnsupportedAudioException("malformed WAV: the " + name + " chunk declares " + size + " bytes, at most "
                                                + MAX_HEADER_CHUNK_BYTES + " expected");
        }
        byte[] body = new byte[(int) size];
        if (in.read(body, body.length) < body.length) {
            throw truncated(in.position, "inside the " + name + " chunk (" + size + " bytes declared)");
        }
        if ((size & 1) != 0) {
            in.skip(1); // pad byte; its absence at the very end is harmless
        }
        return body;
    }

    private static WavFormat parseFormat(byte[] fmt) {
        int tag = Wav.u16(fmt, 0);
        int channels = Wav.u16(fmt, 2);
        long rate = Wav.u32(fmt, 4);
        int bits = Wav.u16(fmt, 14);
        boolean extensible = tag == Wav.FORMAT_EXTENSIBLE;
        int significantBits = bits;
        if (extensible) {
            if (fmt.length < FMT_EXTENSIBLE_BYTES) {
                throw new UnsupportedAudioException("malformed WAV: WAVE_FORMAT_EXTENSIBLE fmt chunk has " + fmt.length
                                                    + " bytes, " + FMT_EXTENSIBLE_BYTES + " expected");
            }
            int validBits = Wav.u16(fmt, 18);
            if (validBits > 0 && validBits <= bits) {
                significantBits = validBits;
            }
            long subFormat = Wav.u32(fmt, 24);
            boolean standardGuid = Arrays.equals(fmt, 28, 40, SUBFORMAT_GUID_TAIL, 0, SUBFORMAT_GUID_TAIL.length);
            if (!standardGuid || subFormat > 0xFFFF) {
                throw new UnsupportedAudioException("WAV extensible sub-format " + guid(fmt, 24) + " is not supported; "
                                                    + SUPPORTED);
            }
            tag = (int) subFormat;
        }
        if (tag != Wav.FORMAT_PCM && tag != Wav.FORMAT_IEEE_FLOAT && tag != Wav.FORMAT_MULAW && tag != Wav.FORMAT_ALAW) {
            String found = Wav.hexTag(tag) + " (" + Wav.formatName(tag) + ")";
            throw new UnsupportedAudioException(extensible
                    ? "WAV format tag 0xFFFE (extensible) with sub-format " + found + " is not supported; " + SUPPORTED
                    : "WAV format tag " + found + " is not supported; " + SUPPORTED);
        }
        String codec = Wav.formatName(tag);
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new UnsupportedAudioException("WAV with " + channels + " channels is not supported; supported: 1.."
                                                + MAX_CHANNELS);
        }
        if (rate < AudioFormat.MIN_SAMPLE_RATE || rate > AudioFormat.MAX_SAMPLE_RATE) {
            throw new UnsupportedAudioException("WAV sample rate " + rate + " Hz is not supported; supported: "
                                                + AudioFormat.MIN_SAMPLE_RATE + ".." + AudioFormat.MAX_SAMPLE_RATE + " Hz");
        }
        int container = (bits + 7) / 8;
        boolean bitsOk;
        String supportedBits;
        switch (tag) {
            case Wav.FORMAT_PCM:
                bitsOk = bits >= 1 && bits <= 32;
                supportedBits = "8, 16, 24, 32";
                break;
            case Wav.FORMAT_IEEE_FLOAT:
                bitsOk = bits == 32 || bits == 64;
                supportedBits = "32, 64";
                break;
            default:
                bitsOk = bits == 8;
                supportedBits = "8";
                break;
        }
        if (!bitsOk) {
            throw new UnsupportedAudioException("WAV " + codec + " with " + bits + " bits per sample is not supported; supported: "
                                                + supportedBits);
        }
        return new WavFormat(tag, channels, (int) rate, significantBits, container, extensible);
    }

    private static String guid(byte[] b, int off) {
        return String.format("{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}", Wav.u32(b, off), Wav.u16(b, off + 4),
                Wav.u16(b, off + 6), b[off + 8], b[off + 9], b[off + 10], b[off + 11], b[off + 12], b[off + 13],
                b[off + 14], b[off + 15]);
    }

    private static byte[] readDeclared(CountingInput in, long declared, long maxDataBytes) throws IOException {
        if (declared > maxDataBytes || declared > MAX_ARRAY_BYTES) {
            throw tooLarge(declared, Math.min(maxDataBytes, MAX_ARRAY_BYTES));
        }
        return in.in.readNBytes((int) declared); // shorter when the file was cut off: tolerated
    }

    private static byte[] readToEnd(CountingInput in, long maxDataBytes) throws IOException {
        int limit = (int) (Math.min(maxDataBytes, MAX_ARRAY_BYTES) + 1);
        byte[] data = in.in.readNBytes(limit);
        if (data.length > maxDataBytes || data.length > MAX_ARRAY_BYTES) {
            throw tooLarge(-1, Math.min(maxDataBytes, MAX_ARRAY_BYTES));
        }
        return data;
    }

    private static UnsupportedAudioException tooLarge(long size, long max) {
        return new UnsupportedAudioException("WAV audio data " + (size >= 0 ? "of " + size + " bytes" : "(size not declared)")
                                             + " exceeds the limit of " + max + " bytes");
    }

    private static UnsupportedAudioException truncated(long fileBytes, String where) {
        return new UnsupportedAudioException("truncated WAV: the input ends after " + fileBytes + " bytes, " + where);
    }

    // ---------------------------------------------------------------- decoding

    private static WavContent toContent(Parsed parsed) {
        WavFormat f = parsed.format;
        byte[] data = parsed.data;
        if (f.channels() == 1) {
            AudioEncoding passThrough = null;
            if (f.formatTag() == Wav.FORMAT_MULAW) {
                passThrough = AudioEncoding.PCMU;
            } else if (f.formatTag() == Wav.FORMAT_ALAW) {
                passThrough = AudioEncoding.PCMA;
            } else if (f.formatTag() == Wav.FORMAT_PCM && f.containerBytes() == 2) {
                passThrough = AudioEncoding.PCM16;
            }
            if (passThrough != null) {
                int whole = data.length - data.length % passThrough.bytesPerSample();
                byte[] bytes = whole == data.length ? data : Arrays.copyOf(data, whole);
                return new WavContent(new AudioFormat(passThrough, f.sampleRate()), bytes, f, true);
            }
        }
        return new WavContent(AudioFormat.pcm16(f.sampleRate()), Pcm16.toBytes(decodeMono(f, data)), f, false);
    }

    /** Decodes interleaved frames to mono 16-bit, averaging the channels. */
    static short[] decodeMono(WavFormat f, byte[] data) {
        int frameBytes = f.frameBytes();
        int frames = data.length / frameBytes;
        short[] out = new short[frames];
        if (f.channels() == 1) {
            switch (f.formatTag()) {
                case Wav.FORMAT_MULAW:
                    G711.ulawToPcm16(data, 0, frames, out, 0);
                    return out;
                case Wav.FORMAT_ALAW:
                    G711.alawToPcm16(data, 0, frames, out, 0);
                    return out;
                case Wav.FORMAT_PCM:
                    if (f.containerBytes() == 2) {
                        Pcm16.toShorts(data, 0, frames * 2, out, 0);
                        return out;
                    }
                    break;
                default:
                    break;
            }
        }
        int channels = f.channels();
        int container = f.containerBytes();
        int tag = f.formatTag();
        for (int i = 0, pos = 0; i < frames; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++, pos += container) {
                sum += sample16(tag, container, data, pos);
            }
            out[i] = roundToShort(sum / channels);
        }
        return out;
    }

    /** One sample on the 16-bit scale (±32768 = full scale), unrounded. */
    private static double sample16(int tag, int container, byte[] d, int pos) {
        switch (tag) {
            case Wav.FORMAT_MULAW:
                return G711.ulawToLinear(d[pos]);
            case Wav.FORMAT_ALAW:
                return G711.alawToLinear(d[pos]);
            case Wav.FORMAT_IEEE_FLOAT:
                double v = container == 4 ? Float.intBitsToFloat((int) Wav.u32(d, pos)) : Double.longBitsToDouble(Wav.u64(d, pos));
                return Double.isNaN(v) ? 0 : v * FULL_SCALE_16;
            default:
                switch (container) {
                    case 1: // 8-bit WAV PCM is unsigned, 128 = silence
                        return ((d[pos] & 0xFF) - 128) * 256.0;
                    case 2:
                        return (short) Wav.u16(d, pos);
                    case 3:
                        return (((d[pos] & 0xFF) | ((d[pos + 1] & 0xFF) << 8) | (d[pos + 2] << 16))) / 256.0;
                    default:
                        return ((int) Wav.u32(d, pos)) / 65536.0;
                }
        }
    }

    private static short roundToShort(double v) {
        double r = Math.floor(v + 0.5);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, r));
    }

    /** Input wrapper that counts the bytes consumed (for messages) and reads/skips fully. */
    private static final class CountingInput {
        final InputStream in;
        long position;

        CountingInput(InputStream in) {
            this.in = in;
        }

        /** Reads up to {@code len} bytes, fewer only at end of input. */
        int read(byte[] b, long len) throws IOException {
            int n = in.readNBytes(b, 0, (int) len);
            position += n;
            return n;
        }

        /** Skips up to {@code n} bytes, fewer only at end of input. */
        long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n) {
                long s = in.skip(n - skipped);
                if (s <= 0) {
                    if (in.read() < 0) {
                        break;
                    }
                    s = 1;
                }
                skipped += s;
            }
            position += skipped;
            return skipped;
        }
    }
}
