package io.gptrealtime.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main demo: a spoken question (WAV) goes to the agent as one turn; the answer's transcript is printed and its
 * audio written as WAV. Without OPENAI_API_KEY it starts the Realtime simulator on 127.0.0.1 and runs offline.
 * <p>
 * Folders: {@code demo.input} (default target/demo/in, seeded with question.wav) and {@code demo.output}
 * (default target/demo/out).
 */
public final class DemoMain {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMain.class);
    /** The key the offline simulator expects; any string works, it only proves the key is sent. */
    static final String SIMULATOR_KEY = "sk-simulator-demo";
    static final String QUESTION_TRANSCRIPT = "Hello. What are your opening hours on Saturday?";
    static final String ANSWER_TRANSCRIPT = "On Saturday we are open from nine in the morning until one in the afternoon.";

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("demo.dir", "target/demo")).toAbsolutePath();
        Path in = work.resolve("in");
        Path out = work.resolve("out");
        Files.createDirectories(in);
        Files.createDirectories(out);
        copyResource("/demo/question.wav", in.resolve("question.wav"));

        String apiKey = System.getenv("OPENAI_API_KEY");
        RealtimeSimulator simulator = null;
        Main main = new Main();
        if (apiKey == null || apiKey.isBlank()) {
            Path answer = copyResource("/demo/answer.wav", work.resolve("answer.wav"));
            simulator = RealtimeSimulator.builder()
                    .apiKey(SIMULATOR_KEY)
                    .scenario(Scenario.builder()
                            .turn(QUESTION_TRANSCRIPT, Reply.say(ANSWER_TRANSCRIPT, AudioSource.wav(answer)))
                            .build())
                    .build();
            simulator.start();
            LOG.info("OPENAI_API_KEY is not set: running offline against the Realtime simulator at {}",
                    simulator.baseUrl());
            main.addInitialProperty("camel.component.gpt-realtime.base-url", simulator.baseUrl());
            // through a placeholder, as a real key should be configured
            main.addInitialProperty("simulator.api-key", SIMULATOR_KEY);
            main.addInitialProperty("camel.component.gpt-realtime.api-key", "{{simulator.api-key}}");
        } else {
            LOG.info("OPENAI_API_KEY is set: talking to OpenAI");
        }
        main.addInitialProperty("demo.input", in.toString());
        main.addInitialProperty("demo.output", out.toString());
        main.addInitialProperty("camel.main.routes-include-pattern", "classpath:routes/demo.camel.yaml");
        main.addInitialProperty("camel.main.duration-max-messages", "1");
        main.addInitialProperty("camel.main.duration-max-seconds", "180");
        main.addInitialProperty("camel.main.name", "gpt-realtime-demo");
        try {
            main.run();
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
        Path reply = out.resolve("question-reply.wav");
        if (!Files.exists(reply)) {
            throw new IllegalStateException("The demo produced no reply: " + reply + " is missing");
        }
        LOG.info("Done: {} ({} bytes)", reply, Files.size(reply));
    }

    private static Path copyResource(String name, Path target) throws IOException {
        try (InputStream s = DemoMain.class.getResourceAsStream(name)) {
            if (s == null) {
                throw new IOException("Missing resource " + name);
            }
            Files.copy(s, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
