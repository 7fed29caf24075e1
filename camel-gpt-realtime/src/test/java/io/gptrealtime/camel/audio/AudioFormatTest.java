package io.gptrealtime.camel.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioFormatTest {

    @Test
    void realtimeConstants() {
        assertEquals(new AudioFormat(AudioEncoding.PCM16, 24000), AudioFormat.REALTIME_PCM);
        assertEquals(new AudioFormat(AudioEncoding.PCMU, 8000), AudioFormat.PCMU_8K);
        assertEquals(new AudioFormat(AudioEncoding.PCMA, 8000), AudioFormat.PCMA_8K);
        assertEquals("audio/pcm", AudioFormat.REALTIME_PCM.realtimeType());
        assertEquals("audio/pcmu", AudioFormat.PCMU_8K.realtimeType());
        assertEquals("audio/pcma", AudioFormat.PCMA_8K.realtimeType());
        assertEquals(1, AudioFormat.REALTIME_PCM.channels());
        assertEquals(2, AudioEncoding.PCM16.bytesPerSample());
        assertEquals(1, AudioEncoding.PCMU.bytesPerSample());
        assertEquals(1, AudioEncoding.PCMA.bytesPerSample());
    }

    @Test
    void fromRealtimeTypeAcceptsGaAndBetaNames() {
        assertSame(AudioFormat.REALTIME_PCM, AudioFormat.fromRealtimeType("audio/pcm"));
        assertSame(AudioFormat.PCMU_8K, AudioFormat.fromRealtimeType("audio/pcmu"));
        assertSame(AudioFormat.PCMA_8K, AudioFormat.fromRealtimeType(" Audio/PCMA "));
        assertSame(AudioFormat.REALTIME_PCM, AudioFormat.fromRealtimeType("pcm16"));
        assertSame(AudioFormat.PCMU_8K, AudioFormat.fromRealtimeType("g711_ulaw"));
        assertSame(AudioFormat.PCMA_8K, AudioFormat.fromRealtimeType("g711_alaw"));
        UnsupportedAudioException e = assertThrows(UnsupportedAudioException.class,
                () -> AudioFormat.fromRealtimeType("audio/opus"));
        assertEquals("Realtime audio format type 'audio/opus' is not supported; supported: audio/pcm, audio/pcmu, audio/pcma",
                e.getMessage());
        assertThrows(UnsupportedAudioException.class, () -> AudioFormat.fromRealtimeType(null));
    }

    @Test
    void nonRealtimeFormatsHaveNoWireName() {
        AudioFormat pcm16k = AudioFormat.pcm16(16000);
        assertFalse(pcm16k.isRealtimeFormat());
        assertTrue(AudioFormat.PCMU_8K.isRealtimeFormat());
        IllegalStateException e = assertThrows(IllegalStateException.class, pcm16k::realtimeType);
        assertTrue(e.getMessage().startsWith("PCM16 16000 Hz mono is not a Realtime API format"), e.getMessage());
    }

    @Test
    void sizesAndDurations() {
        assertEquals(48.0, AudioFormat.REALTIME_PCM.bytesPerMs());
        assertEquals(8.0, AudioFormat.PCMU_8K.bytesPerMs());
        assertEquals(44.1, AudioFormat.pcm16(22050).bytesPerMs(), 1e-12);
        assertEquals(1000, AudioFormat.REALTIME_PCM.durationMs(48000));
        assertEquals(20, AudioFormat.PCMU_8K.durationMs(160));
        assertEquals(0, AudioFormat.REALTIME_PCM.durationMs(47)); // less than one ms
        assertEquals(960, AudioFormat.REALTIME_PCM.bytesFor(20));
        assertEquals(160, AudioFormat.PCMA_8K.bytesFor(20));
        assertEquals(882, AudioFormat.pcm16(22050).bytesFor(20)); // 441 whole samples
        assertEquals(0, AudioFormat.pcm16(22050).bytesFor(0));
        assertThrows(IllegalArgumentException.class, () -> AudioFormat.PCMU_8K.bytesFor(-1));
    }

    @Test
    void rejectsImpossibleRates() {
        assertThrows(IllegalArgumentException.class, () -> AudioFormat.pcm16(0));
        assertThrows(IllegalArgumentException.class, () -> AudioFormat.pcm16(AudioFormat.MAX_SAMPLE_RATE + 1));
        assertThrows(NullPointerException.class, () -> new AudioFormat(null, 8000));
    }
}
