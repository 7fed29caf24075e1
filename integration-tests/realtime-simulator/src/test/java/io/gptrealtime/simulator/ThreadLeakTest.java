package io.gptrealtime.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThreadLeakTest {

    private static List<String> simulatorThreads() {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith(SimulatorServer.THREAD_PREFIX)) {
                names.add(t.getName());
            }
        }
        return names;
    }

    @Test
    void closeReleasesEveryThreadEvenWithOpenSessions() {
        for (int round = 0; round < 5; round++) {
            RealtimeSimulator sim = RealtimeSimulator.builder().build().start();
            List<TestClient> clients = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                clients.add(TestClient.open(sim));
            }
            clients.get(0).send("{\"type\":\"response.create\"}");
            sim.awaitSessions(20, Duration.ofSeconds(5));
            sim.close();
            clients.forEach(TestClient::close);
            assertEquals(List.of(), simulatorThreads(), "after round " + round);
        }
    }
}
