package io.gptrealtime.simulator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as a program, for the offline demo and manual experiments:
 * <pre>
 * java -cp … io.gptrealtime.simulator.RealtimeSimulatorMain [--port 0] [--host 127.0.0.1]
 *      [--scenario scenario.json] [--pace realtime|burst] [--pace-factor 1.0] [--api-key KEY]
 * </pre>
 * Prints the base URL ({@code http://127.0.0.1:PORT/v1}) as the first line of standard output, then runs until
 * interrupted (Ctrl-C). Without {@code --api-key} any bearer key is accepted.
 */
public final class RealtimeSimulatorMain {

    private RealtimeSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        RealtimeSimulator.Builder builder = RealtimeSimulator.builder().pace(Pace.REALTIME);
        try {
            configure(builder, args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        RealtimeSimulator simulator = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "realtime-sim-shutdown"));
        System.out.println(simulator.baseUrl());
        System.out.flush();
        System.err.println("Realtime simulator listening: " + simulator.wsUrl() + "?model=gpt-realtime-2.1 ("
                + simulator.config().pace().name().toLowerCase(Locale.ROOT) + " pace"
                + (simulator.config().apiKey() == null ? ", any API key" : "") + "). Ctrl-C to stop.");
        stopped.await();
    }

    static void configure(RealtimeSimulator.Builder builder, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port":
                    builder.port(parseInt(value(args, ++i, arg), arg));
                    break;
                case "--host":
                    builder.host(value(args, ++i, arg));
                    break;
                case "--scenario":
                    Path file = Path.of(value(args, ++i, arg));
                    if (!Files.isRegularFile(file)) {
                        throw new IllegalArgumentException("no scenario file at " + file.toAbsolutePath());
                    }
                    builder.scenario(Scenario.fromJson(file));
                    break;
                case "--pace":
                    String pace = value(args, ++i, arg);
                    if ("realtime".equalsIgnoreCase(pace)) {
                        builder.pace(Pace.REALTIME);
                    } else if ("burst".equalsIgnoreCase(pace)) {
                        builder.pace(Pace.BURST);
                    } else {
                        throw new IllegalArgumentException("--pace must be realtime or burst, not " + pace);
                    }
                    break;
                case "--pace-factor":
                    try {
                        builder.paceFactor(Double.parseDouble(value(args, ++i, arg)));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--pace-factor needs a number");
                    }
                    break;
                case "--api-key":
                    builder.apiKey(value(args, ++i, arg));
                    break;
                case "--help":
                case "-h":
                    usage(System.out);
                    System.exit(0);
                    return;
                default:
                    throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parseInt(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + text);
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: RealtimeSimulatorMain [--port N] [--host ADDR] [--scenario FILE.json] "
                + "[--pace realtime|burst] [--pace-factor X] [--api-key KEY]");
    }
}
