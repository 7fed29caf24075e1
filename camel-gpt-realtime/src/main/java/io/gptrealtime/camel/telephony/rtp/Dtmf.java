package io.gptrealtime.camel.telephony.rtp;

/** RFC 4733 telephone-event codes of the DTMF keys: 0-9, * (10), # (11), A-D (12-15). */
public final class Dtmf {

    private static final String KEYS = "0123456789*#ABCD";

    private Dtmf() {
    }

    /** The key of an event code, or 0 for a code that is not a DTMF key (tones, flash). */
    public static char key(int event) {
        return event >= 0 && event < KEYS.length() ? KEYS.charAt(event) : 0;
    }

    /** The event code of a key. */
    public static int event(char key) {
        int i = KEYS.indexOf(Character.toUpperCase(key));
        if (i < 0) {
            throw new IllegalArgumentException("'" + key + "' is not a DTMF key (0-9, *, #, A-D)");
        }
        return i;
    }

    /** Checks that every character is a DTMF key. */
    public static String validate(String digits) {
        if (digits == null || digits.isEmpty()) {
            throw new IllegalArgumentException("No DTMF digits given");
        }
        if (digits.length() > 64) {
            throw new IllegalArgumentException("At most 64 DTMF digits at once, got " + digits.length());
        }
        for (int i = 0; i < digits.length(); i++) {
            event(digits.charAt(i));
        }
        return digits.toUpperCase(java.util.Locale.ROOT);
    }
}
