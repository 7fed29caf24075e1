package io.gptrealtime.camel.bench;

import java.time.Duration;

import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.Pace;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;

/**
 * The simulator as the telephony benchmark runs it, in a JVM of its own so that the benchmark's heap and RSS are the
 * component's alone: real-time pace, every response a 440 Hz tone of the given length, per-session recording kept
 * small (the benchmark never looks at it). Prints the base URL, then runs until its standard input closes (the
 * benchmark ended or died).
 * <p>
 * Arguments: {@code replyMs paceFactor}.
 */
public final class BenchSimulator {

    private BenchSimulator() {
    }

    public static void main(String[] args) throws Exception {
        int replyMs = Integer.parseInt(args[0]);
        double paceFactor = Double.parseDouble(args[1]);
        try (RealtimeSimulator sim = RealtimeSimulator.builder().apiKey(TelephonyBenchmark.API_KEY)
                .pace(Pace.REALTIME).paceFactor(paceFactor).maxSessions(4000)
                .maxRecordedEventsPerSession(64).maxRecordedCharsPerSession(64 * 1024)
                .maxKeptAudioBytesPerSession(1).maxConversationItems(64)
                .scenario(Scenario.builder().fallbackReply(Reply.say("Please hold the line.",
                        AudioSource.tone(440, Duration.ofMillis(replyMs)))).build())
                .build().start()) {
            System.out.println(sim.baseUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // the parent holds our standard input open while it needs us
            }
        }
    }
}
