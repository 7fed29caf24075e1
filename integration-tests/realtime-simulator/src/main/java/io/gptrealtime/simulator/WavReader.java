package io.gptrealtime.simulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a RIFF/WAVE file of 16-bit PCM (plain or WAVE_FORMAT_EXTENSIBLE), mixes stereo to mono and converts it to
 * 24 kHz. Anything else is rejected with a message that says what was found, at scenario build time.
 */
final class WavReader {

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    /** Ten minutes at 48 kHz stereo: a scenario clip larger than this is a mistake, not a fixture. */
    private static final long MAX_BYTES = 10L * 60 * 48_000 * 4;

    private WavReader() {
    }

    static short[] read24kMono(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException("WAV file too large for a scenario (" + size + " bytes): " + file);
            }
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read WAV file " + file + ": " + e.getMessage(), e);
        }
    }

    static short[] parse(byte[] bytes, String name) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !"RIFF".equals(ascii(bytes, 0)) || !"WAVE".equals(ascii(bytes, 8))) {
            throw new IllegalArgumentException(name + " is not a RIFF/WAVE file");
        }
        int pos = 12;
        int channels = -1;
        int rate = -1;
        int bits = -1;
        while (pos + 8 <= bytes.length) {
            String id = ascii(bytes, pos);
            long chunkSize = buf.getInt(pos + 4) & 0xFFFFFFFFL;
            int body = pos + 8;
            if ("fmt ".equals(id)) {
                int format = buf.getShort(body) & 0xFFFF;
                channels = buf.getShort(body + 2);
                rate = buf.getInt(body + 4);
                bits = buf.getShort(body + 14);
                if (format == FORMAT_EXTENSIBLE && chunkSize >= 26) {
                    format = buf.getShort(body + 24) & 0xFFFF; // first two bytes of the sub-format GUID
                }
                if (format != FORMAT_PCM || bits != 16) {
                    throw new IllegalArgumentException(name + ": only 16-bit PCM WAV is supported (format " + format
                            + ", " + bits + " bits)");
                }
                if (channels < 1 || channels > 2) {
                    throw new IllegalArgumentException(name + ": only mono or stereo WAV is supported (" + channels
                            + " channels)");
                }
            } else if ("data".equals(id)) {
                if (channels < 0) {
                    throw new IllegalArgumentException(name + ": data chunk before fmt chunk");
                }
                long available = Math.min(chunkSize, bytes.length - body);
                int frames = (int) (available / (2L * channels));
                short[] mono = new short[frames];
                for (int i = 0; i < frames; i++) {
                    int offset = body + i * 2 * channels;
                    int acc = buf.getShort(offset);
                    if (channels == 2) {
                        acc = (acc + buf.getShort(offset + 2)) / 2;
                    }
                    mono[i] = (short) acc;
                }
                return Decimator.resampleTo24k(mono, rate);
            }
            pos = body + (int) chunkSize + (int) (chunkSize & 1); // chunks are word aligned
        }
        throw new IllegalArgumentException(name + ": no data chunk");
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
