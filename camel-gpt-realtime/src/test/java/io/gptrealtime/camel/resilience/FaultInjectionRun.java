package io.gptrealtime.camel.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.ResponseFunctionCallArgumentsDoneEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.ReconnectPolicy;
import io.gptrealtime.camel.session.SessionListener;
import io.gptrealtime.camel.session.SessionSettings;
import io.gptrealtime.camel.session.SessionState;
import io.gptrealtime.camel.transport.RealtimeUrls;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.FaultAction;
import io.gptrealtime.simulator.FaultRule;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import io.gptrealtime.simulator.Trigger;

/**
 * The fault-injection suite: many sessions against the simulator while it drops sockets mid-response and mid-tool
 * call, closes with error codes, refuses handshakes with 5xx, sends error events, delays, expires sessions and waits on
 * slow tools. It checks what routes received: every turn's answer delivered exactly once, every tool call answered
 * exactly once. Prints its figures; {@link #main} runs the full count (200+ faults).
 * <p>
 * {@code mvn -B -q -pl camel-gpt-realtime exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * "-Dexec.args=-cp %classpath io.gptrealtime.camel.resilience.FaultInjectionRun 220"}
 */
public final class FaultInjectionRun {

    /** What one run found. */
    public record Result(int faults, int sessions, int sessionsContinued, int transcriptsLost,
                         int transcriptsDuplicated, int toolResultsDuplicated, int toolResultsMissing,
                         long reconnects, Map<String, Integer> faultsByKind) {

        @Override
        public String toString() {
            return String.format("faults injected: %d %s%nsessions: %d, continued after their faults: %d, "
                                 + "reconnects: %d%ntranscripts lost: %d, delivered twice: %d%n"
                                 + "tool results duplicated: %d, missing: %d",
                    faults, faultsByKind, sessions, sessionsContinued, reconnects, transcriptsLost,
                    transcriptsDuplicated, toolResultsDuplicated, toolResultsMissing);
        }
    }

    enum Fault {
        DROP_MID_RESPONSE, CLOSE_1011_MID_RESPONSE, ERROR_EVENT, CONNECT_503, SESSION_EXPIRY, DELAY,
        DROP_MID_TOOL_CALL, SLOW_TOOL
    }

    private static final String KEY = "sk-faults";
    private final int targetFaults;
    private final long slowToolMillis;
    private final Random random;

    public FaultInjectionRun(int targetFaults, long slowToolMillis) {
        this(targetFaults, slowToolMillis, 20261126);
    }

    /** The seed picks the faults; the same seed gives the same sequence of faults (timing still varies). */
    public FaultInjectionRun(int targetFaults, long slowToolMillis, long seed) {
        this.targetFaults = targetFaults;
        this.slowToolMillis = slowToolMillis;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int faults = args.length > 0 ? Integer.parseInt(args[0]) : 220;
        long slowTool = args.length > 1 ? Long.parseLong(args[1]) : 30_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261126;
        System.out.println(new FaultInjectionRun(faults, slowTool, seed).run());
    }

