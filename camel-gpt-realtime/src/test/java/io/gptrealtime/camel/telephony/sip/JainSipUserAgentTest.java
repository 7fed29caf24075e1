package io.gptrealtime.camel.telephony.sip;

import java.time.Duration;
import java.util.List;

import io.gptrealtime.camel.telephony.GatewayRoutes;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * Stopping the user agent ends every thread its SIP stack started. JAIN-SIP's event thread is not a daemon and its
 * stop only sets a flag the thread reads after its next event; left blocked, it kept the JVM of an application whose
 * routes had stopped from exiting.
 */
class JainSipUserAgentTest {

    @Test
    void closingLeavesNoSipEventThreadBehind() throws Exception {
        long before = eventThreads();
        JainSipUserAgent agent = new JainSipUserAgent("127.0.0.1", GatewayRoutes.freePort(), List.of("udp", "tcp"));
        agent.start(call -> call.reject(603, "Decline"));
        await().atMost(Duration.ofSeconds(5)).until(() -> eventThreads() == before + 1);
        agent.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> eventThreads() == before);
    }

    private static long eventThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && "EventScannerThread".equals(t.getName())).count();
    }
}
