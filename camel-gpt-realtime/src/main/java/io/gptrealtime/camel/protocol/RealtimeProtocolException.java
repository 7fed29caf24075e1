package io.gptrealtime.camel.protocol;

/**
 * A message that is not a valid Realtime event: not JSON, not a JSON object, no string {@code type}, or a known field
 * with a value of the wrong kind. Unknown event types and unknown fields are never reported this way.
 * <p>
 * The message names the event type when it could be read and ends with a short excerpt of the text, so a log line is
 * enough to see what arrived without dumping megabytes of base64.
 */
public class RealtimeProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Long enough to recognise the event, short enough for one log line. */
    static final int EXCERPT_LENGTH = 160;

    private final String eventType;
    private final String excerpt;

    public RealtimeProtocolException(String problem, String eventType, String json, Throwable cause) {
        super(message(problem, eventType, excerptOf(json)), cause);
        this.eventType = eventType;
        this.excerpt = excerptOf(json);
    }

    public RealtimeProtocolException(String problem, String eventType, String json) {
        this(problem, eventType, json, null);
    }

    /** The event type, when the text had a readable one; otherwise null. */
    public String getEventType() {
        return eventType;
    }

    /** The start of the offending text, cut to {@value #EXCERPT_LENGTH} characters. */
    public String getExcerpt() {
        return excerpt;
    }

    private static String message(String problem, String eventType, String excerpt) {
        StringBuilder sb = new StringBuilder(problem.length() + excerpt.length() + 48);
        sb.append(problem);
        if (eventType != null) {
            sb.append(" (event type '").append(eventType).append("')");
        }
        return sb.append(": ").append(excerpt).toString();
    }

    /** The first characters of the text with control characters made visible, and the total length if cut. */
    static String excerptOf(String json) {
        if (json == null) {
            return "<null>";
        }
        int end = Math.min(json.length(), EXCERPT_LENGTH);
        StringBuilder sb = new StringBuilder(end + 24);
        for (int i = 0; i < end; i++) {
            char c = json.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        if (json.length() > end) {
            sb.append("…(").append(json.length()).append(" chars)");
        }
        return sb.toString();
    }
}
