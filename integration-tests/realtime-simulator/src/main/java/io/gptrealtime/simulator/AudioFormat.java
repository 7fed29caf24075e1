package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The three GA Realtime audio formats ({@code RealtimeAudioFormats}): PCM16 LE mono at 24 kHz (the only PCM rate the
 * service accepts) and G.711 µ-law / A-law at 8 kHz. Knows how to turn wire bytes into linear samples and back.
 */
enum AudioFormat {
    PCM16_24K("audio/pcm", 24_000, 2),
    PCMU("audio/pcmu", 8_000, 1),
    PCMA("audio/pcma", 8_000, 1);

    private final String wireType;
    private final int sampleRate;
    private final int bytesPerSample;

    AudioFormat(String wireType, int sampleRate, int bytesPerSample) {
        this.wireType = wireType;
        this.sampleRate = sampleRate;
        this.bytesPerSample = bytesPerSample;
    }

    String wireType() {
        return wireType;
    }

    int sampleRate() {
        return sampleRate;
    }

    int bytesPerSample() {
        return bytesPerSample;
    }

    /** Bytes of this format per millisecond: 48 for PCM16 24 kHz, 8 for G.711. */
    int bytesPerMs() {
        return sampleRate / 1000 * bytesPerSample;
    }

    double millisOf(long bytes) {
        return bytes / (double) bytesPerMs();
    }

    /**
     * The session's view of this format: {@code {"type":"audio/pcm","rate":24000}} or {@code {"type":"audio/pcmu"}}.
     */
    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("type", wireType);
        if (this == PCM16_24K) {
            node.put("rate", sampleRate);
        }
        return node;
    }

    /** Parses an already validated format object; unknown types fall back to PCM (validation rejects them first). */
    static AudioFormat fromJson(JsonNode format) {
        if (format == null || !format.isObject()) {
            return PCM16_24K;
        }
        String type = format.path("type").asText("audio/pcm");
        for (AudioFormat f : values()) {
            if (f.wireType.equals(type)) {
                return f;
            }
        }
        return PCM16_24K;
    }

    /** Decodes wire bytes to linear samples at {@link #sampleRate()}. A trailing odd PCM byte is ignored. */
    short[] decode(byte[] data, int offset, int length) {
        switch (this) {
            case PCM16_24K: {
                short[] out = new short[length / 2];
                for (int i = 0; i < out.length; i++) {
                    int lo = data[offset + 2 * i] & 0xFF;
                    int hi = data[offset + 2 * i + 1];
                    out[i] = (short) ((hi << 8) | lo);
                }
                return out;
            }
            case PCMU: {
                short[] out = new short[length];
                for (int i = 0; i < length; i++) {
                    out[i] = G711.ulawToLinear(data[offset + i]);
                }
                return out;
            }
            default: {
                short[] out = new short[length];
                for (int i = 0; i < length; i++) {
                    out[i] = G711.alawToLinear(data[offset + i]);
                }
                return out;
            }
        }
    }

    /**
     * Encodes 24 kHz samples (what {@link AudioSource} renders) into this format; G.711 goes through
     * {@link Decimator#to8k(short[])} first.
     */
    byte[] encodeFrom24k(short[] samples24k) {
        switch (this) {
            case PCM16_24K:
                return Pcm16.toBytes(samples24k);
            case PCMU: {
                short[] narrow = Decimator.to8k(samples24k);
                byte[] out = new byte[narrow.length];
                for (int i = 0; i < narrow.length; i++) {
                    out[i] = G711.linearToUlaw(narrow[i]);
                }
                return out;
            }
            default: {
                short[] narrow = Decimator.to8k(samples24k);
                byte[] out = new byte[narrow.length];
                for (int i = 0; i < narrow.length; i++) {
                    out[i] = G711.linearToAlaw(narrow[i]);
                }
                return out;
            }
        }
    }
}
