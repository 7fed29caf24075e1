package io.gptrealtime.camel.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.tools.ToolCall;
import io.gptrealtime.camel.tools.ToolCallListener;
import io.gptrealtime.camel.tools.ToolOutcome;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Tool dispatch overhead of the component, measured on a live session against the simulator: from the moment the
 * session read response.function_call_arguments.done to the first processor of the tool route ("in"), and from the
 * route's last processor to the function_call_output queued on the socket ("out"). The simulator answers every
 * response with another call, so calls run back to back; the first {@code warmup} are not counted.
 * <p>
 * {@code mvn -B -q -pl camel-gpt-realtime -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.gptrealtime.camel.bench.ToolDispatchBenchmark [-Dexec.args="calls warmup"]}
 * <p>
 * A harness main, not a JMH benchmark: the overheads are hops between threads of one live session (socket reader,
 * tool pool, route), which JMH's single-threaded loops cannot reproduce.
 */
public final class ToolDispatchBenchmark {

    private ToolDispatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long[] in = new long[calls];
        long[] out = new long[calls];
        AtomicInteger seen = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(1);
        Map<String, Long> routeStart = new ConcurrentHashMap<>();
        Map<String, Long> routeEnd = new ConcurrentHashMap<>();

        Scenario loop = Scenario.builder()
                .fallbackReply(Reply.builder().functionCall("echo", "{\"n\":1}").build())
                .build();
        try (RealtimeSimulator sim = RealtimeSimulator.builder().apiKey("sk-bench").scenario(loop).build().start()) {
            CamelContext context = new DefaultCamelContext();
            GptRealtimeComponent component = new GptRealtimeComponent();
            component.getConfiguration().setApiKey("sk-bench");
            component.getConfiguration().setBaseUrl(sim.baseUrl());
            context.addComponent("gpt-realtime", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("gpt-realtime:bench?tool=echo&parameter.n=integer")
                            .process(e -> routeStart.put(e.getMessage().getHeader(GptRealtimeConstants.CALL_ID,
                                    String.class), System.nanoTime()))
                            .setBody(simple("{\"echo\":${body[n]}}"))
                            .process(e -> routeEnd.put(e.getMessage().getHeader(GptRealtimeConstants.CALL_ID,
                                    String.class), System.nanoTime()));
                }
            });
            context.start();
            component.getToolRuntime().addCallListener(new ToolCallListener() {
                @Override
                public void onCallAnswered(ToolCall call, ToolOutcome outcome, long sentNanos) {
                    Long start = routeStart.remove(call.callId());
                    Long end = routeEnd.remove(call.callId());
                    if (outcome != ToolOutcome.COMPLETED || start == null || end == null) {
                        return;
                    }
                    int n = seen.getAndIncrement() - warmup;
                    if (n >= 0 && n < calls) {
                        in[n] = start - call.receivedNanos();
                        out[n] = sentNanos - end;
                        if (n == calls - 1) {
                            finished.countDown();
                        }
                    }
                }
            });
            long t0 = System.nanoTime();
            context.createProducerTemplate().sendBodyAndHeader("gpt-realtime:bench?operation=sendText", "Go.",
                    GptRealtimeConstants.SESSION_KEY, "bench");
            if (!finished.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("only " + seen.get() + " calls in 10 minutes");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            context.stop();
            System.out.printf("tool dispatch overhead over %d calls (after %d warm-up), %.0f calls/s end to end%n",
                    calls, warmup, (calls + warmup) / seconds);
            print("arguments done -> route start", in);
            print("route end -> output sent     ", out);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s  p50 %8.1f us   p99 %8.1f us   max %8.1f us%n", what,
                sorted[sorted.length / 2] / 1e3, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e3,
                sorted[sorted.length - 1] / 1e3);
    }
}
