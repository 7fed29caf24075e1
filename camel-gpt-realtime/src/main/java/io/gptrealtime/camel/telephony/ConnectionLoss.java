package io.gptrealtime.camel.telephony;

import java.io.IOException;

/**
 * Tells a connection that went away from a peer that broke the protocol. A far end that resets its TCP connection
 * (Asterisk hanging up, a media stream torn down, a socket closed with data still unread) surfaces in Netty as an
 * {@link IOException} from a read or a write; that is the end of the call by the other side, not a protocol error of
 * ours or theirs. Decoder failures (Netty's {@code DecoderException}, a runtime exception) stay protocol errors.
 */
public final class ConnectionLoss {

    private ConnectionLoss() {
    }

    /** Whether {@code cause}, as passed to {@code exceptionCaught}, is the connection failing rather than a codec. */
    public static boolean isConnectionLoss(Throwable cause) {
        return cause instanceof IOException;
    }

    /** The reason a call ended this way reports. */
    public static String reason(Throwable cause) {
        return "connection lost: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage());
    }
}
