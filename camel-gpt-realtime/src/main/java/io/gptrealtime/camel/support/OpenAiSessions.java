package io.gptrealtime.camel.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.GptRealtimeConfiguration;
import io.gptrealtime.camel.openai.rest.RealtimeCallsClient;
import io.gptrealtime.camel.protocol.RealtimeJson;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.Tool;
import io.gptrealtime.camel.session.ReconnectPolicy;
import io.gptrealtime.camel.session.SessionSettings;
import io.gptrealtime.camel.transport.RealtimeUrls;
import okhttp3.OkHttpClient;
import org.apache.camel.CamelContext;

/**
 * Endpoint options → what OpenAI-native SIP calls and browser sessions need: the session configuration of an
 * accept request, the settings of a sideband session ({@code ?call_id=}), the body of a client-secret request, and
 * the REST client. The same options shape all of them, so a call, a browser and a WebSocket session of one agent
 * behave alike.
 */
public final class OpenAiSessions {

    private OpenAiSessions() {
    }

    /** The REST client for call control and client secrets, on the engine's HTTP client (its pool and proxies). */
    public static RealtimeCallsClient restClient(GptRealtimeConfiguration config, OkHttpClient http) {
        String key = SessionSettingsFactory.resolveApiKey(config);
        if (key == null) {
            throw new IllegalArgumentException("OpenAI SIP call control needs an API key: set apiKey or "
                                               + SessionSettingsFactory.API_KEY_ENV);
        }
        long timeout = Math.max(config.getConnectTimeout(), 1000);
        OkHttpClient rest = http.newBuilder()
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .callTimeout(2 * timeout, TimeUnit.MILLISECONDS)
                .build();
        return new RealtimeCallsClient(rest, RealtimeUrls.resolveBaseUrl(config.getBaseUrl()), key);
    }

    /**
     * The body of {@code /realtime/calls/{id}/accept}: the agent's session configuration with its tool routes and
     * {@code extraTools}, without audio formats (SIP negotiates them), then {@code override} merged over it.
     */
    public static String acceptBody(GptRealtimeConfiguration config, CamelContext context, List<Tool> routeTools,
                                    List<Tool> extraTools, ObjectNode override) {
        RealtimeSessionConfig session = SessionConfigFactory.create(config, context);
        List<Tool> tools = new ArrayList<>(session.getTools() == null ? List.of() : session.getTools());
        tools.addAll(routeTools);
        tools.addAll(extraTools);
        session.setTools(tools.isEmpty() ? null : tools);
        ObjectNode json = RealtimeJson.mapper().valueToTree(session);
        stripAudioFormats(json);
        if (override != null) {
            merge(json, override);
        }
        return write(json);
    }

    /**
     * The settings of the sideband session of an accepted call: it joins the call's existing conversation, so it
     * sends only the tools (kept in step with the agent's tool routes), never audio, never replays the conversation
     * on a reconnect, and never rotates (the call owns its one server session).
     */
    public static SessionSettings sideband(GptRealtimeConfiguration config, CamelContext context, String callId,
                                           List<Tool> extraTools) {
        RealtimeSessionConfig s = SessionConfigFactory.create(config, context);
        List<Tool> tools = new ArrayList<>(s.getTools() == null ? List.of() : s.getTools());
        tools.addAll(extraTools);
        RealtimeSessionConfig initial = RealtimeSessionConfig.realtime().setTools(tools.isEmpty() ? null : tools);
        return SessionSettings.builder()
                .url(RealtimeUrls.forCall(RealtimeUrls.resolveBaseUrl(config.getBaseUrl()), callId))
                .apiKey(SessionSettingsFactory.resolveApiKey(config))
                .header("OpenAI-Organization", config.getOrganization())
                .header("OpenAI-Project", config.getProject())
                .initialConfig(initial)
                .sideband(true)
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
                .gapBufferBytes(0)
                .ledgerMaxItems(0)
                .maxSessionDurationMillis(0)
                .build();
    }

    /**
     * The body of {@code /realtime/client_secrets}: the agent's session configuration (without its tool routes: a
     * browser session's function calls reach the browser), {@code override} merged over it, and the expiry.
     */
    public static String clientSecretBody(GptRealtimeConfiguration config, CamelContext context, int expiresAfter,
                                          ObjectNode override) {
        ObjectNode session = RealtimeJson.mapper().valueToTree(SessionConfigFactory.create(config, context));
        if (override != null) {
            merge(session, override);
        }
        return write(secretRequest(expiresAfter, session));
    }

    /**
     * The body of {@code /realtime/translations/client_secrets}: model, target language (translationLanguage), input
     * transcription and noise reduction from the options, {@code override} merged over them.
     */
    public static String translationClientSecretBody(GptRealtimeConfiguration config, int expiresAfter,
                                                     ObjectNode override) {
        ObjectNode session = RealtimeJson.mapper().createObjectNode();
        session.put("model", config.getModel());
        ObjectNode audio = session.putObject("audio");
        if (config.getInputTranscriptionModel() != null || config.getNoiseReduction() != null) {
            ObjectNode input = audio.putObject("input");
            if (config.getInputTranscriptionModel() != null) {
                input.putObject("transcription").put("model", config.getInputTranscriptionModel());
            }
            if ("none".equals(config.getNoiseReduction())) {
                input.putNull("noise_reduction");
            } else if (config.getNoiseReduction() != null) {
                input.putObject("noise_reduction").put("type", config.getNoiseReduction());
            }
        }
        if (config.getTranslationLanguage() != null) {
            audio.putObject("output").put("language", config.getTranslationLanguage());
        }
        if (audio.isEmpty()) {
            session.remove("audio");
        }
        if (override != null) {
            merge(session, override);
        }
        if (!session.path("audio").path("output").path("language").isTextual()) {
            throw new IllegalArgumentException("A translation client secret needs the target language: set the"
                                               + " translationLanguage option or audio.output.language in the body");
        }
        return write(secretRequest(expiresAfter, session));
    }

    private static ObjectNode secretRequest(int expiresAfter, ObjectNode session) {
        if (expiresAfter < 10 || expiresAfter > 7200) {
            throw new IllegalArgumentException("A client secret expires after 10 to 7200 seconds, not "
                                               + expiresAfter);
        }
        ObjectNode body = RealtimeJson.mapper().createObjectNode();
        body.putObject("expires_after").put("anchor", "created_at").put("seconds", expiresAfter);
        body.set("session", session);
        return body;
    }

    /** Objects merge field by field; anything else (arrays included) replaces; an explicit null sets null. */
    static void merge(ObjectNode target, JsonNode override) {
        for (Iterator<Map.Entry<String, JsonNode>> it = override.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue().isObject()) {
                merge(o, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private static void stripAudioFormats(ObjectNode session) {
        JsonNode audio = session.get("audio");
        if (!(audio instanceof ObjectNode a)) {
            return;
        }
        for (String side : new String[] { "input", "output" }) {
            if (a.get(side) instanceof ObjectNode o) {
                o.remove("format");
                if (o.isEmpty()) {
                    a.remove(side);
                }
            }
        }
        if (a.isEmpty()) {
            session.remove("audio");
        }
    }

    private static String write(JsonNode json) {
        try {
            return RealtimeJson.mapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a session configuration", e);
        }
    }
}
