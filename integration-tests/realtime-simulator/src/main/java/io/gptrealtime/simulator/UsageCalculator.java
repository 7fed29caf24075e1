package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Deterministic token accounting, so cost code can be tested against known numbers.
 *
 * <p>Input (the response's context: the conversation, or the response's own {@code input}):
 * <ul>
 *   <li>text tokens = ceil(characters / 4) over the instructions, the tool definitions (as JSON), every text part,
 *   function call names and arguments, and function call outputs;</li>
 *   <li>audio tokens = ceil(user audio ms / 100) + ceil(assistant audio ms / 50) (after truncation), the service's
 *   published rates;</li>
 *   <li>image tokens = 85 per {@code input_image};</li>
 *   <li>cached tokens: once the previous response of the session read at least 1024 input tokens (text + audio),
 *   that prompt is treated as a cached prefix: cached = min(previous, current) rounded down to a multiple of
 *   64, per modality.</li>
 * </ul>
 * Output: text tokens = ceil(characters / 4) of the produced text, transcript, function names and arguments; audio
 * tokens = ceil(produced audio ms / 50). A reply with scripted {@link Usage} overrides all of this.
 *
 * <p>Input transcription: token models report audio tokens = ceil(ms / 100) and output tokens = ceil(chars / 4);
 * {@code whisper-1}, {@code gpt-realtime-whisper} and {@code gpt-live-transcribe} report
 * {@code {"type":"duration","seconds": ceil(ms / 1000)}}.
 *
 * <p>Owned by the session's event loop (it remembers the previous response's input for caching).
 */
final class UsageCalculator {

    static final int IMAGE_TOKENS = 85;
    private static final int CACHE_MINIMUM = 1024;
    private static final int CACHE_GRANULE = 64;

    /** Owner: Event loop of the session. */
    private int previousTextTokens;
    /** Owner: Event loop of the session. */
    private int previousAudioTokens;

    /** Measures a context. */
    static final class Context {
        long chars;
        double userAudioMs;
        double assistantAudioMs;
        int images;
    }

    static Context measure(String instructions, JsonNode tools, List<ConversationItem> items) {
        Context c = new Context();
        c.chars += instructions == null ? 0 : instructions.length();
        if (tools != null && tools.isArray() && tools.size() > 0) {
            c.chars += Json.write(tools).length();
        }
        for (ConversationItem item : items) {
            measureItem(c, item.json(), item.audio(), item.isAssistantMessage());
        }
        return c;
    }

    static void measureItem(Context c, JsonNode json, AudioClip audio, boolean assistant) {
        switch (json.path("type").asText()) {
            case "message":
                for (JsonNode part : json.path("content")) {
                    c.chars += part.path("text").asText("").length();
                    if ("input_image".equals(part.path("type").asText())) {
                        c.images++;
                    }
                }
                if (audio != null) {
                    if (assistant) {
                        c.assistantAudioMs += audio.effectiveMs();
                    } else {
                        c.userAudioMs += audio.effectiveMs();
                    }
                }
                break;
            case "function_call":
                c.chars += json.path("name").asText("").length() + json.path("arguments").asText("").length();
                break;
            case "function_call_output":
                c.chars += json.path("output").asText("").length();
                break;
            default:
                c.chars += Json.write(json).length();
        }
    }

    Usage compute(Context input, long outputChars, double outputAudioMs) {
        int text = (int) ceilDiv(input.chars, 4);
        int audio = (int) (Math.ceil(input.userAudioMs / 100.0) + Math.ceil(input.assistantAudioMs / 50.0));
        boolean cacheWarm = previousTextTokens + previousAudioTokens >= CACHE_MINIMUM;
        int cachedText = cacheWarm ? Math.min(previousTextTokens, text) / CACHE_GRANULE * CACHE_GRANULE : 0;
        int cachedAudio = cacheWarm ? Math.min(previousAudioTokens, audio) / CACHE_GRANULE * CACHE_GRANULE : 0;
        previousTextTokens = text;
        previousAudioTokens = audio;
        return Usage.builder()
                .inputTextTokens(text)
                .inputAudioTokens(audio)
                .inputImageTokens(input.images * IMAGE_TOKENS)
                .cachedTextTokens(cachedText)
                .cachedAudioTokens(cachedAudio)
                .outputTextTokens((int) ceilDiv(outputChars, 4))
                .outputAudioTokens((int) Math.ceil(outputAudioMs / 50.0))
                .build();
    }

    static ObjectNode transcriptionUsage(String model, double audioMs, String transcript) {
        ObjectNode usage = Json.object();
        if ("whisper-1".equals(model) || "gpt-realtime-whisper".equals(model) || "gpt-live-transcribe".equals(model)) {
            usage.put("type", "duration");
            usage.put("seconds", Math.ceil(audioMs / 1000.0));
            return usage;
        }
        int audioTokens = (int) Math.ceil(audioMs / 100.0);
        int output = (int) ceilDiv(transcript.length(), 4);
        usage.put("type", "tokens");
        usage.put("total_tokens", audioTokens + output);
        usage.put("input_tokens", audioTokens);
        ObjectNode details = usage.putObject("input_token_details");
        details.put("text_tokens", 0);
        details.put("audio_tokens", audioTokens);
        usage.put("output_tokens", output);
        return usage;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
