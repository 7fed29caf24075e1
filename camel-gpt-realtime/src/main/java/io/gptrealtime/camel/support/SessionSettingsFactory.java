package io.gptrealtime.camel.support;

import java.net.URI;

import io.gptrealtime.camel.GptRealtimeConfiguration;
import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.session.ReconnectPolicy;
import io.gptrealtime.camel.session.SessionSettings;
import io.gptrealtime.camel.transport.RealtimeUrls;
import io.gptrealtime.camel.translation.TranslationConfigFactory;
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
        boolean translation = TranslationConfigFactory.isTranslation(config);
        SessionSettings.Builder b = SessionSettings.builder()
                .url(URI.create(serviceUrl(config)));
        if (translation) {
            // no conversation: nothing for responses or the ledger to do; the audio is 24 kHz PCM16 by definition
            b.translation(TranslationConfigFactory.create(config))
                    .serverCreatesResponses(false)
                    .gapBufferBytes(AudioFormat.REALTIME_PCM.bytesFor(config.getReconnectAudioBufferMs()));
        } else {
            b.initialConfig(SessionConfigFactory.create(config, context))
                    .serverCreatesResponses(!"none".equals(config.getTurnDetection())
                                            && !Boolean.FALSE.equals(config.getVadCreateResponse()))
                    .gapBufferBytes(AudioFormat.fromRealtimeType(config.getInputAudioFormat())
                            .bytesFor(config.getReconnectAudioBufferMs()));
        }
        return b
                .apiKey(resolveApiKey(config))
                .header("OpenAI-Organization", config.getOrganization())
                .header("OpenAI-Project", config.getProject())
                .header("OpenAI-Safety-Identifier", config.getSafetyIdentifier())
                .connectTimeoutMillis(config.getConnectTimeout())
                .pingIntervalMillis(config.getPingInterval())
                .closeTimeoutMillis(config.getCloseTimeout())
                .maxQueuedBytes(config.getMaxQueuedBytes())
                .sendTimeoutMillis(config.getSendTimeout())
                .dispatchQueueCapacity(config.getDispatchQueueCapacity())
                .maxEventBytes(config.getMaxEventBytes())
                .reconnectPolicy(config.isReconnect()
                        ? new ReconnectPolicy(true, config.getReconnectInitialDelay(), config.getReconnectMaxDelay(),
                                config.getMaxReconnectAttempts())
                        : ReconnectPolicy.NEVER)
                .maxSessionDurationMillis(config.getMaxSessionDuration())
                .ledgerMaxItems(config.getLedgerMaxItems())
                .build();
    }

    /** The WebSocket URL of the endpoint's sessions, for service location and logs (it carries no secret). */
    public static String serviceUrl(GptRealtimeConfiguration config) {
        String base = RealtimeUrls.resolveBaseUrl(config.getBaseUrl());
        URI url = switch (config.getSessionType() == null ? "realtime" : config.getSessionType()) {
            case "transcription" -> RealtimeUrls.forTranscription(base);
            case "translation" -> RealtimeUrls.forTranslation(base, TranslationConfigFactory.model(config));
            default -> RealtimeUrls.forModel(base, config.getModel());
        };
        return url.toString();
    }

    static String resolveApiKey(GptRealtimeConfiguration config) {
        if (config.getApiKey() != null && !config.getApiKey().isBlank()) {
            return config.getApiKey();
        }
        String env = System.getenv(API_KEY_ENV);
        return env == null || env.isBlank() ? null : env;
    }
}
