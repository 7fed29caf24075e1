package io.gptrealtime.camel.telephony.sip;

import java.util.Locale;

import io.gptrealtime.camel.telephony.rtp.Dtmf;

/** Parses the small bodies of SIP INFO DTMF (application/dtmf-relay "Signal=5", application/dtmf "5") and sipfrags. */
final class InfoDtmf {

    private InfoDtmf() {
    }

    /** The key of an INFO body, or 0 when there is none. */
    static char parse(String body) {
        if (body == null) {
            return 0;
        }
        String text = body.strip();
        for (String line : text.split("\r?\n")) {
            String l = line.strip();
            if (l.toLowerCase(Locale.ROOT).startsWith("signal")) {
                int eq = l.indexOf('=');
                return eq < 0 ? 0 : key(l.substring(eq + 1).strip());
            }
        }
        return text.length() == 1 || text.length() == 2 ? key(text) : 0;
    }

    /** The status code of a message/sipfrag body ("SIP/2.0 200 OK"), or 0. */
    static int sipfragStatus(String body) {
        if (body == null || !body.startsWith("SIP/2.0 ")) {
            return 0;
        }
        try {
            return Integer.parseInt(body.substring(8, Math.min(11, body.length())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static char key(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        if (value.equals("10")) {
            return '*';
        }
        if (value.equals("11")) {
            return '#';
        }
        if (value.length() != 1) {
            return 0;
        }
        try {
            return Dtmf.key(Dtmf.event(value.charAt(0)));
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
