package io.gptrealtime.camel.resilience;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reduced run of the fault-injection suite in the normal test command; the full count runs from its main. */
class FaultInjectionTest {

    @Test
    void sessionsSurviveInjectedFaultsWithoutLosingOrRepeatingAnything() throws Exception {
        FaultInjectionRun.Result r = new FaultInjectionRun(40, 2_000).run();
        System.out.println("[fault-injection] " + r.toString().replace("\n", " | "));
        assertTrue(r.faults() >= 40, r.toString());
        assertEquals(0, r.transcriptsLost(), r.toString());
        assertEquals(0, r.transcriptsDuplicated(), r.toString());
        assertEquals(0, r.toolResultsDuplicated(), r.toString());
        assertEquals(0, r.toolResultsMissing(), r.toString());
        assertEquals(r.sessions(), r.sessionsContinued(), "every session was still open after its faults: " + r);
        assertTrue(r.reconnects() > 0, r.toString());
    }
}
