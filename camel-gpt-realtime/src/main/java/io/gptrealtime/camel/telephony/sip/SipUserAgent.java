package io.gptrealtime.camel.telephony.sip;

import java.io.IOException;
import java.util.List;

/**
 * Our SIP user agent server, as small as the gateway needs: it takes calls and hands each to a {@link SipCallHandler}.
 * Implemented on JAIN-SIP ({@link JainSipUserAgent}); the rest of the component sees only this interface, so another
 * stack can replace it.
 */
public interface SipUserAgent extends AutoCloseable {

    /** Starts listening; every new INVITE goes to {@code handler}. */
    void start(SipCallHandler handler) throws IOException;

    /** The listening points as host:port/transport. */
    List<String> listeningPoints();

    /** Stops listening; open calls are not ended here (the gateway hangs them up first). */
    @Override
    void close();

    /** Receives new calls, on the stack's thread: must not block (answer later through the call). */
    @FunctionalInterface
    interface SipCallHandler {
        void onInvite(SipCall call);
    }
}
