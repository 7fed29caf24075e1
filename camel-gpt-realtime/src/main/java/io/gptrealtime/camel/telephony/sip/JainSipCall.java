package io.gptrealtime.camel.telephony.sip;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One inbound INVITE dialog on JAIN-SIP. State moves OFFERED → ANSWERED → CONFIRMED (ACK) → ENDED, or OFFERED → ENDED
 * (rejected, cancelled); transitions and sends happen under {@code this}. Responses to the INVITE go through its
 * server transaction (which retransmits over UDP); BYE and REFER through the dialog.
 */
final class JainSipCall implements SipCall {

    private static final Logger LOG = LoggerFactory.getLogger(JainSipCall.class);
    private static final int WARNING_INCOMPATIBLE_MEDIA = 305;

    enum State { OFFERED, ANSWERED, CONFIRMED, ENDED }

    private final JainSipUserAgent agent;
    private final ServerTransaction invite;
    private final String callId;
    private final String from;
    private final String to;
    private final String transport;
    private final String offer;
    private final Map<String, String> headers;
    private final String localTag = UUID.randomUUID().toString().substring(0, 12);

    private State state = State.OFFERED;
    private boolean byeWhenConfirmed;
    /** A transfer asked for before the ACK: sent once the dialog is confirmed. */
    private String referWhenConfirmed;
    private Listener listener;

    JainSipCall(JainSipUserAgent agent, ServerTransaction invite, Request request) {
        this.agent = agent;
        this.invite = invite;
        this.callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        this.from = ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI().toString();
        this.to = ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI().toString();
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        this.transport = via == null ? "udp" : via.getTransport().toLowerCase(Locale.ROOT);
        this.offer = JainSipUserAgent.body(request);
        this.headers = headersOf(request);
    }

    // ------------------------------------------------------------------------------------------ SipCall

    @Override
    public String callId() {
        return callId;
    }

    @Override
    public String from() {
        return from;
    }

