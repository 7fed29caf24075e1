package io.gptrealtime.camel.telephony.twilio;

import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The messages we send on a Twilio Media Stream: media, mark and clear (JSON text frames). */
final class TwilioMessages {

    static final ObjectMapper JSON = new ObjectMapper();

    private TwilioMessages() {
    }

    static String media(String streamSid, byte[] audio, int offset, int length) {
        ObjectNode n = JSON.createObjectNode().put("event", "media").put("streamSid", streamSid);
        n.putObject("media").put("payload", Base64.getEncoder().encodeToString(
                offset == 0 && length == audio.length ? audio : java.util.Arrays.copyOfRange(audio, offset,
                        offset + length)));
        return n.toString();
    }

    static String mark(String streamSid, String name) {
        ObjectNode n = JSON.createObjectNode().put("event", "mark").put("streamSid", streamSid);
        n.putObject("mark").put("name", name);
        return n.toString();
    }

    static String clear(String streamSid) {
        return JSON.createObjectNode().put("event", "clear").put("streamSid", streamSid).toString();
    }
}
