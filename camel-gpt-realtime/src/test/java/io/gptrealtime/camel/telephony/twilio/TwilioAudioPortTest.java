package io.gptrealtime.camel.telephony.twilio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the caller heard on a Twilio stream: acknowledged marks plus the played part of the chunk after them. */
class TwilioAudioPortTest {

    private long now;
    private final List<String> sent = new ArrayList<>();
    private final TwilioAudioPort port = new TwilioAudioPort("MZ1", sent::add, () -> now);

    private void at(long ms) {
        now = TimeUnit.MILLISECONDS.toNanos(ms);
    }

    private List<String> marks() {
        List<String> names = new ArrayList<>();
        for (String s : sent) {
            if (s.contains("\"event\":\"mark\"")) {
                int i = s.indexOf("\"name\":\"") + 8;
                names.add(s.substring(i, s.indexOf('"', i)));
            }
        }
        return names;
    }

    @Test
    void theChunkAfterTheLastMarkCountsAsItPlaysButNeverPastItsEnd() {
        at(1000);
        port.write("item_1", new byte[2400], 0, 2400); // 300 ms in three 100 ms chunks, all queued at Twilio
        assertEquals(300, port.receivedMs("item_1"));
        at(1060);
        assertEquals(60, port.heardMs("item_1"), "the first chunk is playing");
        at(1100);
        port.onMark(marks().get(0));
        at(1140);
        assertEquals(140, port.heardMs("item_1"), "100 acknowledged + 40 of the second chunk");
        at(1290);
        assertEquals(200, port.heardMs("item_1"), "a late acknowledgement: at most the chunk after the mark");
        port.onMark(marks().get(2));
        assertEquals(300, port.heardMs("item_1"), "everything acknowledged");
    }

    @Test
    void audioSentAfterAGapStartsPlayingWhenItArrivesAndAClearStopsTheEstimate() {
        at(0);
        port.write("item_1", new byte[800], 0, 800);
        at(100);
        port.onMark(marks().get(0));
        at(5000); // silence, then more audio of the same item
        port.write("item_1", new byte[800], 0, 800);
        at(5030);
        assertEquals(130, port.heardMs("item_1"), "played from its sending, not from the old acknowledgement");
        assertTrue(port.clear() > 0);
        at(5090);
        assertEquals(130, port.heardMs("item_1"), "what played until the clear counts, nothing after it");
        port.onMark(marks().get(1)); // Twilio returns the cleared mark: no more than that was heard
        assertEquals(130, port.heardMs("item_1"));
    }

    @Test
    void anotherItemsChunkDoesNotCountForThisOne() {
        at(0);
        port.write("item_1", new byte[800], 0, 800);
        port.write("item_2", new byte[800], 0, 800);
        at(100);
        port.onMark(marks().get(0));
        at(150);
        assertEquals(100, port.heardMs("item_1"));
        assertEquals(50, port.heardMs("item_2"));
    }
}
