package io.gptrealtime.examples.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.usage.SessionStats;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.Turn;
import io.gptrealtime.simulator.Usage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The live call console: a web page with the live calls, their running transcripts, tool calls and a cost ticker,
 * fed by Server-Sent Events from a Camel route that consumes the agent's events. A button starts a call: a recorded
 * caller asks for the opening hours, the model calls a tool, then answers.
 * <p>
 * Without an OpenAI key it runs against the Realtime simulator with scripted usage, so the costs are known.
 */
public final class LiveCallConsole implements AutoCloseable {

    public static final String AGENT = "console";
    static final String SIMULATOR_KEY = "sk-simulator-console";
    static final String QUESTION = "Hello. What are your opening hours on Saturday?";
    static final String ANSWER = "On Saturday we are open from nine in the morning until one in the afternoon.";
    static final String TOOL = "lookup_opening_hours";
    static final String TOOL_OUTPUT = "{\"day\":\"saturday\",\"open\":\"09:00\",\"close\":\"13:00\"}";
    static final String TOOLS = "[{\"type\":\"function\",\"name\":\"" + TOOL + "\",\"description\":\"Opening hours"
                                + " of the bakery on a day of the week\",\"parameters\":{\"type\":\"object\","
                                + "\"properties\":{\"day\":{\"type\":\"string\"}},\"required\":[\"day\"]}}]";
    /**
     * The simulated model's usage. On gpt-realtime-2 (text 4/0.40/24, audio 32/0.40/64 USD per 1M tokens) the tool
     * call costs 400·4 + 43·32 + 12·24 = 3,264 µ$ and the answer (520-384)·4 + 384·0.4 + 43·32 + 20·24 + 110·64 =
     * 9,593.6 µ$: 0.0128576 USD for the call.
     */
    static final Usage TOOL_CALL_USAGE = Usage.builder().inputTextTokens(400).inputAudioTokens(43)
            .outputTextTokens(12).build();
    static final Usage ANSWER_USAGE = Usage.builder().inputTextTokens(520).cachedTextTokens(384).inputAudioTokens(43)
            .outputTextTokens(20).outputAudioTokens(110).build();
    static final String CALL_COST = "0.0128576";

    private final CamelContext context;
    private final RealtimeSimulator simulator;
    private final CallEventHub hub = new CallEventHub();
    private final int port;

    private LiveCallConsole(CamelContext context, RealtimeSimulator simulator, int port) {
        this.context = context;
        this.simulator = simulator;
        this.port = port;
    }

    /**
     * Starts the console on 127.0.0.1:{@code port} (0 for any free port). With a null {@code openAiKey} the calls go
     * to a simulator started here.
     */
    public static LiveCallConsole start(int port, String openAiKey) throws Exception {
        RealtimeSimulator simulator = null;
        if (openAiKey == null || openAiKey.isBlank()) {
            simulator = RealtimeSimulator.builder().apiKey(SIMULATOR_KEY).scenario(scenario()).build();
            simulator.start();
        }
        int httpPort = port == 0 ? freePort() : port;
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("live-call-console");
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(httpPort);
        context.addService(new VertxPlatformHttpServer(http));
        GptRealtimeComponent gpt = context.getComponent("gpt-realtime", GptRealtimeComponent.class);
        gpt.getConfiguration().setApiKey(simulator != null ? SIMULATOR_KEY : openAiKey);
        if (simulator != null) {
            gpt.getConfiguration().setBaseUrl(simulator.baseUrl());
        }
        gpt.getConfiguration().setInputTranscriptionModel("gpt-transcribe");
        gpt.getConfiguration().setVoice("marin");
        gpt.getConfiguration().setInstructions("You are the receptionist of a small bakery. Use the tools for facts."
                                               + " Answer in one short sentence.");
        gpt.getConfiguration().setTools(TOOLS);
        LiveCallConsole console = new LiveCallConsole(context, simulator, httpPort);
        context.addRoutes(console.routes());
        try {
            context.start();
        } catch (Exception e) {
            console.close();
            throw e;
        }
        return console;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    public CamelContext context() {
        return context;
    }

    @Override
    public void close() {
        hub.closeAll();
        context.stop();
        if (simulator != null) {
            try {
                simulator.close();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot stop the Realtime simulator", e);
            }
        }
    }

    static Scenario scenario() {
        return Scenario.builder()
                .turn(Turn.builder().userTranscript(QUESTION)
                        .reply(Reply.builder().functionCall(TOOL, "{\"day\":\"saturday\"}").usage(TOOL_CALL_USAGE)
                                .build())
                        .followUp(Reply.builder().message(ANSWER, AudioSource.wav(resourceFile("/demo/answer.wav")))
                                .usage(ANSWER_USAGE).build())
                        .build())
                .build();
    }

    private RouteBuilder routes() throws IOException {
        String page = resourceText("/console/index.html");
        byte[] question = resourceBytes("/demo/question.wav");
        AtomicInteger calls = new AtomicInteger();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:/?httpMethodRestrict=GET").routeId("console-page")
                        .setHeader(Exchange.CONTENT_TYPE, constant("text/html; charset=utf-8"))
                        .setBody(constant(page));

                // Server-Sent Events: the body is a stream that platform-http writes as it fills
                from("platform-http:/api/events?httpMethodRestrict=GET").routeId("console-sse")
                        .process(e -> {
                            InputStream stream = hub.subscribe();
                            if (stream == null) {
                                e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 503);
                                e.getMessage().setBody("too many consoles open");
                                return;
                            }
                            e.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/event-stream");
                            e.getMessage().setHeader("Cache-Control", "no-cache");
                            e.getMessage().setBody(stream);
                        });

                from("platform-http:/api/calls?httpMethodRestrict=POST").routeId("console-start-call")
                        .process(e -> e.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY,
                                "call-" + calls.incrementAndGet()))
                        .wireTap("seda:caller")
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setBody(simple("{\"key\":\"${header." + GptRealtimeConstants.SESSION_KEY + "}\"}"));

