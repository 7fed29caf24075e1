package io.gptrealtime.camel.producer;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.GptRealtimeConfiguration;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeEndpoint;
import io.gptrealtime.camel.GptRealtimeOperation;
import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.audio.WavWriter;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.protocol.ConversationItemTruncateEvent;
import io.gptrealtime.camel.protocol.InputAudioBufferClearEvent;
import io.gptrealtime.camel.protocol.InputAudioBufferCommitEvent;
import io.gptrealtime.camel.protocol.RealtimeJson;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.ResponseCreateParams;
import io.gptrealtime.camel.protocol.SessionUpdateEvent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.RealtimeSessionException;
import io.gptrealtime.camel.protocol.translation.TranslationSessionConfig;
import io.gptrealtime.camel.protocol.translation.TranslationSessionUpdateEvent;
import io.gptrealtime.camel.support.SessionConfigFactory;
import io.gptrealtime.camel.translation.TranslationCollector;
import io.gptrealtime.camel.translation.TranslationConfigFactory;
import io.gptrealtime.camel.translation.TranslationResult;
import io.gptrealtime.camel.turn.TurnCollector;
import io.gptrealtime.camel.turn.TurnResult;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The producer operations, one method each. Each either finishes on the caller's thread (returns true after
 * {@code callback.done(true)}) or completes the callback later (returns false).
 */
public final class Operations {

    /** The translation engine consumes 200 ms frames; the guide recommends appending in that size. */
    static final int TRANSLATION_FRAME_MS = 200;
    /** The most translated audio one translate exchange collects: 64 MiB, about 23 minutes at 24 kHz PCM16. */
    static final int MAX_TRANSLATED_AUDIO_BYTES = 64 * 1024 * 1024;

    /** Session attribute: the session runs push-to-talk (turn detection off), set by the turn operation. */
    static final String PUSH_TO_TALK = "pushToTalk";

    private final GptRealtimeEndpoint endpoint;
    private final GptRealtimeConfiguration config;

    public Operations(GptRealtimeEndpoint endpoint) {
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
    }

    public GptRealtimeOperation operationOf(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(GptRealtimeConstants.OPERATION);
        if (header instanceof GptRealtimeOperation op) {
            return op;
        }
        if (header != null) {
            try {
                return GptRealtimeOperation.valueOf(header.toString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown gpt-realtime operation '" + header + "'");
            }
        }
        if (config.getOperation() != null) {
            return config.getOperation();
        }
        Object body = exchange.getMessage().getBody();
        if (body instanceof byte[] || body instanceof InputStream || body instanceof File || body instanceof Path
            || body instanceof org.apache.camel.WrappedFile<?>) {
            return GptRealtimeOperation.appendAudio;
        }
        if (body instanceof String) {
            return GptRealtimeOperation.sendText;
        }
        throw new IllegalArgumentException("No operation given and the body ("
                                           + (body == null ? "null" : body.getClass().getSimpleName())
                                           + ") does not imply one: set the operation option or header");
    }

    public String sessionKeyOf(Exchange exchange) {
        String key = exchange.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY, String.class);
        return key == null || key.isBlank() ? config.getSessionKey() : key;
    }

