package io.gptrealtime.camel.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds RIFF/WAVE byte arrays chunk by chunk, including malformed ones, for reader tests. */
final class WavBuilder {

    private WavBuilder() {
    }

    /** A chunk with its true size and the pad byte RIFF requires after an odd-sized body. */
    static byte[] chunk(String id, byte[] body) {
        return chunk(id, body.length, body, true);
    }

    /** A chunk declaring {@code declaredSize} (whatever the body), optionally padded. */
    static byte[] chunk(String id, long declaredSize, byte[] body, boolean pad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(le32(declaredSize));
        out.writeBytes(body);
        if (pad && (body.length & 1) != 0) {
            out.write(0);
        }
        return out.toByteArray();
    }

    /** "RIFF", the true size, "WAVE", then the chunks. */
    static byte[] riff(byte[]... chunks) {
        byte[] body = Signals.concat(chunks);
        return Signals.concat("RIFF".getBytes(StandardCharsets.ISO_8859_1), le32(4L + body.length),
                "WAVE".getBytes(StandardCharsets.ISO_8859_1), body);
    }

    /** A RIFF header with an arbitrary id and size field. */
    static byte[] riff(String id, long size, byte[]... chunks) {
        return Signals.concat(id.getBytes(StandardCharsets.ISO_8859_1), le32(size),
                "WAVE".getBytes(StandardCharsets.ISO_8859_1), Signals.concat(chunks));
    }

    /** A 16-byte WAVEFORMAT body. */
    static byte[] fmt(int tag, int channels, int rate, int bits) {
        int blockAlign = channels * ((bits + 7) / 8);
        return Signals.concat(le16(tag), le16(channels), le32(rate), le32((long) rate * blockAlign), le16(blockAlign),
                le16(bits));
    }

    /** A 40-byte WAVEFORMATEXTENSIBLE body with the standard GUID for {@code subTag}. */
    static byte[] fmtExtensible(int subTag, int channels, int rate, int containerBits, int validBits) {
        return fmtExtensible(channels, rate, containerBits, validBits, Signals.concat(le32(subTag),
                G711Test.bytes(0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71)));
    }

    static byte[] fmtExtensible(int channels, int rate, int containerBits, int validBits, byte[] guid) {
        int blockAlign = channels * containerBits / 8;
        int channelMask = channels == 2 ? 0x3 : 0x4;
        return Signals.concat(le16(Wav.FORMAT_EXTENSIBLE), le16(channels), le32(rate), le32((long) rate * blockAlign),
                le16(blockAlign), le16(containerBits), le16(22), le16(validBits), le32(channelMask), guid);
    }

    static byte[] le16(int v) {
        return new byte[] { (byte) v, (byte) (v >> 8) };
    }

    static byte[] le32(long v) {
        return new byte[] { (byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24) };
    }

    static byte[] le64(long v) {
        return Signals.concat(le32(v), le32(v >>> 32));
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
