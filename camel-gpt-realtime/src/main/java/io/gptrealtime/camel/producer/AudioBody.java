package io.gptrealtime.camel.producer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.gptrealtime.camel.audio.AudioConverter;
import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.audio.UnsupportedAudioException;
import io.gptrealtime.camel.audio.Wav;
import io.gptrealtime.camel.audio.WavContent;
import io.gptrealtime.camel.audio.WavReader;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/**
 * The audio of a message body, converted to the session's input format. WAV bodies are detected by their RIFF header
 * and converted from whatever they hold; raw bodies are in the format named by the CamelGptRealtimeAudioFormat header,
 * or already in the session's input format.
 */
final class AudioBody {

    /** Bodies larger than this are refused: a whole-file append this large is a mistake, not a voice message. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private AudioBody() {
    }

    /**
     * Reads the body's bytes: byte[], InputStream, File, Path, or anything Camel converts to byte[] (a file
     * consumer's GenericFile, a JMS BytesMessage...).
     */
    static byte[] bytesOf(Message message) throws IOException {
        Object body = message.getBody();
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File f) {
            return readFile(f.toPath());
        }
        byte[] direct = bytesOf(body);
        if (direct != null) {
            return direct;
        }
        byte[] converted = body == null ? null : message.getBody(byte[].class);
        if (converted == null) {
            throw new IllegalArgumentException("Cannot take audio from a body of type "
                                               + (body == null ? "null" : body.getClass().getName())
                                               + "; expected byte[], InputStream, File, Path or a type convertible"
                                               + " to byte[]");
        }
        if (converted.length > MAX_BYTES) {
            throw new IllegalArgumentException("Audio body larger than " + MAX_BYTES + " bytes");
        }
        return converted;
    }

    private static byte[] bytesOf(Object body) throws IOException {
        if (body instanceof byte[] b) {
            return b;
        }
        if (body instanceof File f) {
            return readFile(f.toPath());
        }
        if (body instanceof Path p) {
            return readFile(p);
        }
        if (body instanceof InputStream in) {
            byte[] b = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
            if (b.length > MAX_BYTES) {
                throw new IllegalArgumentException("Audio body larger than " + MAX_BYTES + " bytes");
            }
            return b;
        }
        return null;
    }

    /** The body's audio in {@code target}, converting WAV or raw audio of another format as needed. */
    static byte[] toSessionFormat(byte[] bytes, String formatHeader, AudioFormat target) {
        AudioFormat source;
        byte[] data;
        if (Wav.isWav(bytes)) {
            WavContent wav = WavReader.readContent(bytes);
            source = wav.format();
            data = wav.data();
        } else {
            source = formatHeader == null ? target : parseFormat(formatHeader);
            data = bytes;
        }
        if (source.equals(target)) {
            return data;
        }
        return AudioConverter.convertAll(source, target, data);
    }

    /** Parses {@code audio/pcm}, {@code audio/pcmu}, {@code audio/pcma} or {@code pcm16;rate=16000}. */
    static AudioFormat parseFormat(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("pcm16")) {
            int rate = 24_000;
            int eq = h.indexOf("rate=");
            if (eq >= 0) {
                rate = Integer.parseInt(h.substring(eq + 5).trim());
            }
            return AudioFormat.pcm16(rate);
        }
        try {
            return AudioFormat.fromRealtimeType(h);
        } catch (RuntimeException e) {
            throw new UnsupportedAudioException("Unknown audio format '" + header
                                                + "'; use audio/pcm, audio/pcmu, audio/pcma or pcm16;rate=N");
        }
    }

    private static byte[] readFile(Path p) throws IOException {
        long size = Files.size(p);
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException("Audio file " + p + " is " + size + " bytes; the limit is " + MAX_BYTES);
        }
        return Files.readAllBytes(p);
    }
}
