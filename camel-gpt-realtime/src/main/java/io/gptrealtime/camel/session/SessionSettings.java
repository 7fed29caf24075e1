package io.gptrealtime.camel.session;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.translation.TranslationSessionConfig;

/**
 * Everything a session needs to connect and behave, fixed when it is opened. Built from the endpoint options by
 * {@code SessionSettingsFactory}; immutable.
 */
public final class SessionSettings {

    private final URI url;
    private final String apiKey;
    private final Map<String, String> headers;
    private final RealtimeSessionConfig initialConfig;
    private final long connectTimeoutMillis;
    private final long pingIntervalMillis;
    private final long closeTimeoutMillis;
    private final long maxQueuedBytes;
    private final long sendTimeoutMillis;
    private final int dispatchQueueCapacity;
    private final int maxEventBytes;
    private final boolean serverCreatesResponses;
    private final ReconnectPolicy reconnectPolicy;
    private final long maxSessionDurationMillis;
    private final long gapBufferBytes;
    private final int ledgerMaxItems;
    private final int maxPendingEvents;
    private final boolean sideband;
    private final TranslationSessionConfig translationConfig;

    private SessionSettings(Builder b) {
        this.url = Objects.requireNonNull(b.url, "url");
        this.apiKey = b.apiKey;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.initialConfig = b.initialConfig;
        this.connectTimeoutMillis = b.connectTimeoutMillis;
        this.pingIntervalMillis = b.pingIntervalMillis;
        this.closeTimeoutMillis = b.closeTimeoutMillis;
        this.maxQueuedBytes = b.maxQueuedBytes;
        this.sendTimeoutMillis = b.sendTimeoutMillis;
        this.dispatchQueueCapacity = b.dispatchQueueCapacity;
        this.maxEventBytes = b.maxEventBytes;
        this.serverCreatesResponses = b.serverCreatesResponses;
        this.reconnectPolicy = b.reconnectPolicy;
        this.maxSessionDurationMillis = b.maxSessionDurationMillis;
        this.gapBufferBytes = b.gapBufferBytes;
        this.ledgerMaxItems = b.ledgerMaxItems;
        this.maxPendingEvents = b.maxPendingEvents;
        this.sideband = b.sideband;
        this.translationConfig = b.translationConfig;
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI url() {
        return url;
    }

    /** The secret; never include it in messages. */
    String apiKey() {
        return apiKey;
    }

    /** Extra handshake headers (organization, project, safety identifier). */
    public Map<String, String> headers() {
        return headers;
    }

    /** The configuration sent with the first session.update, or null to keep the server defaults. */
    public RealtimeSessionConfig initialConfig() {
        return initialConfig;
    }

    public long connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public long pingIntervalMillis() {
        return pingIntervalMillis;
    }

    public long closeTimeoutMillis() {
        return closeTimeoutMillis;
    }

    public long maxQueuedBytes() {
        return maxQueuedBytes;
    }

    public long sendTimeoutMillis() {
        return sendTimeoutMillis;
    }

    public int dispatchQueueCapacity() {
        return dispatchQueueCapacity;
    }

    public int maxEventBytes() {
        return maxEventBytes;
    }

    /** Whether turn detection is on with create_response, i.e. the service starts responses after a user turn. */
    public boolean serverCreatesResponses() {
        return serverCreatesResponses;
    }

    public ReconnectPolicy reconnectPolicy() {
        return reconnectPolicy;
    }

    /** After how long a server session is replaced at a quiet moment (0: never), before the service's cap. */
    public long maxSessionDurationMillis() {
        return maxSessionDurationMillis;
    }

    /** Caller audio kept while reconnecting, in bytes of the input format. */
    public long gapBufferBytes() {
        return gapBufferBytes;
    }

    public int ledgerMaxItems() {
        return ledgerMaxItems;
    }

    /** Client events (other than audio) held while reconnecting. */
    public int maxPendingEvents() {
        return maxPendingEvents;
    }

    /**
     * Whether the session is the sideband of a SIP or WebRTC call ({@code ?call_id=}): the call's audio flows over its
     * own media, so the session refuses audio appends.
     */
    public boolean sideband() {
        return sideband;
    }

    /**
     * The configuration of a translation session ({@code /realtime/translations}), or null for realtime and
     * transcription sessions. A translation session has no conversation: no responses, nothing to replay; its audio is
     * 24 kHz PCM16 both ways and {@link RealtimeSession#close()} drains it with {@code session.close}.
     */
    public TranslationSessionConfig translationConfig() {
        return translationConfig;
    }

    public boolean isTranslation() {
        return translationConfig != null;
    }

    @Override
    public String toString() {
        return "SessionSettings[url=" + url + ", apiKey=" + (apiKey == null ? "none" : "xxxxxx") + "]";
    }

    public static final class Builder {
        private URI url;
        private String apiKey;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RealtimeSessionConfig initialConfig;
        private long connectTimeoutMillis = 10_000;
        private long pingIntervalMillis = 20_000;
        private long closeTimeoutMillis = 5_000;
        private long maxQueuedBytes = 8L * 1024 * 1024;
        private long sendTimeoutMillis = 5_000;
        private int dispatchQueueCapacity = 10_000;
        private int maxEventBytes = 16 * 1024 * 1024;
        private boolean serverCreatesResponses = true;
        private ReconnectPolicy reconnectPolicy = ReconnectPolicy.DEFAULT;
        private long maxSessionDurationMillis;
        private long gapBufferBytes = 5L * 48_000;
        private int ledgerMaxItems = 200;
        private int maxPendingEvents = 256;
        private boolean sideband;
        private TranslationSessionConfig translationConfig;

        /** Makes this a translation session configured so (the URL must be a translation URL). */
        public Builder translation(TranslationSessionConfig v) {
            this.translationConfig = v;
            return this;
        }

        public Builder sideband(boolean v) {
            this.sideband = v;
            return this;
        }

        public Builder reconnectPolicy(ReconnectPolicy v) {
            this.reconnectPolicy = v;
            return this;
        }

        public Builder maxSessionDurationMillis(long v) {
            this.maxSessionDurationMillis = v;
            return this;
        }

        public Builder gapBufferBytes(long v) {
            this.gapBufferBytes = v;
            return this;
        }

        public Builder ledgerMaxItems(int v) {
            this.ledgerMaxItems = v;
            return this;
        }

        public Builder maxPendingEvents(int v) {
            this.maxPendingEvents = v;
            return this;
        }

        public Builder url(URI url) {
            this.url = url;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder header(String name, String value) {
            if (value != null && !value.isBlank()) {
                headers.put(name, value);
            }
            return this;
        }

        public Builder initialConfig(RealtimeSessionConfig config) {
            this.initialConfig = config;
            return this;
        }

        public Builder connectTimeoutMillis(long v) {
            this.connectTimeoutMillis = v;
            return this;
        }

        public Builder pingIntervalMillis(long v) {
            this.pingIntervalMillis = v;
            return this;
        }

        public Builder closeTimeoutMillis(long v) {
            this.closeTimeoutMillis = v;
            return this;
        }

        public Builder maxQueuedBytes(long v) {
            this.maxQueuedBytes = v;
            return this;
        }

        public Builder sendTimeoutMillis(long v) {
            this.sendTimeoutMillis = v;
            return this;
        }

        public Builder dispatchQueueCapacity(int v) {
            this.dispatchQueueCapacity = v;
            return this;
        }

        public Builder maxEventBytes(int v) {
            this.maxEventBytes = v;
            return this;
        }

        public Builder serverCreatesResponses(boolean v) {
            this.serverCreatesResponses = v;
            return this;
        }

        public SessionSettings build() {
            return new SessionSettings(this);
        }
    }
}
