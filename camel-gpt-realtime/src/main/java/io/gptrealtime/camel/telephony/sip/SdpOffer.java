package io.gptrealtime.camel.telephony.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of an SDP offer (RFC 4566, RFC 3264) an audio-only answerer needs: every media line in order (the answer
 * must have one per offer line), and for each its port, payload types, rtpmap names, direction and connection address
 * (media-level c= overrides the session-level one). Unknown lines are ignored; structural errors are refused with a
 * reason.
 */
public final class SdpOffer {

    /** Bounds what one offer may contain; a larger one is refused rather than parsed. */
    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_MEDIA = 8;

    /** One m= line and its attributes. */
    public static final class Media {
        final String type;
        final int port;
        final String protocol;
        final List<Integer> formats;
        /** payload type → encoding name/clock rate in upper case, e.g. 101 → TELEPHONE-EVENT/8000. */
        final Map<Integer, String> rtpmap = new LinkedHashMap<>();
        String connection;
        String direction;
        Integer ptime;

        Media(String type, int port, String protocol, List<Integer> formats) {
            this.type = type;
            this.port = port;
            this.protocol = protocol;
            this.formats = formats;
        }

        public String type() {
            return type;
        }

        public int port() {
            return port;
        }

        public String protocol() {
            return protocol;
        }

        public List<Integer> formats() {
            return formats;
        }

        /** The encoding of a payload type: from rtpmap, else the static RFC 3551 type (0 PCMU, 8 PCMA). */
        public String encoding(int payloadType) {
            String mapped = rtpmap.get(payloadType);
            if (mapped != null) {
                return mapped;
            }
            return switch (payloadType) {
                case 0 -> "PCMU/8000";
                case 8 -> "PCMA/8000";
                default -> null;
            };
        }

        /** sendrecv (the default), sendonly, recvonly or inactive. */
        public String direction() {
            return direction;
        }

        public String connection() {
            return connection;
        }

        public Integer ptime() {
            return ptime;
        }
    }

    private final List<Media> media;
    private final String sessionConnection;

    private SdpOffer(List<Media> media, String sessionConnection) {
        this.media = media;
        this.sessionConnection = sessionConnection;
    }

    public List<Media> media() {
        return media;
    }

    /** The session-level c= address, or null. */
    public String sessionConnection() {
        return sessionConnection;
    }

    /**
     * @throws SdpException when the text is not a usable offer
     */
    public static SdpOffer parse(String sdp) throws SdpException {
        if (sdp == null || sdp.isBlank()) {
            throw new SdpException("empty SDP");
        }
        if (sdp.length() > MAX_BYTES) {
            throw new SdpException("SDP of " + sdp.length() + " bytes exceeds " + MAX_BYTES);
        }
        List<Media> media = new ArrayList<>();
        String sessionConnection = null;
        String sessionDirection = null;
        Media current = null;
        boolean sawVersion = false;
        for (String raw : sdp.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '=') {
                throw new SdpException("malformed SDP line: " + abbreviate(line));
            }
            char kind = line.charAt(0);
            String value = line.substring(2).strip();
            switch (kind) {
                case 'v' -> sawVersion = true;
                case 'c' -> {
                    String address = connectionAddress(value);
                    if (current == null) {
                        sessionConnection = address;
                    } else {
                        current.connection = address;
                    }
                }
                case 'm' -> {
                    if (media.size() == MAX_MEDIA) {
                        throw new SdpException("more than " + MAX_MEDIA + " media lines");
                    }
                    current = mediaLine(value);
                    media.add(current);
                }
                case 'a' -> {
                    String direction = direction(value);
                    if (direction != null) {
                        if (current == null) {
                            sessionDirection = direction;
                        } else {
                            current.direction = direction;
                        }
                    } else if (current != null) {
                        attribute(current, value);
                    }
                }
                default -> {
                    // o=, s=, t=, b= and the rest do not change the answer
                }
            }
        }
        if (!sawVersion) {
            throw new SdpException("SDP without v= line");
        }
        if (media.isEmpty()) {
            throw new SdpException("SDP without media line");
        }
        for (Media m : media) {
            if (m.connection == null) {
                m.connection = sessionConnection;
            }
            if (m.direction == null) {
                m.direction = sessionDirection == null ? "sendrecv" : sessionDirection;
            }
        }
        return new SdpOffer(media, sessionConnection);
    }

    private static String connectionAddress(String value) throws SdpException {
        String[] parts = value.split("\\s+");
        if (parts.length < 3 || !"IN".equals(parts[0]) || !("IP4".equals(parts[1]) || "IP6".equals(parts[1]))) {
            throw new SdpException("unsupported connection line: c=" + abbreviate(value));
        }
        String address = parts[2];
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }

    private static Media mediaLine(String value) throws SdpException {
        String[] parts = value.split("\\s+");
        if (parts.length < 4) {
            throw new SdpException("malformed media line: m=" + abbreviate(value));
        }
        int port;
        try {
            String p = parts[1];
            int slash = p.indexOf('/');
            port = Integer.parseInt(slash < 0 ? p : p.substring(0, slash));
        } catch (NumberFormatException e) {
            throw new SdpException("malformed media port: m=" + abbreviate(value));
        }
        if (port < 0 || port > 65535) {
            throw new SdpException("media port out of range: " + port);
        }
        List<Integer> formats = new ArrayList<>();
        for (int i = 3; i < parts.length; i++) {
            try {
                formats.add(Integer.parseInt(parts[i]));
            } catch (NumberFormatException e) {
                formats.add(-1); // a non-RTP format (e.g. for image/t38); never chosen
            }
        }
        return new Media(parts[0].toLowerCase(Locale.ROOT), port, parts[2], formats);
    }

    private static String direction(String value) {
        return switch (value) {
            case "sendrecv", "sendonly", "recvonly", "inactive" -> value;
            default -> null;
        };
    }

    private static void attribute(Media m, String value) {
        try {
            if (value.startsWith("rtpmap:")) {
                String rest = value.substring(7);
                int space = rest.indexOf(' ');
                if (space > 0) {
                    m.rtpmap.put(Integer.parseInt(rest.substring(0, space)),
                            rest.substring(space + 1).strip().toUpperCase(Locale.ROOT));
                }
            } else if (value.startsWith("ptime:")) {
                m.ptime = Integer.parseInt(value.substring(6).strip());
            }
        } catch (NumberFormatException e) {
            // an attribute we cannot read does not make the offer unusable
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /** The SDP cannot be used. */
    public static final class SdpException extends Exception {
        private static final long serialVersionUID = 1L;

        public SdpException(String message) {
            super(message);
        }
    }
}
