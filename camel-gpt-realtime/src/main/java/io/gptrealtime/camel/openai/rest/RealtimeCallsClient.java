package io.gptrealtime.camel.openai.rest;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.gptrealtime.camel.transport.RealtimeUrls;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Blocking client for the Realtime REST operations around OpenAI SIP calls and browser sessions: call control
 * ({@code /realtime/calls/{call_id}/accept|reject|refer|hangup}) and ephemeral keys ({@code /realtime/client_secrets}).
 * <p>
 * Every request carries {@code Authorization: Bearer <key>}. Non-2xx answers become {@link RealtimeApiException}s with
 * the service's error message; the key never appears in messages or {@link #toString()}. Thread-safe.
 */
public final class RealtimeCallsClient {

    private static final MediaType JSON = MediaType.get("application/json");
    /** Call ids are path segments; anything else could steer the request to another endpoint. */
    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient http;
    private final String baseUrl;
    private final String apiKey;

    /**
     * @param http    the shared OkHttp client (timeouts, proxies, TLS)
     * @param baseUrl the API base, e.g. {@code https://api.openai.com/v1} (see {@link RealtimeUrls#resolveBaseUrl})
     * @param apiKey  a standard API key (ephemeral keys cannot control calls)
     */
    public RealtimeCallsClient(OkHttpClient http, String baseUrl, String apiKey) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("an API key is required");
        }
        this.apiKey = apiKey;
    }

    /** Accepts a ringing SIP call with a session configuration ({@code {"type":"realtime","model":...}}). */
    public void accept(String callId, String sessionJson) {
        post("accept", callPath(callId, "accept"), jsonBody("accept", requireObject("accept", sessionJson)));
    }

    /** Rejects a ringing SIP call with the service's default status (603 Decline). */
    public void reject(String callId) {
        post("reject", callPath(callId, "reject"), jsonBody("reject", MAPPER.createObjectNode()));
    }

    /** Rejects a ringing SIP call with a SIP final status such as 486 Busy Here. */
    public void reject(String callId, int sipStatus) {
        if (sipStatus < 300 || sipStatus > 699) {
            throw new IllegalArgumentException("a SIP reject status is 300-699, not " + sipStatus);
        }
        ObjectNode body = MAPPER.createObjectNode().put("status_code", sipStatus);
        post("reject", callPath(callId, "reject"), jsonBody("reject", body));
    }

    /** Transfers a call by SIP REFER; {@code targetUri} is a {@code tel:} or {@code sip:} URI for Refer-To. */
    public void refer(String callId, String targetUri) {
        if (targetUri == null || targetUri.isBlank()) {
            throw new IllegalArgumentException("refer needs a target URI");
        }
        ObjectNode body = MAPPER.createObjectNode().put("target_uri", targetUri);
        post("refer", callPath(callId, "refer"), jsonBody("refer", body));
    }

    /** Ends a SIP or WebRTC call. */
    public void hangup(String callId) {
        // The endpoint takes no body, but OkHttp needs one for POST: an empty one without a content type.
        post("hangup", callPath(callId, "hangup"), RequestBody.create(new byte[0], (MediaType) null));
    }

    /**
     * Mints an ephemeral key for a browser or mobile client.
     *
     * @param requestJson e.g. {@code {"expires_after":{"anchor":"created_at","seconds":600},"session":{...}}}
     * @return the response JSON, {@code {"value":"ek_...","expires_at":...,"session":{...}}}
     */
    public String createClientSecret(String requestJson) {
        return post("createClientSecret", "/realtime/client_secrets",
                jsonBody("createClientSecret", requireObject("createClientSecret", requestJson)));
    }

    /** Like {@link #createClientSecret} for translation sessions ({@code /realtime/translations/client_secrets}). */
    public String createTranslationClientSecret(String requestJson) {
        return post("createTranslationClientSecret", "/realtime/translations/client_secrets",
                jsonBody("createTranslationClientSecret", requireObject("createTranslationClientSecret", requestJson)));
    }

    @Override
    public String toString() {
        return "RealtimeCallsClient[baseUrl=" + baseUrl + "]";
    }

    private String post(String operation, String path, RequestBody body) {
        URI uri = RealtimeUrls.rest(baseUrl, path);
        Request request = new Request.Builder()
                .url(uri.toString())
                .header("Authorization", "Bearer " + apiKey)
                .post(body)
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody responseBody = response.body();
            String text = responseBody == null ? "" : responseBody.string();
            if (!response.isSuccessful()) {
                throw error(operation, response.code(), text);
            }
            return text;
        } catch (IOException e) {
            throw new RealtimeApiException(operation, e);
        }
    }

    private RealtimeApiException error(String operation, int status, String body) {
        String message = null;
        String code = null;
        try {
            JsonNode error = MAPPER.readTree(body).path("error");
            message = error.path("message").isTextual() ? error.path("message").asText() : null;
            code = error.path("code").isValueNode() && !error.path("code").isNull() ? error.path("code").asText() : null;
        } catch (IOException | RuntimeException e) {
            // Not the documented error shape (e.g. a proxy's HTML page): the status alone must do.
        }
        return new RealtimeApiException(operation, status, redact(code), redact(message));
    }

    /** The service masks keys in its messages, but a proxy might echo one in full; never pass it on. */
    private String redact(String text) {
        return text == null ? null : text.replace(apiKey, "***");
    }

    private static String callPath(String callId, String action) {
        if (callId == null || !CALL_ID.matcher(callId).matches()) {
            throw new IllegalArgumentException("not a call id: " + callId);
        }
        return "/realtime/calls/" + callId + "/" + action;
    }

    private static JsonNode requireObject(String operation, String json) {
        // Parsing here gives a local, precise error instead of a 400 from the service.
        try {
            JsonNode node = json == null ? null : MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(operation + " needs a JSON object body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(operation + " body is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static RequestBody jsonBody(String operation, JsonNode node) {
        try {
            return RequestBody.create(MAPPER.writeValueAsBytes(node), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(operation + " body could not be written", e);
        }
    }
}
