package io.gptrealtime.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.List;

/**
 * JUnit 5 wrapper: {@code @RegisterExtension static RealtimeSimulatorExtension sim =
 * RealtimeSimulatorExtension.builder().apiKey("sk-test").build();}
 *
 * <p>A static field starts the simulator before all tests of the class and closes it after them; an instance field
 * starts and closes it around each test. Before each test the simulator is {@linkplain RealtimeSimulator#reset()
 * reset} (listed sessions and handshakes forgotten, global faults cleared) unless
 * {@link Builder#resetBetweenTests(boolean)} says
 * otherwise. The accessors delegate to the running {@link RealtimeSimulator}.
 */
public final class RealtimeSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final SimulatorConfig config;
    private final boolean resetBetweenTests;
    /** Written by the JUnit thread that runs the lifecycle callbacks; read by tests (same or child threads). */
    private volatile RealtimeSimulator simulator;
    /** The class whose beforeAll started the simulator (nested classes run beforeAll again). */
    private volatile Class<?> startedForClass;
    private volatile boolean perTest;

    private RealtimeSimulatorExtension(SimulatorConfig config, boolean resetBetweenTests) {
        this.config = config;
        this.resetBetweenTests = resetBetweenTests;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (simulator == null) {
            simulator = newSimulator();
            startedForClass = context.getRequiredTestClass();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null && context.getRequiredTestClass().equals(startedForClass)) {
            simulator.close();
            simulator = null;
            startedForClass = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            simulator = newSimulator();
            perTest = true;
        } else if (resetBetweenTests) {
            simulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest && simulator != null) {
            simulator.close();
            simulator = null;
            perTest = false;
        }
    }

    private RealtimeSimulator newSimulator() {
        return RealtimeSimulator.fromConfig(config).start();
    }

    /** The running simulator (fails outside the test lifecycle). */
    public RealtimeSimulator simulator() {
        RealtimeSimulator s = simulator;
        if (s == null) {
            throw new IllegalStateException("the realtime simulator runs only while tests of the class run");
        }
        return s;
    }

    public String baseUrl() {
        return simulator().baseUrl();
    }

    public String wsUrl() {
        return simulator().wsUrl();
    }

    public String wsUrl(String model) {
        return simulator().wsUrl(model);
    }

    public int port() {
        return simulator().port();
    }

    public FaultPlan faults() {
        return simulator().faults();
    }

    public List<SimulatedSession> sessions() {
        return simulator().sessions();
    }

    public SimulatedSession lastSession() {
        return simulator().lastSession();
    }

    public List<SimulatedSession> awaitSessions(int count, Duration timeout) {
        return simulator().awaitSessions(count, timeout);
    }

    public List<HandshakeInfo> handshakes() {
        return simulator().handshakes();
    }

    /** See {@link RealtimeSimulator#newSipCall}. */
    public SimulatedSipCall newSipCall(java.util.Map<String, String> sipHeaders) {
        return simulator().newSipCall(sipHeaders);
    }

    /** See {@link RealtimeSimulator#placeSipCall}. */
    public SimulatedSipCall placeSipCall(String webhookUrl, String secret, java.util.Map<String, String> sipHeaders) {
        return simulator().placeSipCall(webhookUrl, secret, sipHeaders);
    }

    public List<RestRequest> restRequests() {
        return simulator().restRequests();
    }

    /** See {@link RealtimeSimulator#awaitRestRequests}. */
    public List<RestRequest> awaitRestRequests(String operation, int count, Duration timeout) {
        return simulator().awaitRestRequests(operation, count, timeout);
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Builds the extension; same settings as {@link RealtimeSimulator#builder()}. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private boolean resetBetweenTests = true;

        private Builder() {
        }

        /** Whether each test starts with sessions and handshakes forgotten and global faults cleared (default true). */
        public Builder resetBetweenTests(boolean reset) {
            this.resetBetweenTests = reset;
            return this;
        }

        public RealtimeSimulatorExtension build() {
            return new RealtimeSimulatorExtension(buildConfig(), resetBetweenTests);
        }
    }
}