    @Override
    public String to() {
        return to;
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String transport() {
        return transport;
    }

    @Override
    public String offer() {
        return offer;
    }

    @Override
    public String localHost() {
        return agent.host();
    }

    @Override
    public synchronized void setListener(Listener listener) {
        this.listener = listener;
    }

    synchronized void trying() {
        respond(Response.TRYING, null, null);
    }

    @Override
    public synchronized void ringing() {
        if (state == State.OFFERED) {
            respond(Response.RINGING, null, null);
        }
    }

    @Override
    public synchronized void answer(String sdp) {
        if (state != State.OFFERED) {
            return;
        }
        if (respond(Response.OK, sdp, null)) {
            state = State.ANSWERED;
        }
    }

    @Override
    public synchronized void reject(int status, String reason) {
        if (state != State.OFFERED) {
            return;
        }
        respond(status, null, reason);
        end();
    }

    @Override
    public synchronized void bye() {
        switch (state) {
            case OFFERED -> reject(Response.TEMPORARILY_UNAVAILABLE, "Hung up before the answer");
            case ANSWERED -> byeWhenConfirmed = true; // a BYE must wait for the ACK (RFC 3261 §15)
            case CONFIRMED -> {
                sendInDialog(Request.BYE, null);
                end();
            }
            default -> {
                // already over
            }
        }
    }

    @Override
    public synchronized void refer(String target) {
        Address address;
        try {
            address = agent.addresses.createAddress(target);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("Invalid transfer target '" + target + "': " + e.getMessage(), e);
        }
        switch (state) {
            case ANSWERED -> referWhenConfirmed = target; // requests in the dialog wait for the ACK
            case CONFIRMED -> sendInDialog(Request.REFER, agent.headers.createReferToHeader(address));
            default -> throw new IllegalStateException("The call " + callId + " cannot be transferred while " + state);
        }
    }

    @Override
    public String toString() {
        return "SipCall[" + callId + ", " + state + "]";
    }

    // ------------------------------------------------------------------------------------------ from the stack

    synchronized void onAck(Request ack) {
        if (state == State.ANSWERED) {
            state = State.CONFIRMED;
            if (listener != null) {
                listener.onConfirmed();
            }
            if (byeWhenConfirmed) {
                sendInDialog(Request.BYE, null);
                end();
            } else if (referWhenConfirmed != null) {
                String target = referWhenConfirmed;
                referWhenConfirmed = null;
                refer(target);
            }
        }
    }

    void onBye(ServerTransaction st, Request request) throws Exception {
        // the caller hung up, whether or not our 200 reaches them: over TCP a caller may close the connection right
        // after its BYE, and a failed answer must not turn a hang-up into an error
        endedByPeer(true, "BYE");
        st.sendResponse(agent.messages.createResponse(Response.OK, request));
    }

    synchronized void onCancel() {
        if (state == State.OFFERED) {
            respond(Response.REQUEST_TERMINATED, null, null);
            end();
            if (listener != null) {
                listener.onEnded(true, "CANCEL");
            }
        }
    }

    void onReinvite(ServerTransaction st, Request request) throws Exception {
        Listener l;
        synchronized (this) {
            l = listener;
        }
        String answer = l == null ? null : l.onReoffer(JainSipUserAgent.body(request));
        Response response;
        if (answer == null) {
            response = agent.messages.createResponse(Response.NOT_ACCEPTABLE_HERE, request);
            response.addHeader(agent.headers.createWarningHeader(JainSipUserAgent.PRODUCT, WARNING_INCOMPATIBLE_MEDIA,
                    "Incompatible media format"));
        } else {
            response = agent.messages.createResponse(Response.OK, request);
            response.addHeader(contact());
            response.setContent(answer, sdpType());
        }
        st.sendResponse(response);
    }

    void onInfo(ServerTransaction st, Request request) throws Exception {
        st.sendResponse(agent.messages.createResponse(Response.OK, request));
        char key = InfoDtmf.parse(JainSipUserAgent.body(request));
        Listener l;
        synchronized (this) {
            l = listener;
        }
        if (key != 0 && l != null) {
            l.onInfoDtmf(key);
        }
    }

    void onNotify(ServerTransaction st, Request request) throws Exception {
        st.sendResponse(agent.messages.createResponse(Response.OK, request));
        int status = InfoDtmf.sipfragStatus(JainSipUserAgent.body(request));
        Header state = request.getHeader("Subscription-State");
        boolean terminated = state != null && state.toString().toLowerCase(Locale.ROOT).contains("terminated");
        Listener l;
        synchronized (this) {
            l = listener;
        }
        if (status > 0 && l != null) {
            l.onTransferProgress(status, terminated || status >= 200);
        }
    }

    void onReferResponse(int status) {
        Listener l;
        synchronized (this) {
            l = listener;
        }
        if (l != null && status >= 300) {
            l.onTransferProgress(status, true);
        }
    }

    void onTimeout(String reason) {
        endedByPeer(false, reason);
    }

    // ------------------------------------------------------------------------------------------ internals

    private void endedByPeer(boolean byCaller, String reason) {
        Listener l;
        synchronized (this) {
            if (state == State.ENDED) {
                return;
            }
            end();
            l = listener;
        }
        if (l != null) {
            l.onEnded(byCaller, reason);
        }
    }

    private void end() {
        state = State.ENDED;
        agent.forget(this);
    }

    /** Sends a response to the INVITE; false when the stack refused it (logged). */
    private boolean respond(int status, String sdp, String reason) {
        try {
            Request request = invite.getRequest();
            Response response = agent.messages.createResponse(status, request);
            if (status > Response.TRYING) {
                ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(localTag);
            }
            if (status >= Response.RINGING && status < Response.MULTIPLE_CHOICES) {
                response.addHeader(contact());
            }
            if (reason != null && status >= Response.BAD_REQUEST) {
                response.setReasonPhrase(sanitize(reason));
                if (status == Response.NOT_ACCEPTABLE_HERE) {
                    response.addHeader(agent.headers.createWarningHeader(JainSipUserAgent.PRODUCT,
                            WARNING_INCOMPATIBLE_MEDIA, sanitize(reason)));
                }
            }
            response.addHeader(agent.headers.createServerHeader(java.util.List.of(JainSipUserAgent.PRODUCT)));
            if (sdp != null) {
                response.setContent(sdp, sdpType());
            }
            invite.sendResponse(response);
            return true;
        } catch (Exception e) {
            LOG.warn("{}: could not send {}: {}", this, status, e.toString());
            return false;
        }
    }

    private void sendInDialog(String method, Header extra) {
        Dialog dialog = invite.getDialog();
        if (dialog == null) {
            LOG.warn("{}: no dialog to send {} in", this, method);
            return;
        }
        try {
            Request request = dialog.createRequest(method);
            if (extra != null) {
                request.addHeader(extra);
            }
            request.addHeader(contact());
            ClientTransaction ct = agent.provider().getNewClientTransaction(request);
            dialog.sendRequest(ct);
        } catch (Exception e) {
            LOG.warn("{}: could not send {}: {}", this, method, e.toString());
        }
    }

    private ContactHeader contact() throws java.text.ParseException {
        String uri = "sip:gpt@" + hostForUri(agent.host()) + ":" + agent.port()
                     + ("tcp".equals(transport) ? ";transport=tcp" : "");
        return agent.headers.createContactHeader(agent.addresses.createAddress(uri));
    }

    private ContentTypeHeader sdpType() throws java.text.ParseException {
        return agent.headers.createContentTypeHeader("application", "sdp");
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** A reason phrase or warning text is one line of printable ASCII without quotes. */
    static String sanitize(String text) {
        String s = text == null ? "" : text.replaceAll("[^\\x20-\\x7e]", " ").replace('"', '\'');
        return s.length() > 120 ? s.substring(0, 120) : s;
    }

    private static Map<String, String> headersOf(Request request) {
        Map<String, String> map = new LinkedHashMap<>();
        ListIterator<?> names = request.getHeaderNames();
        while (names.hasNext()) {
            String name = String.valueOf(names.next());
            Header h = request.getHeader(name);
            if (h == null) {
                continue;
            }
            String line = h.toString().strip();
            int colon = line.indexOf(':');
            map.putIfAbsent(name, colon < 0 ? line : line.substring(colon + 1).strip());
        }
        return Collections.unmodifiableMap(map);
    }
}
