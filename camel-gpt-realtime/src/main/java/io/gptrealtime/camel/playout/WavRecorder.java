package io.gptrealtime.camel.playout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.audio.WavFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a session's assistant audio to {@code <dir>/<session key>-assistant.wav}, as it arrives. The WAV header is
 * patched when the session ends; a recording cut short by a crash still reads to its end.
 */
public final class WavRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(WavRecorder.class);

    private WavRecorder() {
    }

    /** A port that writes to a new WAV file for {@code sessionKey} in {@code dir}. */
    public static AudioPort open(Path dir, String sessionKey, AudioFormat format) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(safeName(sessionKey) + "-assistant.wav");
            WavFileWriter writer = WavFileWriter.create(file, format);
            return new ImmediateAudioPort(format, (item, audio) -> {
                try {
                    writer.write(audio);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write the recording " + file, e);
                }
            }, () -> {
                try {
                    writer.close();
                } catch (IOException e) {
                    LOG.warn("Cannot finish the recording {}: {}", file, e.getMessage());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a recording in " + dir, e);
        }
    }

    /** Session keys come from headers: keep file names to a safe alphabet. */
    static String safeName(String key) {
        String s = key.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
