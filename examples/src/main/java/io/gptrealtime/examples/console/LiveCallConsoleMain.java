package io.gptrealtime.examples.console;

import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the live call console until Ctrl-C: {@code mvn -B -q -Pconsole -pl examples -am package -DskipTests}, then open
 * the printed URL. Port from {@code -Dconsole.port} (default 8080). With OPENAI_API_KEY set the calls go to OpenAI.
 */
public final class LiveCallConsoleMain {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCallConsoleMain.class);

    private LiveCallConsoleMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("console.port", 8080);
        String key = System.getenv("OPENAI_API_KEY");
        CountDownLatch stop = new CountDownLatch(1);
        try (LiveCallConsole console = LiveCallConsole.start(port, key)) {
            LOG.info("Live call console at {} ({}); Ctrl-C to stop", console.url(),
                    key == null || key.isBlank() ? "offline, against the Realtime simulator" : "talking to OpenAI");
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "console-stop"));
            stop.await();
        }
    }
}
