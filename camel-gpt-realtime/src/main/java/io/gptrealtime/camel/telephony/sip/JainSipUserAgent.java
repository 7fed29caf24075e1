package io.gptrealtime.camel.telephony.sip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import gov.nist.javax.sip.EventScanner;
import gov.nist.javax.sip.EventWrapper;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.AddressFactory;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SipUserAgent} on the NIST JAIN-SIP stack: one stack and provider with a listening point per transport. Takes
 * INVITE (new calls to the handler, re-INVITEs to their call), ACK, BYE, CANCEL (200, then 487 for the INVITE),
 * OPTIONS (200 with what we allow), INFO (DTMF) and NOTIFY (transfer progress); other methods get 405, in-dialog
 * requests for unknown calls 481. Messages the stack cannot parse never reach us (it drops them or answers 400).
 * <p>
 * Threads: the stack calls {@link SipListener} methods on its own threads; everything here is quick and non-blocking.
 */
public final class JainSipUserAgent implements SipUserAgent, SipListener {

    private static final Logger LOG = LoggerFactory.getLogger(JainSipUserAgent.class);
    private static final AtomicLong STACKS = new AtomicLong();
    static final String ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, NOTIFY, REFER";
    static final String PRODUCT = "camel-gpt-realtime";
    /** Bound on a SIP message over TCP: the stack drops a connection that sends more in one message. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024;

    private final String host;
    private final int port;
    private final List<String> transports;
    final MessageFactory messages = new MessageFactoryImpl();
    final HeaderFactory headers = new HeaderFactoryImpl();
    final AddressFactory addresses = new AddressFactoryImpl();
    /** Calls by Call-ID, from the INVITE until the call is over. */
    private final ConcurrentMap<String, JainSipCall> calls = new ConcurrentHashMap<>();

    private SipStackImpl stack;
    private SipProvider provider;
    private volatile SipCallHandler handler;

    /**
     * @param transports udp and/or tcp
     */
    public JainSipUserAgent(String host, int port, List<String> transports) {
        this.host = host;
        this.port = port;
        this.transports = List.copyOf(transports);
    }

    @Override
    public void start(SipCallHandler callHandler) throws IOException {
        this.handler = callHandler;
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", PRODUCT + "-" + STACKS.incrementAndGet());
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", JainSipLogging.Stack.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JainSipLogging.Messages.class.getName());
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", String.valueOf(MAX_MESSAGE_BYTES));
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
        p.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
        try {
            stack = new SipStackImpl(p);
            for (String transport : transports) {
                ListeningPoint lp = stack.createListeningPoint(host, port, transport);
                if (provider == null) {
                    provider = stack.createSipProvider(lp);
                } else {
                    provider.addListeningPoint(lp);
                }
            }
            provider.addSipListener(this);
            stack.start();
        } catch (Exception e) {
            close();
            throw new IOException("Cannot listen for SIP on " + host + ":" + port + " " + transports + ": "
                                  + e.getMessage(), e);
        }
        LOG.info("SIP user agent listening on {}", listeningPoints());
    }

    @Override
    public List<String> listeningPoints() {
        List<String> points = new ArrayList<>();
        for (String t : transports) {
            points.add(host + ":" + port + "/" + t);
        }
        return points;
    }

    /** Calls in progress (INVITE received, not yet over). */
    public int activeCalls() {
        return calls.size();
    }

    @Override
    public void close() {
        SipStackImpl s = stack;
        stack = null;
        if (s != null) {
            EventScanner scanner = s.getEventScanner();
            try {
                s.stop();
            } catch (RuntimeException e) {
                LOG.debug("Stopping the SIP stack: {}", e.toString());
            }
            wake(scanner);
        }
        calls.clear();
    }