    public Result run() throws Exception {
        ExecutorService sockets = Executors.newCachedThreadPool();
        ExecutorService dispatch = Executors.newFixedThreadPool(4);
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        ExecutorService tools = Executors.newCachedThreadPool();
        RealtimeEngine engine = new RealtimeEngine(null, sockets, dispatch, timers);
        Map<String, Integer> byKind = new HashMap<>();
        int faults = 0;
        int sessions = 0;
        int continued = 0;
        int lost = 0;
        int twice = 0;
        int toolDup = 0;
        int toolMissing = 0;
        long reconnects = 0;
        try (RealtimeSimulator talk = RealtimeSimulator.builder().apiKey(KEY)
                .scenario(Scenario.builder().fallbackReply(Reply.say("Here is my answer.",
                        AudioSource.tone(440, Duration.ofMillis(400)))).build()).build().start();
             RealtimeSimulator toolSim = RealtimeSimulator.builder().apiKey(KEY)
                     .scenario(Scenario.builder().fallbackReply(Reply.builder()
                             .functionCall("lookup_order", "{\"order_id\":\"1234\"}").build()).build())
                     .build().start()) {
            Agent agent = engine.agent("faults");
            while (faults < targetFaults) {
                sessions++;
                boolean toolSession = sessions % 3 == 0;
                RealtimeSimulator sim = toolSession ? toolSim : talk;
                sim.reset();
                Tracker tracker = new Tracker();
                agent.addListener(tracker);
                RealtimeSession s = agent.openSession("s" + sessions, 10, () -> settings(sim));
                try {
                    s.whenOpen().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("session " + s.key() + " did not open: " + s.state() + ", "
                                                    + s.reconnects() + " reconnects, simulator sessions "
                                                    + sim.sessions() + ", handshakes " + sim.handshakes().size(), e);
                }
                int sessionFaults = 0;
                for (int turn = 0; turn < 4 && faults < targetFaults; turn++) {
                    Fault fault = pick(toolSession);
                    // no pause after the fault: the next turn races the teardown of a dropped socket on purpose
                    inject(fault, sim);
                    faults++;
                    sessionFaults++;
                    byKind.merge(fault.name(), 1, Integer::sum);
                    if (toolSession) {
                        runToolTurn(s, tracker, tools, fault == Fault.SLOW_TOOL ? slowToolMillis : 0);
                    } else {
                        int[] counts = runTalkTurn(s, tracker, turn);
                        lost += counts[0];
                        twice += counts[1];
                        if (counts[0] + counts[1] > 0) {
                            System.out.println("[fault-injection] " + fault + " in session " + s.key() + " turn "
                                               + turn + ": lost " + counts[0] + ", twice " + counts[1]);
                        }
                    }
                    if (fault == Fault.SESSION_EXPIRY || fault == Fault.CONNECT_503) {
                        awaitOpen(s);
                    }
                }
                if (toolSession) {
                    int[] check = checkToolCalls(sim, tracker);
                    toolDup += check[0];
                    toolMissing += check[1];
                }
                try {
                    awaitOpen(s); // a reconnect started by the last fault may still be under way
                } catch (IllegalStateException e) {
                    System.out.println("[fault-injection] " + e.getMessage());
                }
                if (s.state() == SessionState.OPEN && sessionFaults > 0) {
                    continued++;
                }
                reconnects += s.reconnects();
                agent.removeListener(tracker);
                s.close().get(10, TimeUnit.SECONDS);
            }
        } finally {
            engine.shutdown(5000);
            tools.shutdownNow();
            sockets.shutdown();
            dispatch.shutdown();
            timers.shutdown();
        }
        return new Result(faults, sessions, continued, lost, twice, toolDup, toolMissing, reconnects, byKind);
    }

    private Fault pick(boolean toolSession) {
        if (toolSession) {
            Fault[] f = { Fault.DROP_MID_TOOL_CALL, Fault.DROP_MID_TOOL_CALL, Fault.SLOW_TOOL, Fault.CONNECT_503 };
            Fault chosen = f[random.nextInt(f.length)];
            // the slow tool is expensive: at most one per run in the full count
            return chosen == Fault.SLOW_TOOL && slowToolsUsed.getAndIncrement() > 0 ? Fault.DROP_MID_TOOL_CALL
                    : chosen;
        }
        Fault[] f = { Fault.DROP_MID_RESPONSE, Fault.CLOSE_1011_MID_RESPONSE, Fault.ERROR_EVENT, Fault.CONNECT_503,
                      Fault.SESSION_EXPIRY, Fault.DELAY };
        return f[random.nextInt(f.length)];
    }

    private final AtomicInteger slowToolsUsed = new AtomicInteger();

    private static void inject(Fault fault, RealtimeSimulator sim) {
        SimulatedSession server = sim.lastSession();
        switch (fault) {
            case DROP_MID_RESPONSE -> server.faults()
                    .add(FaultRule.when(Trigger.afterAudioDeltas(2)).then(FaultAction.drop()).times(1));
            case CLOSE_1011_MID_RESPONSE -> server.faults()
                    .add(FaultRule.when(Trigger.afterAudioDeltas(1)).then(FaultAction.close(1011, "internal error"))
                            .times(1));
            case ERROR_EVENT -> server.faults().add(FaultRule.when(Trigger.onClientEvent("response.create"))
                    .then(FaultAction.sendError("server_error", "server_error",
                            "The server had an error while processing your request."))
                    .times(1));
            case CONNECT_503 -> {
                sim.faults().refuseHandshakes(1, 503);
                server.drop();
            }
            case SESSION_EXPIRY -> server.inject(FaultAction.expireSession());
            case DELAY -> server.faults().add(FaultRule.when(Trigger.onClientEvent("response.create"))
                    .then(FaultAction.delayOutbound(Duration.ofMillis(150))).times(1));
            case DROP_MID_TOOL_CALL -> server.faults()
                    .add(FaultRule.when(Trigger.afterServerEvent("response.function_call_arguments.done", 1))
                            .then(FaultAction.drop()).times(1));
            case SLOW_TOOL -> {
                // the tool itself is slow (see runToolTurn); the simulator does nothing unusual
            }
            default -> throw new IllegalStateException(fault.name());
        }
    }

