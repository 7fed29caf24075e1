package io.gptrealtime.camel.protocol;

import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Turns Realtime events into JSON text and back. Thread-safe and cheap to share: all state is the shared
 * {@link RealtimeJson} configuration and the {@link EventCatalog} of the session family.
 * <p>
 * Decoding never fails on an unknown {@code type} ({@link UnknownServerEvent}, {@link RawClientEvent}) or on unknown
 * fields (kept on the event and written back). It fails with {@link RealtimeProtocolException} when the text is not a
 * JSON object with a string {@code type}, or when a known field holds the wrong kind of value.
 * <p>
 * The two per-frame paths avoid databind: {@link #encodeAudioAppend(byte[], int, int, String)} writes the append
 * event directly, and {@link #decode(String)} reads a compact {@code response.output_audio.delta} with a streaming
 * parser over the event minus its base64, which {@code java.util.Base64} decodes separately.
 */
public final class RealtimeEventCodec {

    private final EventCatalog catalog;
    private final ObjectWriter writer;
    private final ObjectReader unknownServerReader;
    /** Only where the catalog maps the audio delta type to the class the fast path builds. */
    private final boolean audioFastPath;
    private final AudioAppendWriter appendWriter;

    /** A codec for realtime and transcription sessions. */
    public RealtimeEventCodec() {
        this(EventCatalog.realtime());
    }

    /** A codec for the session family of {@code catalog}. */
    public RealtimeEventCodec(EventCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.writer = RealtimeJson.mapper().writer();
        this.unknownServerReader = RealtimeJson.mapper().readerFor(UnknownServerEvent.class);
        this.audioFastPath = catalog.serverClass(EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA)
                             == ResponseOutputAudioDeltaEvent.class;
        this.appendWriter = new AudioAppendWriter(catalog.audioAppendType());
    }

    /** The shared codec for realtime and transcription sessions. */
    public static RealtimeEventCodec instance() {
        return Shared.REALTIME;
    }

    public EventCatalog catalog() {
        return catalog;
    }

    // ---------------------------------------------------------------------------------------------- encoding

    /**
     * Encodes an event (normally a client event; server events too, for simulators and tests).
     *
     * @throws RealtimeProtocolException if Jackson cannot write the event (a bug in the model)
     */
    public String encode(RealtimeEvent event) {
        Objects.requireNonNull(event, "event");
        if (event instanceof RawClientEvent raw) {
            return raw.json();
        }
        try {
            return writer.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new RealtimeProtocolException("Cannot encode event: " + e.getOriginalMessage(), event.getType(),
                    null, e);
        }
    }

    /** Encodes an audio append event for the whole array. */
    public String encodeAudioAppend(byte[] audio) {
        return encodeAudioAppend(audio, 0, audio.length, null);
    }

    /**
     * Encodes an audio append event ({@code input_audio_buffer.append}, or {@code session.input_audio_buffer.append}
     * for translation) for {@code audio[offset, offset+length)}, without building an event object.
     *
     * @param eventIdOrNull the client event id, or null for none
     */
    public String encodeAudioAppend(byte[] audio, int offset, int length, String eventIdOrNull) {
        return appendWriter.write(audio, offset, length, eventIdOrNull);
    }

    /**
     * Encodes an audio append event for audio that is already base64 (a Twilio media payload, say), which is sent as
     * it is: neither decoded nor re-encoded.
     *
     * @param eventIdOrNull the client event id, or null for none
     */
    public String encodeAudioAppendBase64(String base64, String eventIdOrNull) {
        return appendWriter.writeBase64(base64, eventIdOrNull);
    }

    // ---------------------------------------------------------------------------------------------- decoding

    /**
     * Decodes a server event. The result remembers {@code json} ({@link ServerEvent#rawJson()}).
     *
     * @throws RealtimeProtocolException if the text is not a JSON object with a string {@code type}, or a known field
     *                                   has a value of the wrong kind
     */
    public ServerEvent decode(String json) {
        Objects.requireNonNull(json, "json");
        ServerEvent event = audioFastPath ? AudioDeltaFastPath.tryDecode(RealtimeJson.factory(), json) : null;
        if (event == null) {
            String type = EventScanner.scan(RealtimeJson.factory(), json, true).type();
            ObjectReader reader = catalog.serverReader(type);
            if (reader != null) {
                event = bind(reader, type, json);
            } else {
                UnknownServerEvent unknown = bind(unknownServerReader, type, json);
                unknown.assignType(type);
                event = unknown;
            }
        }
        event.attachRawJson(json);
        return event;
    }

    /**
     * Decodes a client event, as a simulator or a raw-JSON route needs to. Unknown client types come back as
     * {@link RawClientEvent}, which re-encodes to the same text.
     *
     * @throws RealtimeProtocolException like {@link #decode(String)}
     */
    public ClientEvent decodeClientEvent(String json) {
        EventScanner.Scan scan = EventScanner.scan(RealtimeJson.factory(), json, false);
        ObjectReader reader = catalog.clientReader(scan.type());
        if (reader == null) {
            return RawClientEvent.scanned(json, scan);
        }
        return bind(reader, scan.type(), json);
    }

    private static <T> T bind(ObjectReader reader, String type, String json) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new RealtimeProtocolException(problem(e), type, json, e);
        }
    }

    /** Jackson's reason, with the JSON path of the bad field when there is one, cut to one line. */
    private static String problem(JsonProcessingException e) {
        String reason = firstLine(e.getOriginalMessage());
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Invalid value at '" + path(mapping) + "': " + reason;
        }
        return "Malformed JSON: " + reason;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static final class Shared {
        static final RealtimeEventCodec REALTIME = new RealtimeEventCodec();
    }
}
