package io.gptrealtime.camel.audio;

/**
 * Chooses the Realtime wire formats for a conversation whose caller audio comes in {@code sourceFormat} and whose
 * assistant audio goes out to a listener that takes {@code sinkFormat}. The service speaks G.711 at 8 kHz natively,
 * so a G.711 side passes through untouched (no decode, no resampling, no added filter delay); anything else travels
 * as 24 kHz PCM16 and is converted only on the side that needs it.
 *
 * @param input            the session's input format (audio.input.format)
 * @param output           the session's output format (audio.output.format)
 * @param convertsInput    whether caller audio must be converted before it is sent
 * @param convertsOutput   whether assistant audio must be converted before the listener gets it
 */
public record FormatNegotiation(AudioFormat input, AudioFormat output, boolean convertsInput,
                                boolean convertsOutput) {

    public static FormatNegotiation negotiate(AudioFormat sourceFormat, AudioFormat sinkFormat) {
        AudioFormat in = wireFormatFor(sourceFormat);
        AudioFormat out = wireFormatFor(sinkFormat);
        return new FormatNegotiation(in, out, !in.equals(sourceFormat), !out.equals(sinkFormat));
    }

    /** The wire format closest to {@code f}: itself when the service speaks it, else 24 kHz PCM16. */
    public static AudioFormat wireFormatFor(AudioFormat f) {
        return f.isRealtimeFormat() ? f : AudioFormat.REALTIME_PCM;
    }
}
