package io.gptrealtime.examples;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;

import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.simulator.RealtimeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser-session example (routes/browser-session.camel.yaml): a page and a POST /session route that mints
 * ephemeral keys for WebRTC in the browser. Without OPENAI_API_KEY the keys come from the simulator (they open
 * simulator sessions, not OpenAI ones: the page's WebRTC step needs the real service).
 * <p>
 * {@code mvn -B -q -Pdemo -Ddemo.mainClass=io.gptrealtime.examples.BrowserSessionMain -pl examples -am package
 * -DskipTests}, then open http://127.0.0.1:8081/ (port from {@code -Dbrowser.port}).
 */
public final class BrowserSessionMain implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserSessionMain.class);

    private final CamelContext context;
    private final RealtimeSimulator simulator;
    private final int port;

    private BrowserSessionMain(CamelContext context, RealtimeSimulator simulator, int port) {
        this.context = context;
        this.simulator = simulator;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        try (BrowserSessionMain app = start(Integer.getInteger("browser.port", 8081), System.getenv("OPENAI_API_KEY"))) {
            LOG.info("Browser sessions at {} ({}); Ctrl-C to stop", app.url(), app.simulator == null
                    ? "keys from OpenAI" : "offline: keys from the Realtime simulator");
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "browser-stop"));
            stop.await();
        }
    }

    /** Starts the routes on 127.0.0.1:{@code port} (0: any free port); a null or blank key uses the simulator. */
    public static BrowserSessionMain start(int port, String openAiKey) throws Exception {
        RealtimeSimulator simulator = null;
        if (openAiKey == null || openAiKey.isBlank()) {
            simulator = RealtimeSimulator.builder().apiKey(DemoMain.SIMULATOR_KEY).build().start();
        }
        int httpPort = port == 0 ? freePort() : port;
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("browser-session");
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(httpPort);
        context.addService(new VertxPlatformHttpServer(http));
        GptRealtimeComponent gpt = context.getComponent("gpt-realtime", GptRealtimeComponent.class);
        gpt.getConfiguration().setApiKey(simulator != null ? DemoMain.SIMULATOR_KEY : openAiKey);
        if (simulator != null) {
            gpt.getConfiguration().setBaseUrl(simulator.baseUrl());
        }
        BrowserSessionMain app = new BrowserSessionMain(context, simulator, httpPort);
        try {
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/browser-session.camel.yaml"));
            context.start();
        } catch (Exception e) {
            app.close();
            throw e;
        }
        return app;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** The simulator the keys come from offline, else null. */
    public RealtimeSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        context.stop();
        if (simulator != null) {
            simulator.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
