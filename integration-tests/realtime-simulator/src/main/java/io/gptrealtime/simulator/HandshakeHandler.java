package io.gptrealtime.simulator;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP side of a connection, up to the WebSocket upgrade, checked in the service's order: path
 * ({@code /v1/realtime}, else 404), injected refusal (fault), method, API key (401 with the OpenAI error body before
 * any upgrade), upgrade headers, session limit (429). Then the upgrade, after which this handler replaces itself
 * with the WebSocket frame pipeline. The {@code OpenAI-Beta} header and a URL with neither {@code model},
 * {@code intent} nor {@code call_id} are accepted here and refused in-band after the upgrade, as the service does.
 * A {@code call_id} must name a call of the simulated SIP connector that was accepted (404 for an unknown call, 400
 * for one that is not accepted); the connection then carries that call's model session (a sideband). Ephemeral keys
 * minted by {@code client_secrets} are accepted until they expire.
 */
final class HandshakeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    static final String REALTIME_PATH = "/v1/realtime";
    static final String TRANSLATIONS_PATH = "/v1/realtime/translations";
    private static final String SUBPROTOCOL_KEY_PREFIX = "openai-insecure-api-key.";

    private final SimulatorConfig config;
    private final FaultPlan globalFaults;
    private final Sessions sessions;
    private final SipCalls calls;

    HandshakeHandler(SimulatorConfig config, FaultPlan globalFaults, Sessions sessions, SipCalls calls) {
        this.config = config;
        this.globalFaults = globalFaults;
        this.sessions = sessions;
        this.calls = calls;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        QueryStringDecoder query = new QueryStringDecoder(req.uri());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : req.headers()) {
            headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
        }
        HandshakeInfo info = new HandshakeInfo(Instant.now(), req.method().name(), req.uri(), query.path(),
                query.parameters(), headers, String.valueOf(ctx.channel().remoteAddress()), 0);

        String path = query.path().endsWith("/") ? query.path().substring(0, query.path().length() - 1)
                : query.path();
        boolean translation = TRANSLATIONS_PATH.equals(path);
        if (!REALTIME_PATH.equals(path) && !translation) {
            respond(ctx, info, HttpResponseStatus.NOT_FOUND, HttpErrors.body("Invalid URL (" + req.method() + " "
                    + query.path() + ")", "invalid_request_error", null), Map.of());
            return;
        }
        HandshakeRefusal refusal = globalFaults.pollRefusal();
        if (refusal != null) {
            respond(ctx, info, HttpResponseStatus.valueOf(refusal.status()), refusal.body(), refusal.headers());
            return;
        }
        if (!HttpMethod.GET.equals(req.method())) {
            respond(ctx, info, HttpResponseStatus.METHOD_NOT_ALLOWED, HttpErrors.body("Method " + req.method()
                    + " not allowed on " + REALTIME_PATH + "; open a WebSocket with GET.", "invalid_request_error",
                    null), Map.of());
            return;
        }
        String key = presentedKey(req);
        boolean ephemeral = key != null && calls.isLiveEphemeralKey(key, Instant.now().getEpochSecond());
        if (key == null || key.isEmpty() || (config.apiKey() != null && !config.apiKey().equals(key) && !ephemeral)) {
            respond(ctx, info, HttpResponseStatus.UNAUTHORIZED, HttpErrors.invalidApiKey(key), Map.of());
            return;
        }
        if (!req.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            respond(ctx, info, HttpResponseStatus.BAD_REQUEST, HttpErrors.body("This endpoint only accepts "
                    + "WebSocket connections (Upgrade: websocket).", "invalid_request_error", null), Map.of());
            return;
        }
        if (translation && (query.parameters().containsKey("intent") || query.parameters().containsKey("call_id"))) {
            respond(ctx, info, HttpResponseStatus.BAD_REQUEST, HttpErrors.body("A translation session takes only the "
                    + "'model' query parameter.", "invalid_request_error", null), Map.of());
            return;
        }
        String callId = first(query, "call_id");
        SimulatedSipCall call = null;
        if (callId != null && !callId.isEmpty()) {
            call = calls.get(callId);
            if (call == null) {
                respond(ctx, info, HttpResponseStatus.NOT_FOUND, HttpErrors.body("Call '" + callId + "' not found.",
                        "invalid_request_error", "call_not_found"), Map.of());
                return;
            }
            if (!call.acceptsSideband()) {
                respond(ctx, info, HttpResponseStatus.BAD_REQUEST, HttpErrors.body("Call '" + callId + "' is "
                        + call.state().name().toLowerCase(Locale.ROOT) + ": a sideband connection can only attach to "
                        + "an accepted call.", "invalid_request_error", null), Map.of());
                return;
            }
        }
        if (sessions.openCount() >= config.maxSessions()) {
            respond(ctx, info, HttpResponseStatus.TOO_MANY_REQUESTS, HttpErrors.body("The simulator's limit of "
                    + config.maxSessions() + " concurrent sessions is reached.", "requests", "rate_limit_exceeded"),
                    Map.of());
            return;
        }
        upgrade(ctx, req, info, query, call, translation);
    }

    private void upgrade(ChannelHandlerContext ctx, FullHttpRequest req, HandshakeInfo info,
                         QueryStringDecoder query, SimulatedSipCall call, boolean translation) {
        String requestedProtocols = req.headers().get(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL);
        String chosen = requestedProtocols != null && List.of(requestedProtocols.split("\\s*,\\s*"))
                .contains("realtime") ? "realtime" : null;
        WebSocketDecoderConfig decoderConfig = WebSocketDecoderConfig.newBuilder()
                .maxFramePayloadLength(config.maxClientMessageBytes())
                .allowExtensions(false)
                .build();
        String wsUrl = "ws://" + req.headers().get(HttpHeaderNames.HOST, config.host()) + REALTIME_PATH;
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(wsUrl, chosen, decoderConfig)
                .newHandshaker(req);
        if (handshaker == null) {
            sessions.recordHandshake(info.withStatus(426));
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        HandshakeInfo upgraded = info.withStatus(101);
        sessions.recordHandshake(upgraded);

        String intent = first(query, "intent");
        String model = first(query, "model");
        String callId = first(query, "call_id");
        SessionKind kind = translation ? SessionKind.TRANSLATION
                : "transcription".equals(intent) ? SessionKind.TRANSCRIPTION : SessionKind.REALTIME;
        SessionProtocol.Refusal refusal = SessionProtocol.Refusal.NONE;
        if (req.headers().contains("OpenAI-Beta")) {
            refusal = SessionProtocol.Refusal.BETA_HEADER;
        } else if (kind == SessionKind.REALTIME && (model == null || model.isEmpty())
                && (callId == null || callId.isEmpty())) {
            refusal = SessionProtocol.Refusal.MISSING_MODEL;
        }
        String effectiveModel = kind == SessionKind.TRANSCRIPTION ? null
                : kind == SessionKind.TRANSLATION ? model
                : call != null ? call.acceptedSession().path("model").asText(config.defaultModel())
                : model != null && !model.isEmpty() ? model : config.defaultModel();

        long ordinal = sessions.nextOrdinal();
        EventRecorder recorder = new EventRecorder(config.maxRecordedEventsPerSession(),
                config.maxRecordedCharsPerSession());
        SimulatedSession session = new SimulatedSession(ordinal, upgraded, kind, effectiveModel, recorder);
        WireProtocol protocol = kind == SessionKind.TRANSLATION
                ? new TranslationProtocol(session, ctx.channel(), config, globalFaults, recorder, model)
                : new SessionProtocol(session, ctx.channel(), config, globalFaults, recorder, kind,
                        effectiveModel == null ? "" : effectiveModel, refusal, call);
        SimulatedSipCall sidebandOf = call;

        ctx.pipeline().addAfter(ctx.name(), "ws-session", new WebSocketSessionHandler(protocol, session, sessions));
        ctx.pipeline().replace(this, "ws-aggregator", new WebSocketFrameAggregator(config.maxClientMessageBytes()));
        handshaker.handshake(ctx.channel(), req).addListener((ChannelFutureListener) f -> {
            if (f.isSuccess()) {
                sessions.opened(session);
                if (sidebandOf != null) {
                    sidebandOf.sidebandAttached(session);
                }
                protocol.onOpen();
            } else {
                f.channel().close();
            }
        });
    }

    /** Bearer token from the Authorization header, or the browser subprotocol form. */
    private static String presentedKey(FullHttpRequest req) {
        String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        String protocols = req.headers().get(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL);
        if (protocols != null) {
            for (String p : protocols.split("\\s*,\\s*")) {
                if (p.startsWith(SUBPROTOCOL_KEY_PREFIX)) {
                    return p.substring(SUBPROTOCOL_KEY_PREFIX.length());
                }
            }
        }
        return null;
    }

    private static String first(QueryStringDecoder query, String name) {
        List<String> values = query.parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private void respond(ChannelHandlerContext ctx, HandshakeInfo info, HttpResponseStatus status, String body,
                         Map<String, String> extraHeaders) {
        sessions.recordHandshake(info.withStatus(status.code()));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(bytes), new DefaultHttpHeaders(), new DefaultHttpHeaders());
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        extraHeaders.forEach((k, v) -> response.headers().set(k, v));
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
