package io.gptrealtime.it.telephony;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real peers the telephony tests use (sipp, baresip, sox, flite) as processes with a deadline, output kept
 * in a log file for the failure message. A test skips, saying so, only when a binary is not installed; CI installs
 * them (.ci/run).
 */
final class Peer {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private Peer() {
    }

    /** Skips the test unless {@code binary} is on the PATH. */
    static void require(String binary, String debianPackage) {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                found = true;
                break;
            }
        }
        Assumptions.assumeTrue(found, binary + " is not installed (Debian package " + debianPackage
                                      + "; .ci/run installs it): skipping");
    }

    /** The result of a run: exit code and the output it printed. */
    record Run(int exitCode, String output) {
    }

    /** Runs the command in {@code dir}, killing it after {@code timeoutSeconds}. */
    static Run run(Path dir, List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path log = Files.createTempFile(dir, command.get(0), ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return new Run(-1, "timed out after " + timeoutSeconds + " s: " + command + "\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), command + "\n" + Files.readString(log));
    }

    /** Starts a command in the background (for peers that run alongside a test). */
    static Process start(Path dir, List<String> command, Path log) throws IOException {
        Files.createDirectories(dir);
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }

    /** A port free for both UDP and TCP on loopback right now. */
    static int freeUdpTcpPort() throws IOException {
        for (int i = 0; i < 50; i++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, LOOPBACK)) {
                int port = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(port, LOOPBACK)) {
                    return port;
                } catch (IOException e) {
                    // taken for UDP: try another
                }
            }
        }
        throw new IOException("no port free for both UDP and TCP");
    }

    /** A free UDP port whose next two ports are free as well (sipp's media port, +2 for its echo). */
    static int freeUdpPortTriple() throws IOException {
        for (int i = 0; i < 100; i++) {
            int base = 42000 + 2 * ThreadLocalRandom.current().nextInt(4000);
            List<DatagramSocket> held = new ArrayList<>();
            try {
                for (int k = 0; k < 3; k++) {
                    held.add(new DatagramSocket(base + k, LOOPBACK));
                }
                return base;
            } catch (IOException e) {
                // try another base
            } finally {
                held.forEach(DatagramSocket::close);
            }
        }
        throw new IOException("no free UDP port triple");
    }

    /** A random even RTP port range of {@code size} ports in 30000..40000 (RTP sessions skip ports in use). */
    static int[] rtpRange(int size) {
        int min = 30000 + 2 * ThreadLocalRandom.current().nextInt((10000 - size) / 2);
        return new int[] { min, min + size - 1 };
    }
}
