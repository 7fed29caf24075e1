package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Realtime REST operations of the SIP connector and of browser sessions, answered as the service answers them:
 * <ul>
 * <li>{@code POST /v1/realtime/calls/{call_id}/accept} — body {@code RealtimeSessionCreateRequestGA}, validated like a
 * session.update; {@code …/reject} — optional {@code {"status_code"}}; {@code …/refer} — {@code {"target_uri"}}
 * ({@code tel:}, {@code sip:} or {@code sips:}); {@code …/hangup} — no body. 200 with no body; 404 for an unknown call,
 * 400 for a call in the wrong state or an invalid body.</li>
 * <li>{@code POST /v1/realtime/client_secrets} and {@code /v1/realtime/translations/client_secrets} — an
 * {@code ek_…} key, its expiry and the effective session.</li>
 * </ul>
 * Every request needs the project's API key (401 otherwise) and is recorded. Other requests pass on to the WebSocket
 * handshake handler, which answers 404 for unknown paths. Runs on the connection's event loop.
 */
final class RestHandler extends ChannelInboundHandlerAdapter {

    private static final String PREFIX = "/v1/realtime/";
    private static final Pattern CALL_PATH = Pattern.compile("/v1/realtime/calls/([^/]+)/(accept|reject|refer|hangup)");
    private static final String CLIENT_SECRETS = "/v1/realtime/client_secrets";
    private static final String TRANSLATION_SECRETS = "/v1/realtime/translations/client_secrets";
    private static final List<String> ANCHORS = List.of("created_at");

    private final SimulatorConfig config;
    private final SipCalls calls;
    private final Ids ids;

