package io.gptrealtime.camel.telephony.sip;

import java.util.concurrent.atomic.AtomicLong;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.playout.AudioPort;
import io.gptrealtime.camel.playout.PacedAudioPort;
import io.gptrealtime.camel.telephony.CallBridge;
import io.gptrealtime.camel.telephony.CallEndedBy;
import io.gptrealtime.camel.telephony.CallLeg;
import io.gptrealtime.camel.telephony.rtp.RtpConfig;
import io.gptrealtime.camel.telephony.rtp.RtpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SIP call with its RTP session, as a {@link CallLeg}: signalling events and media go to the bridge; the bridge's
 * answer, hang-up, transfer and DTMF become SIP and RTP. Assistant audio is paced onto RTP by a
 * {@link PacedAudioPort} whose clock is the RTP channel's event loop.
 */
final class SipCallLeg implements CallLeg, SipCall.Listener, RtpSession.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(SipCallLeg.class);

    private final SipCall call;
    private final RtpSession rtp;
    private final PacedAudioPort downlink;
    private final String localAddress;
    private final long sdpSessionId = System.currentTimeMillis();
    private final AtomicLong sdpVersion = new AtomicLong(1);
    /** The offer and choice in force; replaced by an accepted re-INVITE (stack thread), read by anyone. */
    private volatile SdpOffer offer;
    private volatile MediaNegotiation.Choice choice;
    private volatile CallBridge bridge;
    private volatile String transferTarget;

    SipCallLeg(SipCall call, SdpOffer offer, MediaNegotiation.Choice choice, RtpSession rtp, RtpConfig config) {
        this.call = call;
        this.offer = offer;
        this.choice = choice;
        this.rtp = rtp;
        this.localAddress = config.host();
        this.downlink = new PacedAudioPort(choice.codec().format(), rtp.sender(), rtp.eventLoop(),
                RtpConfig.FRAME_MS, config.maxQueuedMs());
        rtp.sender().setMuted(!choice.callerReceives());
    }

    void attach(CallBridge b) {
        this.bridge = b;
    }

    RtpSession rtp() {
        return rtp;
    }

    String answerSdp() {
        return MediaNegotiation.answer(offer, choice, localAddress, rtp.localPort(), sdpSessionId, sdpVersion.get());
    }

    // ------------------------------------------------------------------------------------------ CallLeg

    @Override
    public AudioFormat callerFormat() {
        return choice.codec().format();
    }

    @Override
    public AudioPort downlink() {
        return downlink;
    }

    @Override
    public void answer() {
        rtp.start(this);
        call.answer(answerSdp());
    }

    @Override
    public void reject(String reason) {
        call.reject(503, "Service Unavailable");
    }

    @Override
    public void hangUp() {
        call.bye();
    }

    @Override
    public void transfer(String target) {
        transferTarget = target;
        call.refer(target);
    }

    @Override
    public void sendDtmf(String digits) {
        rtp.sender().sendDtmf(digits);
    }

    @Override
    public java.util.Map<String, Long> mediaStats() {
        return rtp.stats().toMap();
    }

    @Override
    public void release() {
        downlink.close();
        rtp.close();
    }

    // ------------------------------------------------------------------------------------------ SIP events

    @Override
    public void onEnded(boolean byCaller, String reason) {
        CallBridge b = bridge;
        if (b != null) {
            b.onCallEnded(byCaller ? CallEndedBy.caller : CallEndedBy.error, reason);
        } else {
            release();
        }
    }

    @Override
    public String onReoffer(String sdp) {
        if (sdp == null) {
            // an offerless re-INVITE (session refresh): offer what we have, the ACK carries the answer
            sdpVersion.incrementAndGet();
            return answerSdp();
        }
        try {
            SdpOffer newOffer = SdpOffer.parse(sdp);
            MediaNegotiation.Choice newChoice = MediaNegotiation.choose(newOffer);
            if (!newChoice.codec().format().equals(choice.codec().format())) {
                // the session's audio format is fixed for its life
                LOG.info("{}: re-INVITE asks to switch to {}; refused", call, newChoice.codec().name());
                return null;
            }
            offer = newOffer;
            choice = newChoice;
            rtp.updateRemote(newChoice.remote());
            rtp.sender().setMuted(!newChoice.callerReceives());
            sdpVersion.incrementAndGet();
            return answerSdp();
        } catch (SdpOffer.SdpException | MediaNegotiation.NotAcceptableException e) {
            LOG.info("{}: re-INVITE refused: {}", call, e.getMessage());
            return null;
        }
    }

    @Override
    public void onInfoDtmf(char key) {
        CallBridge b = bridge;
        if (b != null) {
            b.onDtmf(key);
        }
    }

    @Override
    public void onTransferProgress(int status, boolean finalStatus) {
        CallBridge b = bridge;
        if (!finalStatus || b == null) {
            return;
        }
        if (status >= 200 && status < 300) {
            // the transferee took over: our leg of the call is done (RFC 5589 §6)
            b.terminate(CallEndedBy.agent, "transferred to " + transferTarget);
        } else if (status >= 300) {
            LOG.info("{}: transfer to {} failed with {}", call, transferTarget, status);
        }
    }

    // ------------------------------------------------------------------------------------------ RTP events

    @Override
    public void onAudio(byte[] payload) {
        CallBridge b = bridge;
        if (b != null) {
            b.onCallerAudio(payload, 0, payload.length);
        }
    }

    @Override
    public void onDtmf(char key) {
        CallBridge b = bridge;
        if (b != null) {
            b.onDtmf(key);
        }
    }

    @Override
    public void onInactive(long silentMs) {
        CallBridge b = bridge;
        if (b != null) {
            b.terminate(CallEndedBy.timeout, "no RTP from the caller for " + silentMs + " ms");
        }
    }
}
