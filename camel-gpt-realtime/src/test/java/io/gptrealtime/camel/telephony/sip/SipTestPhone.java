package io.gptrealtime.camel.telephony.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A minimal SIP phone for tests, over UDP on 127.0.0.1: sends an INVITE with a G.711 offer, ACKs the 200, hangs up
 * with BYE, streams 20 ms RTP frames to the answer's media port and records every RTP packet it gets back (arrival
 * time, marker bit, payload). It also sends raw datagrams to the SIP port and waits for responses by Call-ID, for
 * the malformed-input tests. Just enough of RFC 3261 for one dialog; not a general user agent.
 */
public final class SipTestPhone implements AutoCloseable {

    static final InetAddress LO = InetAddress.getLoopbackAddress();

    /** A SIP response as received: status, headers by lower-case name (first value), body. */
    public record Response(int status, String reason, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String callId() {
            return header("call-id");
        }
    }

    /** An RTP packet received: nanoTime of arrival, marker, payload type, sequence, payload. */
    public record Received(long nanos, boolean marker, int payloadType, int sequence, byte[] payload) {
    }

    private final int gatewayPort;
    private final DatagramSocket sip;
    private final DatagramSocket rtp;
    private final BlockingQueue<Response> responses = new LinkedBlockingQueue<>();
    /** Every RTP packet the phone received, in arrival order. */
    public final List<Received> heard = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-phone-rtp");
        t.setDaemon(true);
        return t;
    });
    private final String callId = UUID.randomUUID().toString();
    private final String fromTag = Long.toHexString(System.nanoTime());
    private final AtomicLong cseq = new AtomicLong(1);
    private String toTag;
    private String contact;
    private int remoteRtpPort = -1;
    /** What the sender streams: set by the test thread, read by the clock. */
    private volatile boolean voiced;
    private ScheduledFuture<?> streaming;
    /** Frames streamed so far; the clock's. */
    private int framesSent;
    private int rtpSequence = 1000;
    private long rtpTimestamp = 8000;
    private final long ssrc = 0x5eed1234L;

    public SipTestPhone(int gatewayPort) throws SocketException {
        this.gatewayPort = gatewayPort;
        this.sip = new DatagramSocket(0, LO);
        this.rtp = new DatagramSocket(0, LO);
        daemon("test-phone-sip", this::readSip);
        daemon("test-phone-rtp-in", this::readRtp);
    }

    public String callId() {
        return callId;
    }

    public int rtpPort() {
        return rtp.getLocalPort();
    }

    /** The gateway's RTP port from the 200's SDP answer; -1 before. */
    public int remoteRtpPort() {
        return remoteRtpPort;
    }

    /** INVITE offering the payload types (e.g. "0 101"), returns the final response; ACKs a 2xx. */
    public Response call(String user, String payloadTypes, Duration timeout) throws Exception {
        return invite(user, offer(payloadTypes), timeout);
    }

    /** The phone's SDP offer of the payload types (0 PCMU, 8 PCMA, 18 G.729, 101 telephone-event). */
    String offer(String payloadTypes) {
        return "v=0\r\no=phone 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
               + "m=audio " + rtpPort() + " RTP/AVP " + payloadTypes + "\r\n"
               + "a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:18 G729/8000\r\n"
               + "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=ptime:20\r\na=sendrecv\r\n";
    }

    /** INVITE with {@code sdp} as the body, whatever it is; returns the final response; ACKs a 2xx. */
    public Response invite(String user, String sdp, Duration timeout) throws Exception {
        send(request("INVITE", "sip:" + user + "@127.0.0.1:" + gatewayPort, cseq.get(), null,
                "Contact: <sip:phone@127.0.0.1:" + sip.getLocalPort() + ">\r\nContent-Type: application/sdp\r\n", sdp));
        Response last = awaitResponse(r -> callId.equals(r.callId()) && r.status() >= 200, timeout);
        if (last.status() >= 200 && last.status() < 300) {
            toTag = tag(last.header("to"));
            String c = last.header("contact");
            contact = c.substring(c.indexOf('<') + 1, c.indexOf('>'));
            for (String line : last.body().split("\r?\n")) {
                if (line.startsWith("m=audio ")) {
                    remoteRtpPort = Integer.parseInt(line.split(" ")[1]);
                }
            }
            send(request("ACK", contact, cseq.get(), toTag, "", null));
        }
        return last;
    }

    /** BYE; returns the response. */
    public Response hangUp(Duration timeout) throws Exception {
        long n = cseq.incrementAndGet();
        send(request("BYE", contact, n, toTag, "", null));
        return awaitResponse(r -> callId.equals(r.callId()) && r.header("cseq").startsWith(n + " BYE"), timeout);
    }

    /** Streams a 20 ms µ-law frame every 20 ms from now on: silence, or a tone while {@link #talk} says so. */
    public void startStreaming() {
        streaming = clock.scheduleAtFixedRate(this::sendFrame, 0, 20, TimeUnit.MILLISECONDS);
    }

    /** Whether the frames streamed from the next tick on are speech (a 300 Hz tone) or silence. */
    public void talk(boolean voiced) {
        this.voiced = voiced;
    }

    /** Sends a datagram to the gateway's media port from {@code from} (a stranger), or from the phone's own. */
    public void sendRtp(DatagramSocket from, byte[] datagram) throws IOException {
        (from == null ? rtp : from).send(new DatagramPacket(datagram, datagram.length, LO, remoteRtpPort));
    }

    /** Sends bytes to the gateway's SIP port as they are. */
    public void sendRaw(byte[] datagram) throws IOException {
        sip.send(new DatagramPacket(datagram, datagram.length, LO, gatewayPort));
    }

    /** The phone's SIP address (for Via headers of hand-made requests). */
    public int sipPort() {
        return sip.getLocalPort();
    }

    public Response awaitResponse(Predicate<Response> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Response r : responses) {
            if (match.test(r)) {
                responses.remove(r);
                return r;
            }
        }
        while (true) {
            long left = deadline - System.nanoTime();
            Response r = left > 0 ? responses.poll(left, TimeUnit.NANOSECONDS) : null;
            if (r == null) {
                throw new AssertionError("no matching SIP response within " + timeout + "; unmatched: " + responses);
            }
            if (match.test(r)) {
                return r;
            }
            responses.add(r); // someone else's; keep it for a later wait
            Thread.sleep(1);
        }
    }

    /** A µ-law frame of a 300 Hz tone (speech to a voice detector) or of silence. */
    static byte[] frame(boolean voiced, int index) {
        byte[] f = new byte[160];
        for (int i = 0; i < f.length; i++) {
            double v = voiced ? 0.3 * 32767 * Math.sin(2 * Math.PI * 300 * (index * 160 + i) / 8000.0) : 0;
            f[i] = io.gptrealtime.camel.audio.G711.linearToUlaw((short) v);
        }
        return f;
    }

    @Override
    public void close() {
        if (streaming != null) {
            streaming.cancel(false);
        }
        clock.shutdownNow();
        sip.close();
        rtp.close();
    }

    // ------------------------------------------------------------------------------------------ internals

    private void sendFrame() {
        if (remoteRtpPort < 0) {
            return;
        }
        byte[] payload = frame(voiced, framesSent++);
        byte[] d = new byte[12 + payload.length];
        d[0] = (byte) 0x80;
        d[1] = 0;
        d[2] = (byte) (rtpSequence >> 8);
        d[3] = (byte) rtpSequence;
        for (int i = 0; i < 4; i++) {
            d[4 + i] = (byte) (rtpTimestamp >> (24 - 8 * i));
            d[8 + i] = (byte) (ssrc >> (24 - 8 * i));
        }
        System.arraycopy(payload, 0, d, 12, payload.length);
        rtpSequence = (rtpSequence + 1) & 0xffff;
        rtpTimestamp += payload.length;
        try {
            rtp.send(new DatagramPacket(d, d.length, LO, remoteRtpPort));
        } catch (IOException e) {
            // the socket closed with the test
        }
    }

    private String request(String method, String uri, long n, String remoteTag, String extra, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return method + " " + uri + " SIP/2.0\r\n"
               + "Via: SIP/2.0/UDP 127.0.0.1:" + sip.getLocalPort() + ";branch=z9hG4bK" + UUID.randomUUID() + "\r\n"
               + "Max-Forwards: 70\r\n"
               + "From: <sip:phone@127.0.0.1>;tag=" + fromTag + "\r\n"
               + "To: <sip:assistant@127.0.0.1>" + (remoteTag == null ? "" : ";tag=" + remoteTag) + "\r\n"
               + "Call-ID: " + callId + "\r\n"
               + "CSeq: " + n + " " + method + "\r\n"
               + extra
               + "Content-Length: " + content.length + "\r\n\r\n"
               + (body == null ? "" : body);
    }

    private void send(String message) throws IOException {
        sendRaw(message.getBytes(StandardCharsets.UTF_8));
    }

    private static String tag(String header) {
        int i = header.indexOf(";tag=");
        if (i < 0) {
            return null;
        }
        String t = header.substring(i + 5);
        int end = t.indexOf(';');
        return end < 0 ? t.trim() : t.substring(0, end).trim();
    }

    private void readSip() {
        byte[] buf = new byte[65536];
        while (!sip.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                sip.receive(p);
                String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                if (!text.startsWith("SIP/2.0 ")) {
                    continue; // a request from the gateway (BYE, REFER): not used by these tests
                }
                int headerEnd = text.indexOf("\r\n\r\n");
                String[] lines = text.substring(0, headerEnd < 0 ? text.length() : headerEnd).split("\r\n");
                String[] status = lines[0].split(" ", 3);
                Map<String, String> headers = new TreeMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    if (colon > 0) {
                        headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                lines[i].substring(colon + 1).trim());
                    }
                }
                responses.add(new Response(Integer.parseInt(status[1]), status.length > 2 ? status[2] : "", headers,
                        headerEnd < 0 ? "" : text.substring(headerEnd + 4)));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void readRtp() {
        byte[] buf = new byte[2048];
        while (!rtp.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                rtp.receive(p);
                long now = System.nanoTime();
                byte[] d = p.getData();
                if (p.getLength() < 12) {
                    continue;
                }
                byte[] payload = java.util.Arrays.copyOfRange(d, 12, p.getLength());
                heard.add(new Received(now, (d[1] & 0x80) != 0, d[1] & 0x7f, ((d[2] & 0xff) << 8) | (d[3] & 0xff),
                        payload));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