    RestHandler(SimulatorConfig config, SipCalls calls, long connectionOrdinal) {
        this.config = config;
        this.calls = calls;
        this.ids = new Ids(config.seed() ^ 0x0E57L, connectionOrdinal);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest req)) {
            ctx.fireChannelRead(msg);
            return;
        }
        String path = new QueryStringDecoder(req.uri()).path();
        Matcher call = CALL_PATH.matcher(path);
        String operation = call.matches() ? call.group(2) : CLIENT_SECRETS.equals(path) ? "client_secrets"
                : TRANSLATION_SECRETS.equals(path) ? "translations/client_secrets" : null;
        if (operation == null || !path.startsWith(PREFIX)) {
            ctx.fireChannelRead(msg); // the handshake handler answers (or upgrades)
            return;
        }
        try {
            handle(ctx, req, operation, call.matches() ? call.group(1) : null);
        } finally {
            ReferenceCountUtil.release(req);
        }
    }

    private void handle(ChannelHandlerContext ctx, FullHttpRequest req, String operation, String callId) {
        String raw = req.content().toString(StandardCharsets.UTF_8);
        JsonNode body = raw.isBlank() ? null : Json.parseOrNull(raw);
        Answer answer;
        if (!HttpMethod.POST.equals(req.method())) {
            answer = new Answer(405, HttpErrors.body("Method " + req.method() + " not allowed; use POST.",
                    "invalid_request_error", null));
        } else if (!authorized(req)) {
            answer = new Answer(401, HttpErrors.invalidApiKey(bearer(req)));
        } else if (!raw.isBlank() && (body == null || !body.isObject())) {
            answer = new Answer(400, HttpErrors.body("We could not parse the JSON body of your request. (HINT: "
                    + "This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON "
                    + "payload, but what was sent was not valid JSON.)", "invalid_request_error", null));
        } else {
            try {
                answer = callId != null ? control(operation, callId, body) : clientSecret(operation, body);
            } catch (RealtimeError e) {
                answer = new Answer(400, error(e));
            }
        }
        calls.record(new RestRequest(Instant.now(), operation, callId, body, raw, answer.status, answer.body));
        respond(ctx, req, answer);
    }

    // ---- call control ------------------------------------------------------------------------------------

    private Answer control(String operation, String callId, JsonNode body) throws RealtimeError {
        SimulatedSipCall call = calls.get(callId);
        if (call == null) {
            return new Answer(404, HttpErrors.body("Call '" + callId + "' not found.", "invalid_request_error",
                    "call_not_found"));
        }
        try {
            switch (operation) {
                case "accept" -> {
                    if (body == null) {
                        throw RealtimeError.missingParameter("type");
                    }
                    validateSession(body);
                    call.accept((ObjectNode) body);
                }
                case "reject" -> {
                    Integer status = null;
                    if (body != null) {
                        Validation.onlyFields(body, "", Set.of("status_code"));
                        JsonNode code = body.get("status_code");
                        if (code != null && !code.isNull()) {
                            status = (int) Validation.integer(code, "status_code", 300, 699);
                        }
                    }
                    call.reject(status);
                }
                case "refer" -> {
                    if (body == null) {
                        throw RealtimeError.missingParameter("target_uri");
                    }
                    Validation.onlyFields(body, "", Set.of("target_uri"));
                    String target = Validation.string(Validation.required(body, "target_uri", ""), "target_uri");
                    if (!target.startsWith("tel:") && !target.startsWith("sip:") && !target.startsWith("sips:")) {
                        throw RealtimeError.invalidValueMessage("Invalid 'target_uri': expected a tel:, sip: or "
                                + "sips: URI, got '" + target + "'.", "target_uri");
                    }
                    call.refer(target);
                }
                default -> call.hangup();
            }
        } catch (IllegalStateException e) {
            return new Answer(400, HttpErrors.body(e.getMessage(), "invalid_request_error", null));
        }
        return new Answer(200, "");
    }

    /** The accept body is a whole session configuration: validated the way a session.update is. */
    private void validateSession(JsonNode session) throws RealtimeError {
        String model = session.path("model").isTextual() ? session.get("model").asText() : config.defaultModel();
        SessionState.realtime("sess_check", model, config.defaultInstructions(), config.defaultVoice(), 0)
                .apply(session, false);
    }

    // ---- client secrets ----------------------------------------------------------------------------------

    private Answer clientSecret(String operation, JsonNode body) throws RealtimeError {
        if (body == null) {
            throw RealtimeError.missingParameter("session");
        }
        boolean translation = operation.startsWith("translations");
        Validation.onlyFields(body, "", Set.of("expires_after", "session"));
        long seconds = 600;
        JsonNode expires = body.get("expires_after");
        if (expires != null && !expires.isNull()) {
            Validation.object(expires, "expires_after");
            Validation.onlyFields(expires, "expires_after", Set.of("anchor", "seconds"));
            if (expires.has("anchor")) {
                Validation.oneOf(expires.get("anchor"), "expires_after.anchor", ANCHORS);
            }
            if (expires.has("seconds")) {
                seconds = Validation.integer(expires.get("seconds"), "expires_after.seconds", 10, 7200);
            }
        }
        long expiresAt = Instant.now().getEpochSecond() + seconds;
        ObjectNode view;
        JsonNode session = body.get("session");
        if (translation) {
            if (session == null || session.isNull()) {
                throw RealtimeError.missingParameter("session");
            }
            view = translationSession(session, expiresAt);
        } else if (session == null || session.isNull()) {
            view = SessionState.realtime(ids.next("sess"), config.defaultModel(), config.defaultInstructions(),
                    config.defaultVoice(), expiresAt).view(config.wireNulls());
        } else {
            Validation.object(session, "session");
            String type = session.path("type").asText("");
            SessionState state;
            if ("transcription".equals(type)) {
                state = SessionState.transcription(ids.next("sess"), expiresAt);
            } else {
                String model = session.path("model").isTextual() ? session.get("model").asText()
                        : config.defaultModel();
                state = SessionState.realtime(ids.next("sess"), model, config.defaultInstructions(),
                        config.defaultVoice(), expiresAt);
            }
            state.apply(session, false);
            view = state.view(config.wireNulls());
        }
        ObjectNode answer = Json.object();
        answer.put("value", calls.mintKey(expiresAt));
        answer.put("expires_at", expiresAt);
        answer.set("session", view);
        return new Answer(200, Json.write(answer));
    }

    private ObjectNode translationSession(JsonNode session, long expiresAt) throws RealtimeError {
        Validation.object(session, "session");
        Validation.onlyFields(session, "session", Set.of("model", "audio"));
        String model = Validation.string(Validation.required(session, "model", "session"), "session.model");
        ObjectNode view = Json.object();
        view.put("id", ids.next("sess"));
        view.put("type", "translation");
        view.put("expires_at", expiresAt);
        view.put("model", model);
        ObjectNode audio = view.putObject("audio");
        ObjectNode input = audio.putObject("input");
        input.putNull("transcription");
        input.putNull("noise_reduction");
        ObjectNode output = audio.putObject("output");
        JsonNode given = session.path("audio");
        if (!given.isMissingNode()) {
            Validation.object(given, "session.audio");
            Validation.onlyFields(given, "session.audio", Set.of("input", "output"));
            JsonNode in = given.path("input");
            if (!in.isMissingNode()) {
                Validation.object(in, "session.audio.input");
                Validation.onlyFields(in, "session.audio.input", Set.of("transcription", "noise_reduction"));
                JsonNode t = in.path("transcription");
                if (t.isObject()) {
                    String tm = Validation.string(Validation.required(t, "model", "session.audio.input.transcription"),
                            "session.audio.input.transcription.model");
                    input.putObject("transcription").put("model", tm);
                }
                JsonNode nr = in.path("noise_reduction");
                if (nr.isObject()) {
                    input.putObject("noise_reduction").put("type", Validation.oneOf(
                            Validation.required(nr, "type", "session.audio.input.noise_reduction"),
                            "session.audio.input.noise_reduction.type", List.of("near_field", "far_field")));
                }
            }
            JsonNode out = given.path("output");
            if (!out.isMissingNode()) {
                Validation.object(out, "session.audio.output");
                Validation.onlyFields(out, "session.audio.output", Set.of("language"));
                if (out.has("language")) {
                    output.put("language", Validation.string(out.get("language"), "session.audio.output.language"));
                }
            }
        }
        return view;
    }

    // ---- plumbing ----------------------------------------------------------------------------------------

    private boolean authorized(FullHttpRequest req) {
        String key = bearer(req);
        return key != null && !key.isEmpty() && (config.apiKey() == null || config.apiKey().equals(key));
    }

    private static String bearer(FullHttpRequest req) {
        String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
    }

    private static String error(RealtimeError e) {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("message", e.getMessage());
        error.put("type", e.type());
        if (e.param() == null) {
            error.putNull("param");
        } else {
            error.put("param", e.param());
        }
        error.put("code", e.code());
        return Json.write(root);
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest req, Answer answer) {
        byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(answer.status), Unpooled.wrappedBuffer(bytes));
        if (bytes.length > 0) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        }
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        HttpUtil.setKeepAlive(response, keepAlive);
        if (keepAlive) {
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private record Answer(int status, String body) {
    }
}
