package io.gptrealtime.simulator;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One WebSocket handshake request as received, with the simulator's answer. Header names are lower-cased.
 * Immutable.
 */
public final class HandshakeInfo {

    private final Instant time;
    private final String method;
    private final String uri;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final String remoteAddress;
    private final int status;

    HandshakeInfo(Instant time, String method, String uri, String path, Map<String, List<String>> query,
                  Map<String, List<String>> headers, String remoteAddress, int status) {
        this.time = time;
        this.method = method;
        this.uri = uri;
        this.path = path;
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.remoteAddress = remoteAddress;
        this.status = status;
    }

    public Instant time() {
        return time;
    }

    public String method() {
        return method;
    }

    /** Request target as sent, e.g. {@code /v1/realtime?model=gpt-realtime-2}. */
    public String uri() {
        return uri;
    }

    public String path() {
        return path;
    }

    public Map<String, List<String>> queryParameters() {
        return query;
    }

    /** First value of a query parameter, or null. */
    public String queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    /** First value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    /** 101 for an upgrade, else the HTTP status the simulator answered with. */
    public int status() {
        return status;
    }

    HandshakeInfo withStatus(int newStatus) {
        return new HandshakeInfo(time, method, uri, path, query, headers, remoteAddress, newStatus);
    }

    @Override
    public String toString() {
        return method + " " + uri + " -> " + status;
    }
}