                // the caller: a recorded question, streamed at phone pace; server VAD ends the turn
                from("seda:caller").routeId("console-caller")
                        .setBody(constant(question))
                        .to("gpt-realtime:" + AGENT + "?audioPacing=realtime&chunkMs=20");

                from("gpt-realtime:" + AGENT + "?events=session.created,"
                     + "conversation.item.input_audio_transcription.completed,response.output_audio_transcript.done,"
                     + "response.output_text.done,response.function_call_arguments.done,response.done,session.closed")
                        .routeId("console-call-events")
                        .process(e -> {
                            String json = CallEvents.toJson(e.getMessage());
                            if (json != null) {
                                hub.publish(json);
                            }
                        })
                        .choice()
                            .when(header(GptRealtimeConstants.EVENT_TYPE)
                                    .isEqualTo("response.function_call_arguments.done"))
                                .setHeader("ConsoleToolStart", () -> System.nanoTime())
                                .to("seda:tool")
                            .when(e -> "response.done".equals(e.getMessage()
                                    .getHeader(GptRealtimeConstants.EVENT_TYPE)) && CallEvents.isAnswer(e.getMessage()))
                                .to("seda:hangup");

                // the tool, off the session's event thread; its latency goes into the call's account
                from("seda:tool").routeId("console-tool")
                        .process(e -> {
                            String callId = e.getMessage().getHeader(GptRealtimeConstants.CALL_ID, String.class);
                            e.getMessage().setBody("{\"type\":\"conversation.item.create\",\"item\":{\"type\":"
                                                   + "\"function_call_output\",\"call_id\":\"" + callId
                                                   + "\",\"output\":" + jsonString(TOOL_OUTPUT) + "}}");
                        })
                        .to("gpt-realtime:" + AGENT + "?operation=sendEvent")
                        .process(e -> {
                            String key = e.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY, String.class);
                            String name = e.getMessage().getHeader(GptRealtimeConstants.TOOL_NAME, String.class);
                            long nanos = System.nanoTime() - e.getMessage().getHeader("ConsoleToolStart", Long.class);
                            RealtimeSession session = getContext().getComponent("gpt-realtime",
                                    GptRealtimeComponent.class).getEngine().agent(AGENT).session(key);
                            SessionStats stats = SessionStats.of(session);
                            if (stats != null) {
                                stats.recordToolLatency(name, nanos);
                            }
                            hub.publish(CallEvents.toolResult(key, name, TOOL_OUTPUT, nanos / 1_000_000));
                            // a body would be taken as the response's parameters
                            e.getMessage().setBody(null);
                        })
                        .to("gpt-realtime:" + AGENT + "?operation=createResponse");

                // hang up once the answer has been given
                from("seda:hangup").routeId("console-hangup")
                        .delay(300)
                        .to("gpt-realtime:" + AGENT + "?operation=close");
            }
        };
    }

    static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = LiveCallConsole.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static String resourceText(String name) throws IOException {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    /** The simulator reads WAV replies from files: copy the bundled answer out of the jar once. */
    private static java.nio.file.Path resourceFile(String name) {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("console-answer", ".wav");
            f.toFile().deleteOnExit();
            java.nio.file.Files.write(f, resourceBytes(name));
            return f;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
