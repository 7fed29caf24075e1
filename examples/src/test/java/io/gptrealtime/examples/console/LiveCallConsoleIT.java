package io.gptrealtime.examples.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The live call console in a real browser: headless Debian chromium, driven by playwright-core
 * (examples/console-test/console.test.mjs), clicks "Start simulated call" and reads what the page shows while the
 * simulated caller asks, the model calls a tool and answers. Leaves target/console/live-call-console.png.
 */
class LiveCallConsoleIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void aSimulatedCallShowsTranscriptToolCallsAndCostInTheBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Skipped: /usr/bin/chromium is not installed (apt-get install"
                                                 + " chromium; .ci/run installs it), so the browser test cannot run");
        Path testDir = Path.of(System.getProperty("console.test.dir", "console-test")).toAbsolutePath();
        installNodeModules(testDir);
        Path shots = Path.of(System.getProperty("console.screenshot.dir", "target/console")).toAbsolutePath();
        Files.createDirectories(shots);
        Path png = shots.resolve("live-call-console.png");
        Files.deleteIfExists(png);

        JsonNode page;
        try (LiveCallConsole console = LiveCallConsole.start(0, null)) {
            String out = run(testDir, 180, "node", "console.test.mjs", console.url(), png.toString());
            page = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElse("{}"));
        }

        assertTrue(page.path("errors").isEmpty(), "no script errors in the page: " + page.path("errors"));
        assertTrue(page.path("sawLiveTranscript").asBoolean());
        List<String> lines = new ArrayList<>();
        page.path("transcript").forEach(l -> lines.add(l.path("role").asText() + ": " + l.path("text").asText()));
        assertEquals(List.of("user: " + LiveCallConsole.QUESTION, "assistant: " + LiveCallConsole.ANSWER), lines);
        List<String> tools = new ArrayList<>();
        page.path("tools").forEach(t -> tools.add(t.asText()));
        assertEquals(2, tools.size(), tools::toString);
        assertEquals(LiveCallConsole.TOOL + "({\"day\":\"saturday\"})", tools.get(0));
        assertTrue(tools.get(1).startsWith("→ " + LiveCallConsole.TOOL_OUTPUT), tools.get(1));
        // the cost ticker: 0.0128576 USD from the scripted usage blocks at gpt-realtime-2 list prices
        assertEquals("$0.0129", page.path("ticker").asText());
        assertEquals("$" + LiveCallConsole.CALL_COST + " exactly", page.path("tickerExact").asText());
        JsonNode row = page.path("calls").get(0);
        assertEquals("call-1", row.get(0).asText());
        assertEquals("ended", row.get(1).asText());
        assertEquals("1", row.get(3).asText(), "turns");
        assertEquals("1", row.get(4).asText(), "tool calls");

        assertTrue(Files.size(png) > 10_000, "screenshot " + png + " has " + Files.size(png) + " bytes");
        byte[] magic = new byte[8];
        try (InputStream in = Files.newInputStream(png)) {
            assertEquals(8, in.read(magic));
        }
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, magic);
    }

    /** playwright-core from the committed lock file; .ci/run does this too, a developer's first run does it here. */
    static void installNodeModules(Path dir) throws Exception {
        if (!Files.isDirectory(dir.resolve("node_modules/playwright-core"))) {
            run(dir, 300, "npm", "ci", "--no-audit", "--no-fund");
        }
    }

    /** Runs a command, returns its standard output; fails with both outputs when it fails or hangs. */
    static String run(Path dir, int timeoutSeconds, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread o = drain(p.getInputStream(), out);
        Thread e = drain(p.getErrorStream(), err);
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        o.join(5000);
        e.join(5000);
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(done, String.join(" ", command) + " did not finish in " + timeoutSeconds + " s\n" + stdout + stderr);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + stdout + "\n" + stderr);
        return stdout;
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(to);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
