package io.gptrealtime.camel.telephony;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The consumer options that turn phone calls into sessions of the agent: a SIP user agent with RTP, a Twilio Media
 * Streams WebSocket server, an Asterisk AudioSocket server. Option documentation is the setter javadoc.
 */
@UriParams
public class TelephonyConfiguration {

    @UriParam(label = "consumer,telephony", defaultValue = "false")
    private boolean sip;
    @UriParam(label = "consumer,telephony", defaultValue = "127.0.0.1")
    private String sipHost = "127.0.0.1";
    @UriParam(label = "consumer,telephony", defaultValue = "5060")
    private int sipPort = 5060;
    @UriParam(label = "consumer,telephony", defaultValue = "udp,tcp")
    private String sipTransport = "udp,tcp";
    @UriParam(label = "consumer,telephony", defaultValue = "20000")
    private int rtpPortMin = 20000;
    @UriParam(label = "consumer,telephony", defaultValue = "30000")
    private int rtpPortMax = 30000;
    @UriParam(label = "consumer,telephony", defaultValue = "30000")
    private long rtpInactivityTimeout = 30000;
    @UriParam(label = "consumer,telephony", defaultValue = "false")
    private boolean twilio;
    @UriParam(label = "consumer,telephony", defaultValue = "127.0.0.1")
    private String twilioHost = "127.0.0.1";
    @UriParam(label = "consumer,telephony", defaultValue = "8080")
    private int twilioPort = 8080;
    @UriParam(label = "consumer,telephony", defaultValue = "/media")
    private String twilioPath = "/media";
    @UriParam(label = "consumer,telephony", defaultValue = "false")
    private boolean audioSocket;
    @UriParam(label = "consumer,telephony", defaultValue = "127.0.0.1")
    private String audioSocketHost = "127.0.0.1";
    @UriParam(label = "consumer,telephony", defaultValue = "9092")
    private int audioSocketPort = 9092;
    @UriParam(label = "consumer,telephony,advanced", defaultValue = "0")
    private int mediaThreads;

    /** Whether any gateway is enabled. */
    public boolean isAnyGateway() {
        return sip || twilio || audioSocket;
    }

    public boolean isSip() {
        return sip;
    }

    /**
     * Starts a SIP user agent with the consumer: every INVITE to it becomes a call answered by a session of the agent
     * (G.711 PCMU/PCMA on RTP, passed to the service without transcoding; RFC 4733 DTMF).
     */
    public void setSip(boolean sip) {
        this.sip = sip;
    }

    public String getSipHost() {
        return sipHost;
    }

    /**
     * The address the SIP user agent listens on; also the RTP address announced in SDP, so it must be reachable by
     * the callers (no NAT traversal is done).
     */
    public void setSipHost(String sipHost) {
        this.sipHost = sipHost;
    }

    public int getSipPort() {
        return sipPort;
    }

    /**
     * The SIP port (UDP and TCP).
     */
    public void setSipPort(int sipPort) {
        this.sipPort = sipPort;
    }

    public String getSipTransport() {
        return sipTransport;
    }

    /**
     * The SIP transports to listen on, comma-separated: udp, tcp or both.
     */
    public void setSipTransport(String sipTransport) {
        this.sipTransport = sipTransport;
    }

    public int getRtpPortMin() {
        return rtpPortMin;
    }

    /**
     * The lowest UDP port for RTP (each call takes one even port of the range).
     */
    public void setRtpPortMin(int rtpPortMin) {
        this.rtpPortMin = rtpPortMin;
    }

    public int getRtpPortMax() {
        return rtpPortMax;
    }

    /**
     * The highest UDP port for RTP.
     */
    public void setRtpPortMax(int rtpPortMax) {
        this.rtpPortMax = rtpPortMax;
    }

    public long getRtpInactivityTimeout() {
        return rtpInactivityTimeout;
    }

    /**
     * Milliseconds without RTP from the caller after which the call is hung up (0 never hangs up).
     */
    public void setRtpInactivityTimeout(long rtpInactivityTimeout) {
        this.rtpInactivityTimeout = rtpInactivityTimeout;
    }

    public boolean isTwilio() {
        return twilio;
    }

    /**
     * Starts a Twilio Media Streams WebSocket server with the consumer: each bidirectional stream
     * (Connect/Stream in TwiML) becomes a call answered by a session of the agent (audio/pcmu pass-through).
     */
    public void setTwilio(boolean twilio) {
        this.twilio = twilio;
    }

    public String getTwilioHost() {
        return twilioHost;
    }

    /**
     * The address the Twilio Media Streams server listens on (put a TLS-terminating proxy in front: Twilio connects
     * with wss).
     */
    public void setTwilioHost(String twilioHost) {
        this.twilioHost = twilioHost;
    }

    public int getTwilioPort() {
        return twilioPort;
    }

    /**
     * The port of the Twilio Media Streams server.
     */
    public void setTwilioPort(int twilioPort) {
        this.twilioPort = twilioPort;
    }

    public String getTwilioPath() {
        return twilioPath;
    }

    /**
     * The WebSocket path of the Twilio Media Streams server (the Stream url of the TwiML).
     */
    public void setTwilioPath(String twilioPath) {
        this.twilioPath = twilioPath;
    }

    public boolean isAudioSocket() {
        return audioSocket;
    }

    /**
     * Starts an Asterisk AudioSocket TCP server with the consumer: each connection (AudioSocket() application or
     * channel) becomes a call answered by a session of the agent (signed linear 8, 16 or 24 kHz).
     */
    public void setAudioSocket(boolean audioSocket) {
        this.audioSocket = audioSocket;
    }

    public String getAudioSocketHost() {
        return audioSocketHost;
    }

    /**
     * The address the AudioSocket server listens on.
     */
    public void setAudioSocketHost(String audioSocketHost) {
        this.audioSocketHost = audioSocketHost;
    }

    public int getAudioSocketPort() {
        return audioSocketPort;
    }

    /**
     * The port of the AudioSocket server.
     */
    public void setAudioSocketPort(int audioSocketPort) {
        this.audioSocketPort = audioSocketPort;
    }

    public int getMediaThreads() {
        return mediaThreads;
    }

    /**
     * Threads that carry the media of all calls of the consumer (RTP, WebSocket and AudioSocket I/O and the 20 ms
     * playout clocks); 0 uses one per CPU core.
     */
    public void setMediaThreads(int mediaThreads) {
        this.mediaThreads = mediaThreads;
    }
}