    /** One spoken-answer turn. Returns {lost, delivered twice} for this turn. */
    private static int[] runTalkTurn(RealtimeSession s, Tracker tracker, int turn) throws Exception {
        awaitOpen(s);
        int before = tracker.transcripts.get();
        s.send(new ConversationItemCreateEvent(ConversationItem.userText("Question number " + turn)));
        s.requestResponse(null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (tracker.transcripts.get() == before && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        // give a duplicate the chance to show up
        long settle = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(150);
        while (System.nanoTime() < settle || s.activeResponseId() != null && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int got = tracker.transcripts.get() - before;
        return new int[] { got == 0 ? 1 : 0, Math.max(0, got - 1) };
    }

    /** One tool round: the model calls the tool, we answer every call we are told about exactly once. */
    private static void runToolTurn(RealtimeSession s, Tracker tracker, ExecutorService tools, long toolMillis)
            throws Exception {
        awaitOpen(s);
        int calls = tracker.callsSeen.size();
        s.send(new ConversationItemCreateEvent(ConversationItem.userText("Where is my order?")));
        s.requestResponse(null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (tracker.callsSeen.size() == calls && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        for (String callId : new ArrayList<>(tracker.callsSeen)) {
            if (tracker.answered.putIfAbsent(callId, Boolean.TRUE) == null) {
                tools.submit(() -> {
                    try {
                        if (toolMillis > 0) {
                            Thread.sleep(toolMillis);
                        }
                        s.send(new ConversationItemCreateEvent(ConversationItem.functionCallOutput(callId,
                                "{\"status\":\"shipped\"}")));
                        s.requestResponse(null);
                    } catch (Exception e) {
                        tracker.toolErrors.add(callId + ": " + e);
                    }
                    return null;
                }).get(toolMillis + 15_000, TimeUnit.MILLISECONDS);
            }
        }
        long settle = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
        while (System.nanoTime() < settle) {
            Thread.sleep(5);
        }
    }

    /**
     * {duplicated, missing}: a call answered twice within one server session (a replay seeds each new server session
     * with the outputs it must know, once), or an output our tool produced that no server session ever received.
     */
    private static int[] checkToolCalls(RealtimeSimulator sim, Tracker tracker) throws Exception {
        awaitQuiet(tracker);
        int duplicated = 0;
        Map<String, Integer> seenAnywhere = new HashMap<>();
        for (SimulatedSession server : sim.sessions()) {
            Map<String, Integer> outputs = new HashMap<>();
            for (RecordedEvent e : server.receivedOfType("conversation.item.create")) {
                if ("function_call_output".equals(e.json().path("item").path("type").asText())) {
                    outputs.merge(e.json().path("item").path("call_id").asText(), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> o : outputs.entrySet()) {
                if (o.getValue() > 1) {
                    duplicated++;
                }
                seenAnywhere.merge(o.getKey(), 1, Integer::sum);
            }
        }
        int missing = 0;
        for (String answered : tracker.answered.keySet()) {
            if (!seenAnywhere.containsKey(answered)) {
                missing++;
            }
        }
        missing += tracker.toolErrors.size();
        return new int[] { duplicated, missing };
    }

    /** Lets held events (tool outputs sent during a reconnect) reach the new server session. */
    private static void awaitQuiet(Tracker tracker) throws InterruptedException {
        Thread.sleep(300);
    }

    private static void awaitOpen(RealtimeSession s) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (s.state() != SessionState.OPEN && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (s.state() != SessionState.OPEN) {
            throw new IllegalStateException("session " + s.key() + " did not come back: " + s.state());
        }
    }

    private static SessionSettings settings(RealtimeSimulator sim) {
        RealtimeSessionConfig config = RealtimeSessionConfig.realtime().setModel("gpt-realtime-2");
        config.audioInput().clearTurnDetection();
        return SessionSettings.builder()
                .url(RealtimeUrls.forModel(sim.baseUrl(), "gpt-realtime-2")).apiKey(KEY)
                .initialConfig(config).serverCreatesResponses(false)
                .reconnectPolicy(new ReconnectPolicy(true, 20, 200, 10))
                .connectTimeoutMillis(10_000).closeTimeoutMillis(2_000)
                .build();
    }

    /** What routes of the session received. */
    static final class Tracker implements SessionListener {
        final AtomicInteger transcripts = new AtomicInteger();
        final List<String> callsSeen = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Boolean> answered = new ConcurrentHashMap<>();
        final List<String> toolErrors = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onEvent(RealtimeSession session, ServerEvent event) {
            if (EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE.equals(event.getType())) {
                transcripts.incrementAndGet();
            } else if (event instanceof ResponseFunctionCallArgumentsDoneEvent call) {
                callsSeen.add(call.getCallId());
            }
        }
    }
}
