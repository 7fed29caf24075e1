package io.gptrealtime.camel.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatNegotiationTest {

    @Test
    void g711OnBothSidesPassesThrough() {
        FormatNegotiation n = FormatNegotiation.negotiate(AudioFormat.PCMU_8K, AudioFormat.PCMU_8K);
        assertEquals(AudioFormat.PCMU_8K, n.input());
        assertEquals(AudioFormat.PCMU_8K, n.output());
        assertFalse(n.convertsInput());
        assertFalse(n.convertsOutput());
        FormatNegotiation a = FormatNegotiation.negotiate(AudioFormat.PCMA_8K, AudioFormat.PCMA_8K);
        assertEquals(AudioFormat.PCMA_8K, a.input());
        assertEquals(AudioFormat.PCMA_8K, a.output());
    }

    @Test
    void otherFormatsTravelAs24kPcmAndOnlyThatSideConverts() {
        FormatNegotiation n = FormatNegotiation.negotiate(AudioFormat.pcm16(16_000), AudioFormat.PCMA_8K);
        assertEquals(AudioFormat.REALTIME_PCM, n.input());
        assertTrue(n.convertsInput());
        assertEquals(AudioFormat.PCMA_8K, n.output());
        assertFalse(n.convertsOutput());
        FormatNegotiation p = FormatNegotiation.negotiate(AudioFormat.REALTIME_PCM, AudioFormat.pcm16(48_000));
        assertFalse(p.convertsInput());
        assertTrue(p.convertsOutput());
        assertEquals(AudioFormat.REALTIME_PCM, p.output());
        FormatNegotiation u16 = FormatNegotiation.negotiate(new AudioFormat(AudioEncoding.PCMU, 16_000),
                AudioFormat.REALTIME_PCM);
        assertEquals(AudioFormat.REALTIME_PCM, u16.input(), "G.711 at 16 kHz is not a wire format");
    }
}
