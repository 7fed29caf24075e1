package io.gptrealtime.camel.telephony.rtp;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReorderBufferTest {

    final List<Integer> out = new ArrayList<>();
    final ReorderBuffer buffer = new ReorderBuffer(4);

    void offer(int seq) {
        buffer.offer(seq & 0xffff, new byte[] { (byte) seq }, p -> out.add((int) p[0]));
    }

    @Test
    void inOrderPacketsPassAtOnce() {
        offer(10);
        offer(11);
        assertEquals(List.of(10, 11), out);
        assertEquals(0, buffer.held());
    }

    @Test
    void aSwappedPairIsPutBackInOrder() {
        offer(10);
        offer(12);
        assertEquals(List.of(10), out, "12 waits for 11");
        offer(11);
        assertEquals(List.of(10, 11, 12), out);
        assertEquals(0, buffer.lost());
    }

    @Test
    void aLostPacketIsGivenUpWhenTheWindowFills() {
        offer(10);
        offer(12);
        offer(13);
        assertEquals(List.of(10), out);
        offer(14);
        assertEquals(List.of(10, 12, 13, 14), out);
        assertEquals(1, buffer.lost());
        offer(11);
        assertEquals(List.of(10, 12, 13, 14), out, "too late");
        assertEquals(1, buffer.late());
    }

    @Test
    void flushDeliversWhatWaits() {
        offer(1);
        offer(3);
        buffer.flush(p -> out.add((int) p[0]));
        assertEquals(List.of(1, 3), out);
    }

    @Test
    void sequenceNumbersWrap() {
        offer(0xfffe);
        offer(0x10000); // 0
        offer(0xffff);
        assertEquals(List.of(-2, -1, 0), out.stream().map(i -> (int) (byte) (int) i).toList());
    }

    @Test
    void aJumpRestartsTheStreamAndDuplicatesAreDropped() {
        offer(100);
        offer(100);
        offer(5000);
        offer(5001);
        assertEquals(List.of(100, 5000, 5001).stream().map(i -> (int) (byte) (int) i).toList(), out);
        assertEquals(1, buffer.late());
    }
}
