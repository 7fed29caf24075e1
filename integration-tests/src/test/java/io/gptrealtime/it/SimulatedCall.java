package io.gptrealtime.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;

import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;

/** The scripted call the end-to-end tests share: a spoken question (real speech) and a spoken answer. */
final class SimulatedCall {

    static final String KEY = "sk-it-0000";
    static final String QUESTION = "Hello. What are your opening hours on Saturday?";
    static final String ANSWER = "On Saturday we are open from nine in the morning until one in the afternoon.";

    private SimulatedCall() {
    }

    static Scenario scenario() {
        return Scenario.builder()
                .turn(QUESTION, Reply.say(ANSWER, AudioSource.wav(resource("audio/answer.wav"))))
                .build();
    }

    static Path resource(String name) {
        try {
            return Path.of(SimulatedCall.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = SimulatedCall.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
