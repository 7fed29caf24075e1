package io.gptrealtime.camel.telephony.sip;

import java.net.InetSocketAddress;
import java.util.List;

import io.gptrealtime.camel.telephony.rtp.RtpCodec;

/**
 * Picks what a call uses from an SDP offer: the first audio stream on RTP/AVP, its first offered codec that we speak
 * (PCMU or PCMA, in the offerer's order of preference), telephone-event/8000 when offered, and the caller's media
 * address. Builds the answer with one line per offered media line (others rejected with port 0, RFC 3264 §6).
 */
public final class MediaNegotiation {

    /** The outcome of a successful negotiation. */
    public record Choice(int mediaIndex, RtpCodec codec, int dtmfPayloadType, InetSocketAddress remote,
                         String offeredDirection) {

        /** Our direction in the answer: the mirror of the offer's. */
        public String answerDirection() {
            return switch (offeredDirection) {
                case "sendonly" -> "recvonly";
                case "recvonly" -> "sendonly";
                case "inactive" -> "inactive";
                default -> "sendrecv";
            };
        }

        /** Whether the caller wants to receive our audio (false on hold). */
        public boolean callerReceives() {
            return "sendrecv".equals(offeredDirection) || "recvonly".equals(offeredDirection);
        }
    }

    /** No audio stream of the offer can be used: answered with 488. */
    public static final class NotAcceptableException extends Exception {
        private static final long serialVersionUID = 1L;

        NotAcceptableException(String message) {
            super(message);
        }
    }

    private MediaNegotiation() {
    }

    public static Choice choose(SdpOffer offer) throws NotAcceptableException {
        List<SdpOffer.Media> media = offer.media();
        String reason = "no audio stream";
        for (int i = 0; i < media.size(); i++) {
            SdpOffer.Media m = media.get(i);
            if (!"audio".equals(m.type()) || m.port() == 0) {
                continue;
            }
            if (!"RTP/AVP".equalsIgnoreCase(m.protocol())) {
                reason = "audio transport " + m.protocol() + " is not supported (only RTP/AVP)";
                continue;
            }
            RtpCodec codec = null;
            int dtmf = -1;
            for (int pt : m.formats()) {
                String enc = pt < 0 ? null : m.encoding(pt);
                if (enc == null) {
                    continue;
                }
                if (codec == null && enc.startsWith("PCMU/8000")) {
                    codec = new RtpCodec("PCMU", pt, RtpCodec.PCMU.format(), RtpCodec.PCMU.silence());
                } else if (codec == null && enc.startsWith("PCMA/8000")) {
                    codec = new RtpCodec("PCMA", pt, RtpCodec.PCMA.format(), RtpCodec.PCMA.silence());
                } else if (dtmf < 0 && enc.startsWith("TELEPHONE-EVENT/8000")) {
                    dtmf = pt;
                }
            }
            if (codec == null) {
                reason = "no common codec: offered " + m.formats() + ", supported PCMU, PCMA";
                continue;
            }
            String address = m.connection();
            if (address == null) {
                throw new NotAcceptableException("the offer has no connection address");
            }
            return new Choice(i, codec, dtmf, new InetSocketAddress(address, m.port()), m.direction());
        }
        throw new NotAcceptableException(reason);
    }

    /**
     * The SDP answer.
     *
     * @param sessionVersion increases with every new answer in the dialog (re-INVITEs)
     */
    public static String answer(SdpOffer offer, Choice choice, String localAddress, int localPort, long sessionId,
                                long sessionVersion) {
        String ipVersion = localAddress.contains(":") ? "IP6" : "IP4";
        StringBuilder sb = new StringBuilder(256);
        sb.append("v=0\r\n");
        sb.append("o=camel-gpt-realtime ").append(sessionId).append(' ').append(sessionVersion).append(" IN ")
                .append(ipVersion).append(' ').append(localAddress).append("\r\n");
        sb.append("s=-\r\n");
        sb.append("c=IN ").append(ipVersion).append(' ').append(localAddress).append("\r\n");
        sb.append("t=0 0\r\n");
        List<SdpOffer.Media> media = offer.media();
        for (int i = 0; i < media.size(); i++) {
            SdpOffer.Media m = media.get(i);
            if (i != choice.mediaIndex()) {
                sb.append("m=").append(m.type()).append(" 0 ").append(m.protocol()).append(' ')
                        .append(m.formats().isEmpty() ? "0" : String.valueOf(Math.max(0, m.formats().get(0))))
                        .append("\r\n");
                continue;
            }
            RtpCodec codec = choice.codec();
            sb.append("m=audio ").append(localPort).append(" RTP/AVP ").append(codec.payloadType());
            if (choice.dtmfPayloadType() >= 0) {
                sb.append(' ').append(choice.dtmfPayloadType());
            }
            sb.append("\r\n");
            sb.append("a=rtpmap:").append(codec.payloadType()).append(' ').append(codec.name()).append("/8000\r\n");
            if (choice.dtmfPayloadType() >= 0) {
                sb.append("a=rtpmap:").append(choice.dtmfPayloadType()).append(" telephone-event/8000\r\n");
                sb.append("a=fmtp:").append(choice.dtmfPayloadType()).append(" 0-15\r\n");
            }
            sb.append("a=ptime:20\r\n");
            sb.append("a=").append(choice.answerDirection()).append("\r\n");
        }
        return sb.toString();
    }
}
