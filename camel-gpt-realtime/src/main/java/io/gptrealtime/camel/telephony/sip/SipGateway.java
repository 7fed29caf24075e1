package io.gptrealtime.camel.telephony.sip;

import java.io.IOException;
import java.util.List;

import io.gptrealtime.camel.telephony.CallBridge;
import io.gptrealtime.camel.telephony.CallInfo;
import io.gptrealtime.camel.telephony.CallSessions;
import io.gptrealtime.camel.telephony.rtp.RtpConfig;
import io.gptrealtime.camel.telephony.rtp.RtpPortPool;
import io.gptrealtime.camel.telephony.rtp.RtpSession;
import io.netty.channel.EventLoopGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes SIP calls for an agent: negotiates the media of each INVITE (400 for an unreadable offer, 488 without a
 * common codec, 503 when no RTP port or session is available), rings, and hands the call to a {@link CallBridge}
 * that answers once the call's session is open.
 */
public final class SipGateway implements AutoCloseable, SipUserAgent.SipCallHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SipGateway.class);

    private final SipUserAgent userAgent;
    private final EventLoopGroup media;
    private final RtpPortPool ports;
    private final RtpConfig rtpConfig;
    private final CallSessions sessions;

    public SipGateway(SipUserAgent userAgent, EventLoopGroup media, RtpConfig rtpConfig, CallSessions sessions) {
        this.userAgent = userAgent;
        this.media = media;
        this.rtpConfig = rtpConfig;
        this.ports = new RtpPortPool(rtpConfig.portMin(), rtpConfig.portMax());
        this.sessions = sessions;
    }

    /** A gateway on JAIN-SIP listening on host:port over the given transports (udp, tcp). */
    public static SipGateway start(String host, int port, List<String> transports, EventLoopGroup media,
                                   RtpConfig rtpConfig, CallSessions sessions) throws IOException {
        SipGateway gateway = new SipGateway(new JainSipUserAgent(host, port, transports), media, rtpConfig, sessions);
        gateway.userAgent.start(gateway);
        return gateway;
    }

    public List<String> listeningPoints() {
        return userAgent.listeningPoints();
    }

    public RtpPortPool ports() {
        return ports;
    }

    @Override
    public void onInvite(SipCall call) {
        if (call.offer() == null) {
            call.reject(488, "An SDP offer in the INVITE is required");
            return;
        }
        SdpOffer offer;
        MediaNegotiation.Choice choice;
        try {
            offer = SdpOffer.parse(call.offer());
        } catch (SdpOffer.SdpException e) {
            LOG.info("SIP call {} from {}: unreadable SDP: {}", call.callId(), call.from(), e.getMessage());
            call.reject(400, "Bad SDP: " + e.getMessage());
            return;
        }
        try {
            choice = MediaNegotiation.choose(offer);
        } catch (MediaNegotiation.NotAcceptableException e) {
            LOG.info("SIP call {} from {}: {}", call.callId(), call.from(), e.getMessage());
            call.reject(488, e.getMessage());
            return;
        }
        RtpSession rtp;
        try {
            rtp = RtpSession.open(media, ports, rtpConfig, choice.codec(), choice.dtmfPayloadType(), choice.remote());
        } catch (IOException e) {
            LOG.warn("SIP call {}: {}", call.callId(), e.getMessage());
            call.reject(503, "No media port available");
            return;
        }
        rtp.sender().setProbe(sessions.probe());
        SipCallLeg leg = new SipCallLeg(call, offer, choice, rtp, rtpConfig);
        call.setListener(leg);
        call.ringing();
        CallBridge bridge = CallBridge.create(new CallInfo("sip", call.callId(), call.from(), call.to(),
                call.headers()), leg, sessions);
        leg.attach(bridge);
        try {
            bridge.start();
        } catch (RuntimeException e) {
            LOG.warn("SIP call {}: no session: {}", call.callId(), e.getMessage());
            leg.release();
            call.reject(503, "No session available");
        }
    }

    @Override
    public void close() {
        userAgent.close();
    }
}
