package io.gptrealtime.camel.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Pcm16Test {

    @Test
    void littleEndianOrderAndSign() {
        byte[] bytes = { 0x34, 0x12, (byte) 0xFF, (byte) 0xFF, 0x00, (byte) 0x80, (byte) 0xFF, 0x7F };
        assertArrayEquals(new short[] { 0x1234, -1, Short.MIN_VALUE, Short.MAX_VALUE }, Pcm16.toShorts(bytes));
        assertArrayEquals(bytes, Pcm16.toBytes(new short[] { 0x1234, -1, Short.MIN_VALUE, Short.MAX_VALUE }));
    }

    @Test
    void offsetsAndLengths() {
        short[] samples = Signals.noise(3, 100);
        byte[] bytes = new byte[210];
        assertEquals(160, Pcm16.toBytes(samples, 20, 80, bytes, 10));
        short[] back = new short[90];
        assertEquals(80, Pcm16.toShorts(bytes, 10, 160, back, 5));
        for (int i = 0; i < 80; i++) {
            assertEquals(samples[20 + i], back[5 + i]);
        }
        assertEquals(0, bytes[0]);
        assertEquals(0, bytes[170]);
    }

    @Test
    void rejectsOddByteCountsAndBadRanges() {
        assertThrows(IllegalArgumentException.class, () -> Pcm16.toShorts(new byte[3]));
        assertThrows(IndexOutOfBoundsException.class, () -> Pcm16.toShorts(new byte[4], 2, 4, new short[2], 0));
        assertThrows(IndexOutOfBoundsException.class, () -> Pcm16.toBytes(new short[4], 0, 4, new byte[7], 0));
    }
}
