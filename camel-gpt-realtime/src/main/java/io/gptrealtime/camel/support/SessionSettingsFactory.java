package io.gptrealtime.camel.support;

import java.net.URI;

import io.gptrealtime.camel.GptRealtimeConfiguration;
import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.session.ReconnectPolicy;
import io.gptrealtime.camel.session.SessionSettings;
import io.gptrealtime.camel.transport.RealtimeUrls;
import org.apache.camel.CamelContext;

/**
 * Endpoint options → connection settings of a new session. The API key comes from the endpoint, then the component
 * (both already merged into the endpoint's configuration copy), then the OPENAI_API_KEY environment variable.
 */
public final class SessionSettingsFactory {

    /** The environment variable the official SDKs read for the API key. */
    public static final String API_KEY_ENV = "OPENAI_API_KEY";

    private SessionSettingsFactory() {
    }

    public static SessionSettings create(GptRealtimeConfiguration config, CamelContext context) {
        String base = RealtimeUrls.resolveBaseUrl(config.getBaseUrl());
        URI url = "transcription".equals(config.getSessionType())
                ? RealtimeUrls.forTranscription(base)
                : RealtimeUrls.forModel(base, config.getModel());
        return SessionSettings.builder()
                .url(url)
                .apiKey(resolveApiKey(config))
                .header("OpenAI-Organization", config.getOrganization())
                .header("OpenAI-Project", config.getProject())
                .header("OpenAI-Safety-Identifier", config.getSafetyIdentifier())
                .initialConfig(SessionConfigFactory.create(config, context))
                .connectTimeoutMillis(config.getConnectTimeout())
                .pingIntervalMillis(config.getPingInterval())
                .closeTimeoutMillis(config.getCloseTimeout())
                .maxQueuedBytes(config.getMaxQueuedBytes())
                .sendTimeoutMillis(config.getSendTimeout())
                .dispatchQueueCapacity(config.getDispatchQueueCapacity())
                .maxEventBytes(config.getMaxEventBytes())
                .serverCreatesResponses(!"none".equals(config.getTurnDetection())
                                        && !Boolean.FALSE.equals(config.getVadCreateResponse()))
                .reconnectPolicy(config.isReconnect()
                        ? new ReconnectPolicy(true, config.getReconnectInitialDelay(), config.getReconnectMaxDelay(),
                                config.getMaxReconnectAttempts())
                        : ReconnectPolicy.NEVER)
                .gapBufferBytes(AudioFormat.fromRealtimeType(config.getInputAudioFormat())
                        .bytesFor(config.getReconnectAudioBufferMs()))
                .maxSessionDurationMillis(config.getMaxSessionDuration())
                .ledgerMaxItems(config.getLedgerMaxItems())
                .build();
    }

    /** The WebSocket URL of the endpoint's sessions, for service location and logs (it carries no secret). */
    public static String serviceUrl(GptRealtimeConfiguration config) {
        String base = RealtimeUrls.resolveBaseUrl(config.getBaseUrl());
        return ("transcription".equals(config.getSessionType())
                ? RealtimeUrls.forTranscription(base) : RealtimeUrls.forModel(base, config.getModel())).toString();
    }

    static String resolveApiKey(GptRealtimeConfiguration config) {
        if (config.getApiKey() != null && !config.getApiKey().isBlank()) {
            return config.getApiKey();
        }
        String env = System.getenv(API_KEY_ENV);
        return env == null || env.isBlank() ? null : env;
    }
}
