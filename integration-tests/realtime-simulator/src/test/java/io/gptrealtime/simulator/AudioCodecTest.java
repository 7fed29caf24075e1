package io.gptrealtime.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioCodecTest {

    @Test
    void g711RoundTripsWithinItsQuantisationStep() {
        for (int v = -32768; v <= 32767; v += 7) {
            short s = (short) v;
            int ulaw = G711.ulawToLinear(G711.linearToUlaw(s));
            int alaw = G711.alawToLinear(G711.linearToAlaw(s));
            int tolerance = Math.max(16, Math.abs(v) / 16);
            assertTrue(Math.abs(ulaw - v) <= tolerance + 64, "ulaw " + v + " -> " + ulaw);
            assertTrue(Math.abs(alaw - v) <= tolerance + 64, "alaw " + v + " -> " + alaw);
        }
        assertEquals(0, G711.ulawToLinear(G711.linearToUlaw((short) 0)));
        assertEquals((byte) 0xFF, G711.linearToUlaw((short) 0), "µ-law silence is 0xFF");
        assertEquals((byte) 0xD5, G711.linearToAlaw((short) 0), "A-law silence is 0xD5");
    }

    @Test
    void decimationKeepsDurationAndTelephoneBandAndRejectsHighTones() {
        short[] low = TestAudio.tone24k(1000, 300, 0.5);
        short[] high = TestAudio.tone24k(9000, 300, 0.5);
        short[] lowOut = Decimator.to8k(low);
        assertEquals(2400, lowOut.length);
        double lowRms = Pcm16.rms(java.util.Arrays.copyOfRange(lowOut, 100, 2300));
        double highRms = Pcm16.rms(java.util.Arrays.copyOfRange(Decimator.to8k(high), 100, 2300));
        assertEquals(0.354, lowRms, 0.02, "1 kHz passes");
        assertTrue(highRms < 0.02, "9 kHz would alias to 1 kHz without the filter: " + highRms);
        assertEquals(12_000, AudioFormat.PCMU.encodeFrom24k(new short[36_000]).length);
    }

    @Test
    void wavReaderConvertsToMono24k() {
        short[] mono = WavReader.parse(TestAudio.wav(TestAudio.tone24k(500, 100, 0.3), 24_000, 1), "t");
        assertEquals(2400, mono.length);
        short[] fromStereo48k = WavReader.parse(TestAudio.wav(new short[4800], 48_000, 2), "t");
        assertEquals(2400, fromStereo48k.length);
        assertThrows(IllegalArgumentException.class, () -> WavReader.parse(new byte[20], "junk"));
        assertEquals(Duration.ofMillis(1500), AudioSource.tone(440, Duration.ofMillis(1500)).duration());
    }

    @Test
    void vadThresholdFollowsTheDocumentedMapping() {
        VadSettings half = VadSettings.from(SessionState.defaultTurnDetection("server_vad"));
        assertEquals(Math.pow(10, -35 / 20.0), half.rmsThreshold(), 1e-9);
        assertEquals(600, VadSettings.from(SessionState.defaultTurnDetection("semantic_vad")).silenceDurationMs);
    }
}