    /**
     * The session key of an operation: the translate operation runs a session of its own per exchange (it closes the
     * session when done), unless the message names one.
     */
    public String sessionKeyOf(Exchange exchange, GptRealtimeOperation op) {
        String key = exchange.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY, String.class);
        if (op == GptRealtimeOperation.translate && (key == null || key.isBlank())) {
            return "translate-" + exchange.getExchangeId();
        }
        return sessionKeyOf(exchange);
    }

    public boolean close(Exchange exchange, String key, AsyncCallback callback) {
        RealtimeSession session = endpoint.getAgent().session(key);
        if (session == null) {
            callback.done(true);
            return true;
        }
        return completeLater(session.close(), exchange, callback, v -> {
        });
    }

    public boolean run(GptRealtimeOperation op, RealtimeSession session, Exchange exchange, AsyncCallback callback)
            throws Exception {
        Message in = exchange.getMessage();
        if (session.settings().isTranslation()) {
            return runTranslation(op, session, exchange, callback);
        }
        switch (op) {
            case open -> {
                // opened by the caller already
            }
            case appendAudio -> appendAudio(session, in);
            case commit -> session.send(new InputAudioBufferCommitEvent());
            case clearAudio -> session.send(new InputAudioBufferClearEvent());
            case sendText -> {
                session.send(new ConversationItemCreateEvent(ConversationItem.userText(in.getMandatoryBody(String.class))));
                if (config.isCreateResponse()) {
                    return completeLater(session.requestResponse(null), exchange, callback,
                            id -> in.setHeader(GptRealtimeConstants.RESPONSE_ID, id));
                }
            }
            case sendImage -> {
                session.send(new ConversationItemCreateEvent(ConversationItem.userImage(imageUrlOf(in))));
                if (config.isCreateResponse()) {
                    return completeLater(session.requestResponse(null), exchange, callback,
                            id -> in.setHeader(GptRealtimeConstants.RESPONSE_ID, id));
                }
            }
            case createResponse -> {
                return completeLater(session.requestResponse(responseParamsOf(in)), exchange, callback,
                        id -> in.setHeader(GptRealtimeConstants.RESPONSE_ID, id));
            }
            case cancelResponse -> session.cancelResponse();
            case updateSession -> {
                SessionUpdateEvent update = new SessionUpdateEvent();
                String json = in.getBody(String.class);
                if (json != null && !json.isBlank()) {
                    update.setSession(RealtimeJson.mapper().readValue(json, RealtimeSessionConfig.class));
                } else {
                    RealtimeSessionConfig options = SessionConfigFactory.create(config, exchange.getContext());
                    endpoint.getComponent().getToolRuntime().registry(endpoint.getAgentName())
                            .addRegisteredTools(options);
                    update.setSession(options);
                }
                session.send(update);
            }
            case truncate -> {
                String itemId = in.getHeader(GptRealtimeConstants.ITEM_ID, String.class);
                Long ms = in.getHeader(GptRealtimeConstants.AUDIO_MS, Long.class);
                Integer contentIndex = in.getHeader(GptRealtimeConstants.CONTENT_INDEX, 0, Integer.class);
                if (itemId == null || ms == null) {
                    throw new IllegalArgumentException("truncate needs the headers " + GptRealtimeConstants.ITEM_ID
                                                       + " and " + GptRealtimeConstants.AUDIO_MS);
                }
                session.send(new ConversationItemTruncateEvent(itemId, contentIndex, ms.intValue()));
            }
            case sendEvent -> session.sendRaw(in.getMandatoryBody(String.class));
            case turn -> {
                return turn(session, exchange, callback);
            }
            case close -> throw new IllegalStateException("close is handled before a session is opened");
            case translate -> throw new IllegalArgumentException("The translate operation needs a translation"
                                                                 + " session: set sessionType=translation");
            default -> throw new IllegalArgumentException("Unsupported operation " + op);
        }
        callback.done(true);
        return true;
    }

    /** A translation session has no conversation: audio in, session updates, raw events, and translate. */
    private boolean runTranslation(GptRealtimeOperation op, RealtimeSession session, Exchange exchange,
                                   AsyncCallback callback) throws Exception {
        Message in = exchange.getMessage();
        switch (op) {
            case open -> {
                // opened by the caller already
            }
            case appendAudio -> {
                byte[] audio = AudioBody.toSessionFormat(AudioBody.bytesOf(in),
                        in.getHeader(GptRealtimeConstants.AUDIO_FORMAT, String.class), AudioFormat.REALTIME_PCM);
                in.setHeader(GptRealtimeConstants.AUDIO_MS, AudioStreamer.stream(session, audio,
                        AudioFormat.REALTIME_PCM, TRANSLATION_FRAME_MS, realtimePacing()));
            }
            case updateSession -> {
                String json = in.getBody(String.class);
                TranslationSessionConfig update = json != null && !json.isBlank()
                        ? RealtimeJson.mapper().readValue(json, TranslationSessionConfig.class)
                        : TranslationConfigFactory.create(config);
                session.send(new TranslationSessionUpdateEvent(update));
            }
            case sendEvent -> session.sendRaw(in.getMandatoryBody(String.class));
            case translate -> {
                return translate(session, exchange, callback);
            }
            default -> throw new IllegalArgumentException("The operation " + op + " is not available in translation"
                                                          + " sessions (they have no conversation): use appendAudio,"
                                                          + " updateSession, sendEvent, close or translate");
        }
        callback.done(true);
        return true;
    }

    /**
     * Streams the body into the session in the translation engine's 200 ms frames, then drains it with session.close
     * and answers with what the session produced until session.closed.
     */
    private boolean translate(RealtimeSession session, Exchange exchange, AsyncCallback callback) throws Exception {
        Message in = exchange.getMessage();
        TranslationCollector collector = new TranslationCollector(MAX_TRANSLATED_AUDIO_BYTES);
        session.addObserver(collector);
        try {
            byte[] audio = AudioBody.toSessionFormat(AudioBody.bytesOf(in),
                    in.getHeader(GptRealtimeConstants.AUDIO_FORMAT, String.class), AudioFormat.REALTIME_PCM);
            AudioStreamer.stream(session, audio, AudioFormat.REALTIME_PCM, TRANSLATION_FRAME_MS, realtimePacing());
            session.close();
        } catch (RuntimeException e) {
            collector.fail(e);
            session.close();
        }
        CompletableFuture<TranslationResult> result = collector.result()
                .orTimeout(config.getTurnTimeout(), TimeUnit.MILLISECONDS);
        return completeLater(result, exchange, callback, r -> {
            in.setHeader(GptRealtimeConstants.ASSISTANT_TRANSCRIPT, r.translatedTranscript());
            in.setHeader(GptRealtimeConstants.USER_TRANSCRIPT, r.sourceTranscript());
            in.setHeader(GptRealtimeConstants.AUDIO_MS, r.audioMs());
            in.setBody("wav".equals(config.getTurnReply()) ? WavWriter.toBytes(AudioFormat.REALTIME_PCM, r.audio())
                    : r.translatedTranscript());
        });
    }

    private void appendAudio(RealtimeSession session, Message in) throws Exception {
        AudioFormat target = AudioFormat.fromRealtimeType(config.getInputAudioFormat());
        byte[] audio = AudioBody.toSessionFormat(AudioBody.bytesOf(in),
                in.getHeader(GptRealtimeConstants.AUDIO_FORMAT, String.class), target);
        long ms = AudioStreamer.stream(session, audio, target, chunkMs(), realtimePacing());
        in.setHeader(GptRealtimeConstants.AUDIO_MS, ms);
    }

    private boolean turn(RealtimeSession session, Exchange exchange, AsyncCallback callback) throws Exception {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        AudioFormat output = AudioFormat.fromRealtimeType(config.getOutputAudioFormat());
        String text = body instanceof String s ? s : null;
        TurnCollector collector = new TurnCollector(output, config.getInputTranscriptionModel() != null, text,
                endpoint.getComponent().getEngine().scheduler());
        session.addObserver(collector);
        collector.result().whenComplete((r, e) -> session.removeObserver(collector));
        try {
            if (text != null) {
                session.send(new ConversationItemCreateEvent(ConversationItem.userText(text)));
            } else {
                usePushToTalk(session);
                AudioFormat target = AudioFormat.fromRealtimeType(config.getInputAudioFormat());
                byte[] audio = AudioBody.toSessionFormat(AudioBody.bytesOf(in),
                        in.getHeader(GptRealtimeConstants.AUDIO_FORMAT, String.class), target);
                AudioStreamer.stream(session, audio, target, chunkMs(), realtimePacing());
                session.send(new InputAudioBufferCommitEvent());
            }
            session.requestResponse(null).whenComplete((id, e) -> {
                if (e != null) {
                    collector.fail(e);
                }
            });
        } catch (RuntimeException e) {
            collector.fail(e);
        }
        CompletableFuture<TurnResult> result = collector.result()
                .orTimeout(config.getTurnTimeout(), TimeUnit.MILLISECONDS);
        return completeLater(result, exchange, callback, r -> toMessage(r, in));
    }

    /**
     * The turn operation commits the whole body as one turn, so server turn detection must not cut it into pieces:
     * the first turn of a session switches it to push-to-talk. The service applies events in order, so no wait.
     */
    private void usePushToTalk(RealtimeSession session) {
        if (session.attributes().putIfAbsent(PUSH_TO_TALK, Boolean.TRUE) == null
            && !"none".equals(config.getTurnDetection())) {
            SessionUpdateEvent update = new SessionUpdateEvent();
            update.setSession(SessionConfigFactory.turnDetectionOff(config));
            session.send(update);
        }
    }

    private void toMessage(TurnResult r, Message in) {
        in.setHeader(GptRealtimeConstants.USER_TRANSCRIPT, r.userTranscript());
        in.setHeader(GptRealtimeConstants.ASSISTANT_TRANSCRIPT, r.assistantTranscript());
        in.setHeader(GptRealtimeConstants.RESPONSE_ID, r.responseId());
        in.setHeader(GptRealtimeConstants.RESPONSE_STATUS, r.status());
        in.setHeader(GptRealtimeConstants.AUDIO_MS, r.audioDurationMs());
        if (r.usage() != null) {
            in.setHeader(GptRealtimeConstants.TOTAL_TOKENS, r.usage().getTotalTokens());
            in.setHeader(GptRealtimeConstants.INPUT_TOKENS, r.usage().getInputTokens());
            in.setHeader(GptRealtimeConstants.OUTPUT_TOKENS, r.usage().getOutputTokens());
        }
        if ("wav".equals(config.getTurnReply())) {
            in.setBody(WavWriter.toBytes(r.audioFormat(), r.audio()));
        } else {
            in.setBody(r.assistantTranscript());
        }
    }

    private String imageUrlOf(Message in) {
        Object body = in.getBody();
        if (body instanceof String s) {
            return s;
        }
        if (body instanceof byte[] b) {
            return "data:" + ImageTypes.sniff(b) + ";base64," + Base64.getEncoder().encodeToString(b);
        }
        throw new IllegalArgumentException("sendImage needs a byte[] image or a data:/https: URL String, not "
                                           + (body == null ? "null" : body.getClass().getName()));
    }

    private ResponseCreateParams responseParamsOf(Message in) throws Exception {
        Object body = in.getBody();
        if (body instanceof ResponseCreateParams p) {
            return p;
        }
        if (body instanceof String json && json.trim().startsWith("{")) {
            return RealtimeJson.mapper().readValue(json, ResponseCreateParams.class);
        }
        return null;
    }

    private int chunkMs() {
        int ms = config.getChunkMs();
        if (ms < 20 || ms > 1000) {
            throw new IllegalArgumentException("chunkMs must be between 20 and 1000, was " + ms);
        }
        return ms;
    }

    private boolean realtimePacing() {
        return "realtime".equals(config.getAudioPacing());
    }

    private static <T> boolean completeLater(CompletableFuture<T> future, Exchange exchange, AsyncCallback callback,
                                             java.util.function.Consumer<T> onSuccess) {
        future.whenComplete((value, error) -> {
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                if (cause instanceof java.util.concurrent.TimeoutException) {
                    cause = new RealtimeSessionException("The service did not answer in time", cause);
                }
                exchange.setException(cause);
            } else {
                try {
                    onSuccess.accept(value);
                } catch (RuntimeException e) {
                    exchange.setException(e);
                }
            }
            callback.done(false);
        });
        return false;
    }
}
