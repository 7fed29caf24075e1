package io.gptrealtime.camel.telephony;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.telephony.rtp.RtpConfig;
import io.gptrealtime.camel.telephony.audiosocket.AudioSocketLimits;
import io.gptrealtime.camel.telephony.audiosocket.AudioSocketServer;
import io.gptrealtime.camel.telephony.sip.SipGateway;
import io.gptrealtime.camel.telephony.twilio.TwilioMediaStreamServer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateways one consumer runs (SIP, Twilio Media Streams, AudioSocket), their shared media threads, and the calls
 * in progress. Stopping hangs up every call, then closes the listeners and the threads.
 */
public final class TelephonyGateways implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelephonyGateways.class);

    private final EventLoopGroup media;
    private final List<AutoCloseable> listeners = new ArrayList<>();
    private final Set<CallBridge> calls = ConcurrentHashMap.newKeySet();
    /** The last {@link #RECENT} calls that ended, newest last; guarded by itself. */
    private final java.util.ArrayDeque<EndedCall> recent = new java.util.ArrayDeque<>();
    static final int RECENT = 100;

    /** A call that is over: who ended it and its media counters. */
    public record EndedCall(CallInfo call, CallEndedBy endedBy, java.util.Map<String, Long> mediaStats,
                            long callerBytes, long droppedCallerFrames) {
    }
    private final CallSessions sessions;
    private SipGateway sip;
    private TwilioMediaStreamServer twilio;
    private AudioSocketServer audioSocket;
    /** Assistant audio that may wait for real-time playout on a paced leg. */
    static final long MAX_QUEUED_MS = 600_000;

    private TelephonyGateways(int threads, CallSessions sessions) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.media = new MultiThreadIoEventLoopGroup(n, new DefaultThreadFactory("GptRealtimeMedia", true),
                NioIoHandler.newFactory());
        CallSessions.BridgeListener outer = sessions.listener();
        this.sessions = new CallSessions(sessions.opener(), sessions.uplinkExecutor(), sessions.scheduler(),
                sessions.bargeIn(), new CallSessions.BridgeListener() {
                    @Override
                    public void onStarted(CallBridge bridge) {
                        calls.add(bridge);
                        outer.onStarted(bridge);
                    }

                    @Override
                    public void onEnded(CallBridge bridge) {
                        calls.remove(bridge);
                        synchronized (recent) {
                            recent.addLast(new EndedCall(bridge.call(), bridge.endedBy(), bridge.leg().mediaStats(),
                                    bridge.callerBytes(), bridge.droppedCallerFrames()));
                            if (recent.size() > RECENT) {
                                recent.removeFirst();
                            }
                        }
                        outer.onEnded(bridge);
                    }
                }, sessions.probe());
    }

    /** Starts the gateways the configuration enables; on failure, stops what was started and throws. */
    public static TelephonyGateways start(TelephonyConfiguration config, CallSessions sessions) throws Exception {
        TelephonyGateways g = new TelephonyGateways(config.getMediaThreads(), sessions);
        try {
            if (config.isSip()) {
                RtpConfig rtp = RtpConfig.defaults(config.getSipHost(), config.getRtpPortMin(), config.getRtpPortMax(),
                        config.getRtpInactivityTimeout());
                g.sip = SipGateway.start(config.getSipHost(), config.getSipPort(), transports(config.getSipTransport()),
                        g.media, rtp, g.sessions);
                g.listeners.add(g.sip);
            }
            if (config.isTwilio()) {
                g.twilio = TwilioMediaStreamServer.start(config.getTwilioHost(), config.getTwilioPort(),
                        config.getTwilioPath(), g.media, g.sessions);
                g.listeners.add(g.twilio);
            }
            if (config.isAudioSocket()) {
                g.audioSocket = AudioSocketServer.start(config.getAudioSocketHost(), config.getAudioSocketPort(),
                        g.media, g.sessions, AudioSocketLimits.DEFAULT, MAX_QUEUED_MS);
                g.listeners.add(g.audioSocket);
            }
        } catch (Exception e) {
            g.close();
            throw e;
        }
        return g;
    }

    static List<String> transports(String value) {
        List<String> list = new ArrayList<>();
        for (String t : Arrays.asList(value == null ? new String[0] : value.split(","))) {
            String s = t.strip().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            if (!s.equals("udp") && !s.equals("tcp")) {
                throw new IllegalArgumentException("sipTransport '" + t + "' is not supported (udp, tcp)");
            }
            if (!list.contains(s)) {
                list.add(s);
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("sipTransport must name udp, tcp or both");
        }
        return list;
    }

    /** Calls in progress. */
    public List<CallBridge> calls() {
        return new ArrayList<>(calls);
    }

    /** The calls that ended most recently (up to 100), oldest first. */
    public List<EndedCall> recentCalls() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    /** The SIP gateway, when enabled. */
    public SipGateway sip() {
        return sip;
    }

    /** The Twilio Media Streams server, when enabled. */
    public TwilioMediaStreamServer twilio() {
        return twilio;
    }

    /** The AudioSocket server, when enabled. */
    public AudioSocketServer audioSocket() {
        return audioSocket;
    }

    public EventLoopGroup media() {
        return media;
    }

    CallSessions sessions() {
        return sessions;
    }

    @Override
    public void close() {
        for (CallBridge call : calls()) {
            call.terminate(CallEndedBy.shutdown, "the gateway stopped");
        }
        for (AutoCloseable l : listeners) {
            try {
                l.close();
            } catch (Exception e) {
                LOG.debug("Closing {}: {}", l, e.toString());
            }
        }
        media.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
