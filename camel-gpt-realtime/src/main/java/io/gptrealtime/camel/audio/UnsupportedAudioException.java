package io.gptrealtime.camel.audio;

/**
 * Audio the toolkit cannot handle: a file that is not WAV, a truncated header, a codec other than PCM/G.711, an
 * unsupported format name or rate. The message names what was found and what is supported, so it can be shown to
 * the user as is. Unchecked: callers mostly turn it into a failed exchange.
 */
public class UnsupportedAudioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedAudioException(String message) {
        super(message);
    }

    public UnsupportedAudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
