package io.gptrealtime.camel.telephony.twilio;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.playout.AudioPort;
import io.gptrealtime.camel.telephony.CallBridge;
import io.gptrealtime.camel.telephony.CallEndedBy;
import io.gptrealtime.camel.telephony.CallInfo;
import io.gptrealtime.camel.telephony.CallLeg;
import io.gptrealtime.camel.telephony.CallSessions;
import io.gptrealtime.camel.telephony.ConnectionLoss;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Twilio Media Stream (one call), as a state machine over its messages: {@code connected} → {@code start} (the
 * call begins: a session opens) → {@code media}/{@code dtmf}/{@code mark} → {@code stop}. Binary frames, unreadable
 * JSON and a stream that does not start properly are protocol errors: the stream is closed with 1003/1008 and a
 * reason, the call ends as an error. Messages whose sequenceNumber does not increase are dropped and counted. All
 * methods run on the connection's event loop.
 */
final class TwilioStream extends SimpleChannelInboundHandler<WebSocketFrame> implements CallLeg {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioStream.class);

    enum State { CONNECTING, CONNECTED, STREAMING, STOPPED }

    private final CallSessions sessions;
    private Channel channel;
    private State state = State.CONNECTING;
    private long lastSequence = -1;
    private long outOfOrder;
    private String streamSid;
    private volatile TwilioAudioPort port;
    private CallBridge bridge;

    TwilioStream(CallSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (!(frame instanceof TextWebSocketFrame text)) {
            protocolError(WebSocketCloseStatus.INVALID_MESSAGE_TYPE, "Twilio Media Streams send text (JSON) frames"
                                                                     + " only, got " + frame.getClass().getSimpleName());
            return;
        }
        JsonNode msg;
        try {
            msg = TwilioMessages.JSON.readTree(text.text());
        } catch (Exception e) {
            protocolError(WebSocketCloseStatus.INVALID_PAYLOAD_DATA, "not JSON: " + e.getMessage());
            return;
        }
        String event = msg.path("event").asText("");
        if (msg.hasNonNull("sequenceNumber")) {
            long seq = msg.path("sequenceNumber").asLong(-1);
            if (seq <= lastSequence) {
                outOfOrder++;
                LOG.debug("Twilio stream {}: {} with sequenceNumber {} after {}: dropped", streamSid, event, seq,
                        lastSequence);
                return;
            }
            lastSequence = seq;
        }
        switch (event) {
            case "connected" -> state = State.CONNECTED;
            case "start" -> onStart(msg);
            case "media" -> onMedia(msg);
            case "dtmf" -> {
                String digit = msg.path("dtmf").path("digit").asText("");
                if (bridge != null && digit.length() == 1) {
                    bridge.onDtmf(digit.charAt(0));
                }
            }
            case "mark" -> {
                TwilioAudioPort p = port;
                if (p != null) {
                    p.onMark(msg.path("mark").path("name").asText(""));
                }
            }
            case "stop" -> {
                state = State.STOPPED;
                if (bridge != null) {
                    bridge.onCallEnded(CallEndedBy.caller, "stop");
                }
                ctx.close();
            }
            default -> LOG.debug("Twilio stream {}: ignored event '{}'", streamSid, event);
        }
    }

    private void onStart(JsonNode msg) {
        if (state == State.STREAMING) {
            LOG.debug("Twilio stream {}: a second start is ignored", streamSid);
            return;
        }
        JsonNode start = msg.path("start");
        streamSid = msg.path("streamSid").asText(start.path("streamSid").asText(null));
        String callSid = start.path("callSid").asText(null);
        JsonNode format = start.path("mediaFormat");
        if (streamSid == null || callSid == null) {
            protocolError(WebSocketCloseStatus.POLICY_VIOLATION, "start without streamSid or callSid");
            return;
        }
        if (!"audio/x-mulaw".equals(format.path("encoding").asText()) || format.path("sampleRate").asInt() != 8000) {
            protocolError(WebSocketCloseStatus.POLICY_VIOLATION, "unsupported media format " + format
                                                                 + " (audio/x-mulaw 8000 expected)");
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        start.path("customParameters").fields().forEachRemaining(e -> parameters.put(e.getKey(),
                e.getValue().asText()));
        parameters.put("streamSid", streamSid);
        parameters.put("accountSid", start.path("accountSid").asText(""));
        state = State.STREAMING;
        port = new TwilioAudioPort(streamSid, json -> channel.writeAndFlush(new TextWebSocketFrame(json),
                channel.voidPromise()));
        bridge = CallBridge.create(new CallInfo("twilio", callSid, parameters.get("From"), parameters.get("To"),
                parameters), this, sessions);
        try {
            bridge.start();
        } catch (RuntimeException e) {
            LOG.warn("Twilio call {}: no session: {}", callSid, e.getMessage());
            bridge = null;
            close(WebSocketCloseStatus.TRY_AGAIN_LATER, "no session available");
        }
    }

    private void onMedia(JsonNode msg) {
        if (state != State.STREAMING) {
            protocolError(WebSocketCloseStatus.POLICY_VIOLATION, "media before start");
            return;
        }
        String track = msg.path("media").path("track").asText("inbound");
        if (!"inbound".equals(track)) {
            return;
        }
        byte[] audio;
        try {
            audio = Base64.getDecoder().decode(msg.path("media").path("payload").asText(""));
        } catch (IllegalArgumentException e) {
            LOG.debug("Twilio stream {}: media payload is not base64", streamSid);
            return;
        }
        if (bridge != null) {
            bridge.onCallerAudio(audio, 0, audio.length);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (bridge != null) {
            bridge.onCallEnded(CallEndedBy.caller, "stream closed");
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        boolean lost = ConnectionLoss.isConnectionLoss(cause);
        if (lost) {
            // Twilio (or a proxy) dropped the connection without a stop message or a close frame
            LOG.debug("Twilio stream {}: {}", streamSid, cause.toString());
        } else {
            LOG.warn("Twilio stream {}: {}", streamSid, cause.toString());
        }
        if (bridge != null) {
            bridge.onCallEnded(lost ? CallEndedBy.caller : CallEndedBy.error,
                    lost ? ConnectionLoss.reason(cause) : cause.getMessage());
        }
        ctx.close();
    }

    long outOfOrder() {
        return outOfOrder;
    }

    private void protocolError(WebSocketCloseStatus status, String problem) {
        LOG.warn("Twilio stream {}: protocol error: {}", streamSid, problem);
        if (bridge != null) {
            bridge.onCallEnded(CallEndedBy.error, "Twilio protocol error: " + problem);
        }
        close(status, problem);
    }

    private void close(WebSocketCloseStatus status, String reason) {
        String r = reason.length() > 120 ? reason.substring(0, 120) : reason;
        channel.writeAndFlush(new CloseWebSocketFrame(status.code(), r)).addListener(ChannelFutureListener.CLOSE);
    }

    // ------------------------------------------------------------------------------------------ CallLeg

    @Override
    public AudioFormat callerFormat() {
        return AudioFormat.PCMU_8K;
    }

    @Override
    public AudioPort downlink() {
        return port;
    }

    @Override
    public void answer() {
        // Twilio connected to us: the call is up already
    }

    @Override
    public void reject(String reason) {
        channel.eventLoop().execute(() -> close(WebSocketCloseStatus.TRY_AGAIN_LATER, "no session: " + reason));
    }

    @Override
    public void hangUp() {
        // closing the stream ends <Connect><Stream>: Twilio goes on with the next TwiML verb (e.g. <Hangup/>)
        channel.eventLoop().execute(() -> close(WebSocketCloseStatus.NORMAL_CLOSURE, "hung up"));
    }

    @Override
    public void transfer(String target) {
        throw new UnsupportedOperationException("A Twilio Media Stream cannot transfer: end the stream and <Dial> in"
                                                + " the TwiML that follows <Connect>, or use Twilio's REST API");
    }

    @Override
    public void sendDtmf(String digits) {
        throw new UnsupportedOperationException("A Twilio Media Stream cannot send DTMF");
    }

    @Override
    public java.util.Map<String, Long> mediaStats() {
        return Map.of("outOfOrderMessages", outOfOrder);
    }

    @Override
    public void release() {
        TwilioAudioPort p = port;
        if (p != null) {
            p.close();
        }
    }
}
