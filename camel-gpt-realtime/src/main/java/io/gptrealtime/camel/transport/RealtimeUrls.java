package io.gptrealtime.camel.transport;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Builds Realtime WebSocket URLs the way the official SDKs do: the API base URL with its scheme switched to ws/wss and
 * {@code /realtime} appended, plus exactly one of {@code model}, {@code intent} or {@code call_id}.
 */
public final class RealtimeUrls {

    /** The public API base when neither the option nor OPENAI_BASE_URL is set. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    /** The environment variable the official SDKs read for the base URL. */
    public static final String BASE_URL_ENV = "OPENAI_BASE_URL";

    private RealtimeUrls() {
    }

    /** The base URL to use: the option if set, then OPENAI_BASE_URL, then the public API. */
    public static String resolveBaseUrl(String option) {
        if (option != null && !option.isBlank()) {
            return option.trim();
        }
        String env = System.getenv(BASE_URL_ENV);
        return env != null && !env.isBlank() ? env.trim() : DEFAULT_BASE_URL;
    }

    /** The URL of a model session: {@code <base>/realtime?model=<model>}. */
    public static URI forModel(String baseUrl, String model) {
        return build(baseUrl, "/realtime", "model", model);
    }

    /** The URL of a transcription session: {@code <base>/realtime?intent=transcription}. */
    public static URI forTranscription(String baseUrl) {
        return build(baseUrl, "/realtime", "intent", "transcription");
    }

    /** The URL of a translation session: {@code <base>/realtime/translations?model=<model>}. */
    public static URI forTranslation(String baseUrl, String model) {
        return build(baseUrl, "/realtime/translations", "model", model);
    }

    /** The sideband URL of an existing SIP or WebRTC call: {@code <base>/realtime?call_id=<id>}. */
    public static URI forCall(String baseUrl, String callId) {
        return build(baseUrl, "/realtime", "call_id", callId);
    }

    /** The HTTP(S) URL of a REST path below the base, e.g. {@code /realtime/client_secrets}. */
    public static URI rest(String baseUrl, String path) {
        URI base = URI.create(stripTrailingSlash(baseUrl));
        String scheme = base.getScheme().toLowerCase(Locale.ROOT);
        String http = switch (scheme) {
            case "ws" -> "http";
            case "wss" -> "https";
            default -> scheme;
        };
        return URI.create(http + stripTrailingSlash(base.toString().substring(scheme.length())) + path);
    }

    private static URI build(String baseUrl, String path, String param, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The Realtime URL needs a " + param);
        }
        URI base = URI.create(stripTrailingSlash(baseUrl));
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        String ws = switch (scheme) {
            case "https", "wss" -> "wss";
            case "http", "ws" -> "ws";
            default -> throw new IllegalArgumentException("Unsupported base URL scheme '" + scheme
                                                          + "' (expected http, https, ws or wss): " + base);
        };
        // The SDKs drop any query and fragment of the base URL before adding their own parameter.
        String rest = base.getRawSchemeSpecificPart();
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        String path0 = stripTrailingSlash(rest);
        if (!path0.endsWith(path)) {
            path0 = path0 + path;
        }
        return URI.create(ws + ":" + path0 + "?" + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String stripTrailingSlash(String s) {
        String t = s;
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