    /**
     * The stack's event thread (non-daemon) waits in a blocking take() that stopping the stack does not interrupt: it
     * only sets a flag that the thread reads after its next event. Without one more event it would stay forever and
     * keep the JVM from exiting after the route stopped. This event is delivered to us as an I/O notice (logged at
     * debug), then the thread sees the flag and ends.
     */
    private void wake(EventScanner scanner) {
        if (scanner == null) {
            return;
        }
        try {
            scanner.addEvent(new EventWrapper(new IOExceptionEvent(this, host, port, "stopped"), null));
        } catch (RuntimeException e) {
            LOG.debug("Waking the SIP event thread: {}", e.toString());
        }
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    SipProvider provider() {
        return provider;
    }

    void forget(JainSipCall call) {
        calls.remove(call.callId(), call);
    }

    // ---------------------------------------------------------------------------------------------- SipListener

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            switch (request.getMethod()) {
                case Request.INVITE -> onInvite(event);
                case Request.ACK -> {
                    JainSipCall call = callOf(request);
                    if (call != null) {
                        call.onAck(request);
                    }
                }
                case Request.BYE -> inDialog(event, JainSipCall::onBye);
                case Request.CANCEL -> onCancel(event);
                case Request.INFO -> inDialog(event, JainSipCall::onInfo);
                case Request.NOTIFY -> inDialog(event, JainSipCall::onNotify);
                case Request.OPTIONS -> respondStateless(request, Response.OK);
                default -> respondStateless(request, Response.METHOD_NOT_ALLOWED);
            }
        } catch (Exception e) {
            LOG.warn("SIP {} {} failed: {}", request.getMethod(), request.getRequestURI(), e.toString());
            LOG.debug("SIP request failure", e);
            if (!Request.ACK.equals(request.getMethod())) {
                respondStateless(request, Response.SERVER_INTERNAL_ERROR);
            }
        }
    }

    private void onInvite(RequestEvent event) throws Exception {
        Request request = event.getRequest();
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        if (to != null && to.getTag() != null) {
            inDialog(event, JainSipCall::onReinvite);
            return;
        }
        ServerTransaction st = event.getServerTransaction();
        if (st == null) {
            try {
                st = provider.getNewServerTransaction(request);
            } catch (TransactionAlreadyExistsException e) {
                return; // a retransmission: the transaction answers it
            }
        }
        JainSipCall call = new JainSipCall(this, st, request);
        if (calls.putIfAbsent(call.callId(), call) != null) {
            // same Call-ID without a To tag but a new transaction: a forked or broken client
            call.reject(Response.LOOP_DETECTED, "Call-ID already in use");
            return;
        }
        call.trying();
        SipCallHandler h = handler;
        if (h == null) {
            call.reject(Response.SERVICE_UNAVAILABLE, "Not ready");
            return;
        }
        h.onInvite(call);
    }

    private void onCancel(RequestEvent event) throws Exception {
        Request request = event.getRequest();
        JainSipCall call = callOf(request);
        ServerTransaction st = event.getServerTransaction();
        if (st == null) {
            try {
                st = provider.getNewServerTransaction(request);
            } catch (TransactionAlreadyExistsException e) {
                return;
            }
        }
        if (call == null) {
            st.sendResponse(messages.createResponse(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
            return;
        }
        st.sendResponse(messages.createResponse(Response.OK, request));
        call.onCancel();
    }

    /** A request within a call's dialog; 481 when we do not know the call. */
    private void inDialog(RequestEvent event, InDialogHandler h) throws Exception {
        Request request = event.getRequest();
        JainSipCall call = callOf(request);
        if (call == null) {
            respondStateless(request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        ServerTransaction st = event.getServerTransaction();
        if (st == null) {
            try {
                st = provider.getNewServerTransaction(request);
            } catch (TransactionAlreadyExistsException e) {
                return;
            }
        }
        h.handle(call, st, request);
    }

    @FunctionalInterface
    private interface InDialogHandler {
        void handle(JainSipCall call, ServerTransaction st, Request request) throws Exception;
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Response response = event.getResponse();
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        JainSipCall call = calls.get(((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId());
        if (call != null && cseq != null && Request.REFER.equals(cseq.getMethod())) {
            call.onReferResponse(response.getStatusCode());
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            Request request = event.getServerTransaction().getRequest();
            JainSipCall call = callOf(request);
            if (call != null && Request.INVITE.equals(request.getMethod())) {
                call.onTimeout("no ACK for the final response");
            }
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.debug("SIP I/O error with {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // transactions end on their own; calls end with their dialog
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        JainSipCall call = calls.get(event.getDialog().getCallId().getCallId());
        if (call != null) {
            call.onTimeout("the dialog ended");
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private JainSipCall callOf(Request request) {
        CallIdHeader id = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        return id == null ? null : calls.get(id.getCallId());
    }

    /** Answers outside any transaction (OPTIONS, 405, 481, 500): nothing to retransmit. */
    void respondStateless(Request request, int status) {
        try {
            Response response = messages.createResponse(status, request);
            if (status == Response.OK || status == Response.METHOD_NOT_ALLOWED) {
                response.addHeader(headers.createAllowHeader(ALLOW));
            }
            if (status == Response.OK) {
                response.addHeader(headers.createAcceptHeader("application", "sdp"));
            }
            response.addHeader(headers.createServerHeader(List.of(PRODUCT)));
            provider.sendResponse(response);
        } catch (Exception e) {
            LOG.debug("Could not answer {} with {}: {}", request.getMethod(), status, e.toString());
        }
    }

    static String body(Request request) {
        byte[] raw = request.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
    }
}
