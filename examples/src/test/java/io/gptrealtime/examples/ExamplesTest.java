package io.gptrealtime.examples;

import java.nio.file.Files;
import java.nio.file.Path;

import io.gptrealtime.camel.audio.PcmAudio;
import io.gptrealtime.camel.audio.WavReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples run offline, as the README says, and produce what they promise. */
@DisabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+", disabledReason = "offline examples only")
class ExamplesTest {

    @Test
    void theDemoWritesTheSpokenAnswer() throws Exception {
        Path dir = Path.of("target/examples-test/demo").toAbsolutePath();
        System.setProperty("demo.dir", dir.toString());
        DemoMain.main(new String[0]);
        PcmAudio reply = WavReader.readPcm(dir.resolve("out/question-reply.wav"));
        assertEquals(24_000, reply.sampleRate());
        assertEquals(4117, reply.durationMs(), 1);
    }

    @Test
    void theVoicemailExampleAnswersEveryMessage() throws Exception {
        Path dir = Path.of("target/examples-test/vm").toAbsolutePath();
        System.setProperty("demo.dir", dir.toString());
        VoicemailMain.main(new String[0]);
        Path out = dir.resolve("voicemail/outbox");
        for (String m : VoicemailMain.MESSAGES) {
            String txt = Files.readString(out.resolve(m + ".txt"));
            assertTrue(txt.contains("transcript: ") && txt.contains("summary: "), txt);
            assertTrue(WavReader.readPcm(out.resolve(m + "-reply.wav")).durationMs() > 1000);
        }
        assertTrue(Files.readString(out.resolve("anna-berg.txt")).contains("order 1234"));
        assertTrue(Files.exists(dir.resolve("voicemail/inbox/.done/tom.wav")), "processed messages are moved");
    }
}
