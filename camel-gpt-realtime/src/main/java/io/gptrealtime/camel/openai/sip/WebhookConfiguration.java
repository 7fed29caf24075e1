package io.gptrealtime.camel.openai.sip;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The consumer options of the OpenAI SIP webhook: where the HTTP listener for {@code realtime.call.incoming} runs and
 * how requests are verified. Option documentation is the setter javadoc.
 */
@UriParams
public class WebhookConfiguration {

    /** The environment variable the official SDKs read for the webhook signing secret. */
    public static final String SECRET_ENV = "OPENAI_WEBHOOK_SECRET";

    @UriParam(label = "consumer,openai-sip", defaultValue = "false")
    private boolean webhook;
    @UriParam(label = "consumer,openai-sip", defaultValue = "127.0.0.1")
    private String webhookHost = "127.0.0.1";
    @UriParam(label = "consumer,openai-sip", defaultValue = "8090")
    private int webhookPort = 8090;
    @UriParam(label = "consumer,openai-sip", defaultValue = "/openai/webhook")
    private String webhookPath = "/openai/webhook";
    @UriParam(label = "consumer,openai-sip,security", secret = true)
    private String webhookSecret;
    @UriParam(label = "consumer,openai-sip,security", defaultValue = "300000")
    private long webhookTolerance = 300_000;
    @UriParam(label = "consumer,openai-sip,advanced", defaultValue = "100")
    private int webhookMaxPendingCalls = 100;
    @UriParam(label = "consumer,openai-sip,advanced", defaultValue = "10")
    private int webhookThreads = 10;

    public boolean isWebhook() {
        return webhook;
    }

    /**
     * Makes this consumer the call router of OpenAI-native SIP calls: it starts an HTTP listener for the project's
     * realtime.call.incoming webhook. Each verified webhook becomes one exchange (caller, callee and SIP headers); the
     * route decides with the CamelGptRealtimeCallDecision header (accept, the default, reject or refer), the component
     * then accepts the call with the agent's session configuration and attaches to it as a session of the agent.
     */
    public void setWebhook(boolean webhook) {
        this.webhook = webhook;
    }

    public String getWebhookHost() {
        return webhookHost;
    }

    /**
     * The address the webhook listener binds to (0.0.0.0 for all interfaces). It speaks plain HTTP: put a
     * TLS-terminating reverse proxy in front, OpenAI only calls https URLs.
     */
    public void setWebhookHost(String webhookHost) {
        this.webhookHost = webhookHost;
    }

    public int getWebhookPort() {
        return webhookPort;
    }

    /**
     * The port of the webhook listener (0 picks a free one).
     */
    public void setWebhookPort(int webhookPort) {
        this.webhookPort = webhookPort;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    /**
     * The path OpenAI posts to; other paths are answered 404, other methods 405.
     */
    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    /**
     * The webhook's signing secret (whsec_...), shown when the webhook is created in the OpenAI project settings.
     * Requests whose Standard Webhooks signature does not match are refused with 401. When not set, the
     * OPENAI_WEBHOOK_SECRET environment variable is used.
     */
    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public long getWebhookTolerance() {
        return webhookTolerance;
    }

    /**
     * How far the webhook-timestamp may be from now, in milliseconds, in either direction; older or newer requests
     * are refused with 401, and webhook-ids already accepted within this window are refused as replays.
     */
    public void setWebhookTolerance(long webhookTolerance) {
        this.webhookTolerance = webhookTolerance;
    }

    public int getWebhookMaxPendingCalls() {
        return webhookMaxPendingCalls;
    }

    /**
     * Incoming calls whose route or call control is still running; past it a webhook is answered 503 before it is
     * verified, so OpenAI delivers it again later.
     */
    public void setWebhookMaxPendingCalls(int webhookMaxPendingCalls) {
        this.webhookMaxPendingCalls = webhookMaxPendingCalls;
    }

    public int getWebhookThreads() {
        return webhookThreads;
    }

    /**
     * Threads that run the call routes and the accept, reject and refer requests of incoming calls.
     */
    public void setWebhookThreads(int webhookThreads) {
        this.webhookThreads = webhookThreads;
    }

    /** The secret to verify with: the option, else the environment variable; null when neither is set. */
    public String resolveSecret() {
        if (webhookSecret != null && !webhookSecret.isBlank()) {
            return webhookSecret;
        }
        String env = System.getenv(SECRET_ENV);
        return env == null || env.isBlank() ? null : env;
    }
}
