package io.gptrealtime.camel.resilience;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeEndpoint;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API key never shows: not in logs (everything at DEBUG), exception messages, toString of the component's objects,
 * the endpoint URI as Camel logs it, or the component metadata.
 */
class SecretsTest extends CamelTestSupport {

    static final String KEY = "sk-proj-SECRET0123456789abcdef";
    static final String WRONG = "sk-proj-WRONGSECRET987654321";
    /** The secret's key material, base64: what must never show (nor the whsec_ form). */
    static final String WEBHOOK_KEY = "d2ViaG9vay1zZWNyZXQta2V5LW1hdGVyaWFs";
    static final String WEBHOOK_SECRET = "whsec_" + WEBHOOK_KEY;

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY).build();

    private final StringWriter logs = new StringWriter();
    private WriterAppender appender;

    @BeforeEach
    void captureLogs() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = WriterAppender.newBuilder().setName("secrets-capture").setTarget(logs)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n").build()).build();
        appender.start();
        config.addAppender(appender);
        LoggerConfig root = config.getRootLogger();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.DEBUG);
        ctx.updateLoggers();
    }

    @AfterEach
    void stopCapture() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender("secrets-capture");
        ctx.getConfiguration().getRootLogger().setLevel(Level.WARN);
        ctx.updateLoggers();
        appender.stop();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to("gpt-realtime:secret?baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY);
                from("direct:wrong").to("gpt-realtime:secret2?baseUrl=" + sim.baseUrl() + "&apiKey=RAW(" + WRONG + ")");
                from("gpt-realtime:phones?webhook=true&webhookPort=0&webhookPath=/hook&webhookSecret=RAW("
                     + WEBHOOK_SECRET + ")&baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY).routeId("webhook")
                        .setHeader(GptRealtimeConstants.CALL_DECISION, constant("reject"));
            }
        };
    }

    @Test
    void theKeyNeverShows() throws Exception {
        template.sendBodyAndHeader("direct:good", "hello", GptRealtimeConstants.SESSION_KEY, "s1");
        CamelExecutionException wrong = assertThrows(CamelExecutionException.class,
                () -> template.sendBody("direct:wrong", "hello"));

        StringBuilder seen = new StringBuilder();
        for (Throwable t = wrong; t != null; t = t.getCause()) {
            seen.append(t).append('\n');
        }
        GptRealtimeComponent component = context.getComponent("gpt-realtime", GptRealtimeComponent.class);
        for (var ep : context.getEndpoints()) {
            seen.append(ep).append(' ').append(ep.getEndpointBaseUri()).append('\n');
            if (ep instanceof GptRealtimeEndpoint g) {
                seen.append(g.getConfiguration()).append(g.newSessionSettings()).append(g.getServiceUrl())
                        .append(g.getServiceMetadata()).append('\n');
                for (RealtimeSession s : g.getAgent().sessions()) {
                    seen.append(s).append(s.settings()).append('\n');
                }
            }
        }
        seen.append(component).append(component.getConfiguration()).append('\n');
        for (var r : context.getRoutes()) {
            seen.append(r.getEndpoint()).append(r.getRouteDescription()).append('\n');
        }
        String everything = seen + logs.toString();
        assertTrue(logs.toString().contains("DEBUG"), "logs were captured");
        assertTrue(everything.contains("apiKey=xxxxxx"), "the endpoint URI was logged, masked");
        assertFalse(everything.contains(KEY), leak(everything, KEY));
        assertFalse(everything.contains(WRONG), leak(everything, WRONG));

        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/gptrealtime/camel/gpt-realtime.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"apiKey\": { \"index\""), "apiKey is an option");
            assertTrue(json.matches("(?s).*\"apiKey\": \\{[^}]*\"secret\": true.*"), "apiKey is marked secret");
            assertFalse(json.contains("sk-"), "no key value in the metadata");
        }
    }

    @Test
    void theWebhookSecretNeverShows() throws Exception {
        int port = ((io.gptrealtime.camel.GptRealtimeWebhookConsumer) context.getRoute("webhook").getConsumer())
                .getWebhookPort();
        String url = "http://127.0.0.1:" + port + "/hook";
        io.gptrealtime.simulator.SimulatedSipCall good = sim.placeSipCall(url, WEBHOOK_SECRET,
                java.util.Map.of("From", "sip:+15550100@carrier.example", "To", "sip:+15550199@sip.api.openai.com"));
        good.awaitState(io.gptrealtime.simulator.SimulatedSipCall.State.REJECTED, java.time.Duration.ofSeconds(10));
        // a webhook signed with another project's secret: refused, and the refusal must not echo either secret
        io.gptrealtime.simulator.SimulatedSipCall forged = sim.newSipCall(java.util.Map.of("From", "sip:x@y"));
        assertEquals(401, forged.webhook(url, "whsec_b3RoZXItcHJvamVjdC1zZWNyZXQ=").send().status());

        StringBuilder seen = new StringBuilder();
        for (var ep : context.getEndpoints()) {
            seen.append(ep).append(' ').append(ep.getEndpointBaseUri()).append('\n');
            if (ep instanceof GptRealtimeEndpoint g) {
                seen.append(g.getConfiguration()).append(g.getServiceMetadata()).append('\n');
            }
        }
        for (var r : context.getRoutes()) {
            seen.append(r.getEndpoint()).append(r.getRouteDescription()).append(r.getConsumer()).append('\n');
        }
        String everything = seen + logs.toString();
        assertTrue(logs.toString().contains("Refused a webhook"), "the refusal was logged (and captured): " + logs);
        assertFalse(everything.contains(WEBHOOK_KEY), leak(everything, WEBHOOK_KEY));
        assertFalse(everything.contains("b3RoZXItcHJvamVjdC1zZWNyZXQ"), leak(everything, "b3RoZXItcHJvamVjdC1zZWNyZXQ"));
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/gptrealtime/camel/gpt-realtime.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(json.matches("(?s).*\"webhookSecret\": \\{[^}]*\"secret\": true.*"), "webhookSecret is secret");
        }
    }

    private static String leak(String text, String key) {
        int i = text.indexOf(key);
        return i < 0 ? "" : "leaked at: ..." + text.substring(Math.max(0, i - 200), Math.min(text.length(), i + 50));
    }
}
