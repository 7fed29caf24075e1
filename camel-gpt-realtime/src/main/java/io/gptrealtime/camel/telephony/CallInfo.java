package io.gptrealtime.camel.telephony;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about an inbound call when it arrives: the gateway that took it, its id on that gateway (SIP Call-ID,
 * Twilio callSid, AudioSocket UUID), the parties and the signalling headers or custom parameters.
 *
 * @param gateway sip, twilio or audiosocket
 * @param callId  the call's id on the gateway
 * @param from    the caller (SIP From URI, Twilio "From" parameter when given), or null
 * @param to      the called party (SIP To URI), or null
 * @param headers the SIP headers of the INVITE, or the custom parameters of a media stream (read-only)
 */
public record CallInfo(String gateway, String callId, String from, String to, Map<String, String> headers) {

    public CallInfo {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(callId, "callId");
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The key of the call's session in its agent: unique per gateway and call. */
    public String sessionKey() {
        return gateway + ":" + callId;
    }
}
