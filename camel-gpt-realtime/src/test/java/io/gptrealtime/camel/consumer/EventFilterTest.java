package io.gptrealtime.camel.consumer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventFilterTest {

    @Test
    void exactPrefixAndAll() {
        EventFilter f = EventFilter.parse(" error, response.output_audio* ,session.created");
        assertTrue(f.accepts("error"));
        assertTrue(f.accepts("response.output_audio.delta"));
        assertTrue(f.accepts("response.output_audio_transcript.done"));
        assertTrue(f.accepts("session.created"));
        assertFalse(f.accepts("response.done"));
        assertFalse(f.accepts("session.updated"));
        assertTrue(EventFilter.parse("*").accepts("anything"));
        assertTrue(EventFilter.parse("").accepts("anything"));
        assertTrue(EventFilter.parse("a,*").accepts("b"));
    }
}
