package io.gptrealtime.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/** Audio fixtures for the tests. */
final class TestAudio {

    private TestAudio() {
    }

    static short[] tone24k(double hz, int ms, double amplitude) {
        int n = 24 * ms;
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            out[i] = (short) Math.round(Math.sin(2 * Math.PI * hz * i / 24_000.0) * amplitude * 32767);
        }
        return out;
    }

    static byte[] pcm(short[] samples) {
        return Pcm16.toBytes(samples);
    }

    static byte[] pcmSilence(int ms) {
        return new byte[48 * ms];
    }

    static byte[] pcmTone(double hz, int ms) {
        return pcm(tone24k(hz, ms, 0.5));
    }

    /** 8 kHz µ-law tone. */
    static byte[] ulawTone(double hz, int ms) {
        int n = 8 * ms;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = G711.linearToUlaw((short) Math.round(Math.sin(2 * Math.PI * hz * i / 8_000.0) * 0.5 * 32767));
        }
        return out;
    }

    static byte[] ulawSilence(int ms) {
        byte[] out = new byte[8 * ms];
        java.util.Arrays.fill(out, G711.linearToUlaw((short) 0));
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** {"type":"input_audio_buffer.append","audio":…} messages of {@code chunkMs} each. */
    static java.util.List<String> appendEvents(byte[] audio, int bytesPerMs, int chunkMs) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int chunk = bytesPerMs * chunkMs;
        for (int i = 0; i < audio.length; i += chunk) {
            byte[] part = java.util.Arrays.copyOfRange(audio, i, Math.min(audio.length, i + chunk));
            out.add("{\"type\":\"input_audio_buffer.append\",\"audio\":\"" + b64(part) + "\"}");
        }
        return out;
    }

    static byte[] wav(short[] samples, int rate, int channels) {
        int dataBytes = samples.length * 2 * channels;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16);
        b.put("data".getBytes()).putInt(dataBytes);
        for (short s : samples) {
            for (int c = 0; c < channels; c++) {
                b.putShort(s);
            }
        }
        return b.array();
    }

    /** Total decoded duration (ms) of a list of output audio deltas in a format. */
    static double deltaMillis(java.util.List<com.fasterxml.jackson.databind.JsonNode> events, int bytesPerMs) {
        long bytes = 0;
        for (com.fasterxml.jackson.databind.JsonNode e : events) {
            if ("response.output_audio.delta".equals(e.path("type").asText())) {
                bytes += Base64.getDecoder().decode(e.path("delta").asText()).length;
            }
        }
        return bytes / (double) bytesPerMs;
    }
}
