package io.gptrealtime.simulator;

import java.util.Objects;

/**
 * What the simulated translator "hears" and "says" for one utterance of a translation session: the source-language
 * transcript (sent as {@code session.input_transcript.delta} when input transcription is on) and the translated text
 * (sent as {@code session.output_transcript.delta}). Utterances take these in order; past the list, placeholders
 * that name the utterance's number are used.
 */
public record Translation(String sourceText, String translatedText) {

    public Translation {
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(translatedText, "translatedText");
    }

    static Translation placeholder(int utterance) {
        return new Translation("(utterance " + utterance + ")", "(translation " + utterance + ")");
    }
}
