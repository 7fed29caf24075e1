package io.gptrealtime.camel.protocol.json;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * An audio payload that travels as base64 in JSON ({@code input_audio_buffer.append.audio},
 * {@code response.output_audio.delta.delta}). It holds whichever form it was made from, raw bytes or base64 text, and
 * converts to the other at most once, on first use: audio decoded by the fast path never builds the base64 string,
 * and base64 passed through from a carrier (Twilio sends base64 μ-law) is never decoded just to be encoded again.
 * <p>
 * Byte arrays are not copied: the caller must not change an array after handing it over, and must not change the
 * array returned by {@link #bytes()}. The lazy conversions are safe to race (both threads compute the same value).
 */
@JsonSerialize(using = Base64AudioSerializer.class)
public final class Base64Audio {

    private final byte[] source;
    private final int offset;
    private final int length;
    private volatile byte[] exact;
    private volatile String base64;

    private Base64Audio(byte[] source, int offset, int length, String base64) {
        this.source = source;
        this.offset = offset;
        this.length = length;
        this.base64 = base64;
        if (source != null && offset == 0 && length == source.length) {
            this.exact = source;
        }
    }

    /** Wraps raw audio bytes (not copied). */
    public static Base64Audio of(byte[] audio) {
        Objects.requireNonNull(audio, "audio");
        return new Base64Audio(audio, 0, audio.length, null);
    }

    /** Wraps a slice of raw audio bytes (not copied). */
    public static Base64Audio of(byte[] audio, int offset, int length) {
        Objects.requireNonNull(audio, "audio");
        Objects.checkFromIndexSize(offset, length, audio.length);
        return new Base64Audio(audio, offset, length, null);
    }

    /** Wraps base64 text (standard alphabet) as received or as produced elsewhere; it is decoded only on demand. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Base64Audio ofBase64(String base64) {
        return new Base64Audio(null, 0, 0, Objects.requireNonNull(base64, "base64"));
    }

    /**
     * The raw audio, decoded on first call (the same array afterwards).
     *
     * @throws IllegalArgumentException if the base64 text is malformed
     */
    public byte[] bytes() {
        byte[] result = exact;
        if (result == null) {
            if (source != null) {
                result = Arrays.copyOfRange(source, offset, offset + length);
            } else {
                try {
                    result = Base64.getDecoder().decode(base64);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Audio payload is not valid base64 (" + base64.length()
                                                       + " chars): " + e.getMessage(), e);
                }
            }
            exact = result;
        }
        return result;
    }

    /** The base64 text, encoded on first call when the payload was made from bytes. */
    public String base64() {
        String result = base64;
        if (result == null) {
            ByteBuffer encoded = Base64.getEncoder().encode(ByteBuffer.wrap(source, offset, length));
            result = new String(encoded.array(), 0, encoded.limit(), StandardCharsets.ISO_8859_1);
            base64 = result;
        }
        return result;
    }

    /** True when the payload holds raw bytes, so writing it needs no intermediate base64 string. */
    boolean hasBytes() {
        return source != null;
    }

    byte[] source() {
        return source;
    }

    int offset() {
        return offset;
    }

    /** Number of audio bytes; computed from the base64 length when the payload has not been decoded. */
    public int length() {
        if (source != null) {
            return length;
        }
        byte[] decoded = exact;
        return decoded != null ? decoded.length : decodedLength(base64);
    }

    /** Decoded size of a base64 text, from its length and padding alone. */
    public static int decodedLength(String base64) {
        int chars = base64.length();
        int padding = 0;
        if (chars > 0 && base64.charAt(chars - 1) == '=') {
            padding++;
            if (chars > 1 && base64.charAt(chars - 2) == '=') {
                padding++;
            }
        }
        int remainder = chars % 4;
        int partial = remainder == 3 ? 2 : remainder == 2 ? 1 : 0;
        return (chars / 4) * 3 + partial - padding;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Base64Audio other && Arrays.equals(bytes(), other.bytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes());
    }

    @Override
    public String toString() {
        return length() + " bytes";
    }
}
