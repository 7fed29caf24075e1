package io.gptrealtime.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.Turn;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voicemail example (routes/voicemail.camel.yaml): a folder of WAV messages in; for each, a transcript, a summary
 * and a spoken reply WAV out. Without OPENAI_API_KEY it runs offline against the simulator, which scripts what the
 * "model" hears and says for each message (it does not recognise speech).
 * <p>
 * {@code mvn -B -q -Pdemo -Ddemo.mainClass=io.gptrealtime.examples.VoicemailMain -pl examples -am package -DskipTests}
 */
public final class VoicemailMain {

    private static final Logger LOG = LoggerFactory.getLogger(VoicemailMain.class);
    static final List<String> MESSAGES = List.of("anna-berg", "tom");

    private VoicemailMain() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("demo.dir", "target/demo")).toAbsolutePath().resolve("voicemail");
        Path inbox = work.resolve("inbox");
        Path outbox = work.resolve("outbox");
        Files.createDirectories(inbox);
        Files.createDirectories(outbox);
        for (String m : MESSAGES) {
            copy("/voicemail/inbox/" + m + ".wav", inbox.resolve(m + ".wav"));
        }
        Main main = new Main();
        RealtimeSimulator simulator = null;
        String apiKey = System.getenv("OPENAI_API_KEY");
        if (apiKey == null || apiKey.isBlank()) {
            Path reply = copy("/voicemail/reply.wav", work.resolve("reply.wav"));
            AudioSource spoken = AudioSource.wav(reply);
            String replyText = "Thank you for your message. We are looking into it and will call you back today.";
            simulator = RealtimeSimulator.builder().apiKey(DemoMain.SIMULATOR_KEY)
                    .sessionScenarios(List.of(
                            Scenario.builder()
                                    .turn("Hi, this is Anna Berg. My order 1234 has not arrived yet. Please call me back.",
                                            Reply.say(replyText, spoken))
                                    .turn(Turn.builder().reply(Reply.builder()
                                            .message("Anna Berg reports that order 1234 has not arrived and asks for a"
                                                     + " call back.").build()).build())
                                    .build(),
                            Scenario.builder()
                                    .turn("Hello, Tom here. I would like to move my appointment from Tuesday to"
                                          + " Thursday morning.", Reply.say(replyText, spoken))
                                    .turn(Turn.builder().reply(Reply.builder()
                                            .message("Tom wants to move his appointment from Tuesday to Thursday"
                                                     + " morning.").build()).build())
                                    .build()))
                    .build();
            simulator.start();
            LOG.info("OPENAI_API_KEY is not set: running offline against the Realtime simulator at {}",
                    simulator.baseUrl());
            main.addInitialProperty("camel.component.gpt-realtime.base-url", simulator.baseUrl());
            main.addInitialProperty("simulator.api-key", DemoMain.SIMULATOR_KEY);
            main.addInitialProperty("camel.component.gpt-realtime.api-key", "{{simulator.api-key}}");
        }
        main.addInitialProperty("voicemail.inbox", inbox.toString());
        main.addInitialProperty("voicemail.outbox", outbox.toString());
        main.addInitialProperty("camel.main.routes-include-pattern", "classpath:routes/voicemail.camel.yaml");
        main.addInitialProperty("camel.main.duration-max-messages", String.valueOf(MESSAGES.size()));
        main.addInitialProperty("camel.main.duration-max-seconds", "300");
        try {
            main.run();
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
        for (String m : MESSAGES) {
            Path txt = outbox.resolve(m + ".txt");
            if (!Files.exists(txt) || !Files.exists(outbox.resolve(m + "-reply.wav"))) {
                throw new IllegalStateException("No result for voicemail " + m + " in " + outbox);
            }
            LOG.info("{}:\n{}", m, Files.readString(txt));
        }
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = VoicemailMain.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing resource " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
