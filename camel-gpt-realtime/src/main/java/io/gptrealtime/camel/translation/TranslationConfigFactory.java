package io.gptrealtime.camel.translation;

import io.gptrealtime.camel.GptRealtimeConfiguration;
import io.gptrealtime.camel.protocol.InputTranscription;
import io.gptrealtime.camel.protocol.NoiseReduction;
import io.gptrealtime.camel.protocol.translation.TranslationAudioInput;
import io.gptrealtime.camel.protocol.translation.TranslationSessionConfig;

/**
 * Endpoint options → the configuration of a translation session: the target language (translationLanguage, required),
 * the source-language transcript (inputTranscriptionModel) and noise reduction (noiseReduction; none turns it off).
 * The model is in the URL, not here.
 */
public final class TranslationConfigFactory {

    /** The translation model used when the model option was left at its realtime default. */
    public static final String DEFAULT_MODEL = "gpt-realtime-translate";

    private TranslationConfigFactory() {
    }

    public static boolean isTranslation(GptRealtimeConfiguration config) {
        return "translation".equals(config.getSessionType());
    }

    /** The model of a translation session: the model option, unless it still names the realtime default. */
    public static String model(GptRealtimeConfiguration config) {
        String m = config.getModel();
        return m == null || m.isBlank() || GptRealtimeConfiguration.DEFAULT_MODEL.equals(m) ? DEFAULT_MODEL : m;
    }

    public static TranslationSessionConfig create(GptRealtimeConfiguration config) {
        if (config.getTranslationLanguage() == null || config.getTranslationLanguage().isBlank()) {
            throw new IllegalArgumentException("A translation session needs its target language: set the"
                                               + " translationLanguage option (e.g. es, de, ja)");
        }
        if (config.getInputAudioFormat() != null && !"audio/pcm".equals(config.getInputAudioFormat())) {
            throw new IllegalArgumentException("Translation sessions take 24 kHz PCM16 only: inputAudioFormat must be"
                                               + " audio/pcm, not " + config.getInputAudioFormat()
                                               + " (WAV and G.711 bodies are converted by the component)");
        }
        TranslationSessionConfig session = TranslationSessionConfig.targetLanguage(config.getTranslationLanguage());
        TranslationAudioInput input = new TranslationAudioInput();
        boolean anyInput = false;
        if (config.getInputTranscriptionModel() != null) {
            input.setTranscription(InputTranscription.of(config.getInputTranscriptionModel()));
            anyInput = true;
        }
        if ("none".equals(config.getNoiseReduction())) {
            input.clearNoiseReduction();
            anyInput = true;
        } else if (config.getNoiseReduction() != null) {
            input.setNoiseReduction(new NoiseReduction().setType(config.getNoiseReduction()));
            anyInput = true;
        }
        if (anyInput) {
            session.getAudio().setInput(input);
        }
        return session;
    }
}
