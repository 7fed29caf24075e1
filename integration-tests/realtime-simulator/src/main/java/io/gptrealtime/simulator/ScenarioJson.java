package io.gptrealtime.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;

/**
 * The JSON form of a {@link Scenario}, for the standalone program ({@code --scenario file.json}). Strict: an unknown
 * key is an error naming its path, because a typo in a script should not silently change a test.
 *
 * <pre>{@code
 * {
 *   "always_transcribe": false,
 *   "fallback_user_transcript": "Hello.",
 *   "fallback_reply": REPLY,
 *   "turns": [
 *     { "user_transcript": "What's the weather in Paris?", "transcription_fails": false,
 *       "reply": REPLY, "follow_ups": [ REPLY, ... ] }
 *   ],
 *   "out_of_band": [ REPLY, ... ]
 * }
 * REPLY = [ ITEM, ... ]
 *       | { "items": [ ITEM, ... ], "usage": USAGE }
 *       | { "error":  { "type": "rate_limit_error", "code": "rate_limit_exceeded", "message": "..." } }
 *       | { "failed": { "type": "server_error", "code": "server_error", "message": "..." } }
 * ITEM  = { "type": "message", "text": "It is sunny.", "audio": AUDIO }            (audio optional)
 *       | { "type": "function_call", "name": "get_weather", "arguments": {"city": "Paris"} | "{...}",
 *           "call_id": "call_1" }                                                  (call_id optional)
 * AUDIO = { "wav": "reply.wav" } | { "tone": { "frequency_hz": 440, "duration_ms": 1500, "amplitude": 0.25 } }
 *       | { "silence_ms": 500 }
 * USAGE = { "input_text_tokens": 0, "input_audio_tokens": 0, "input_image_tokens": 0, "cached_text_tokens": 0,
 *           "cached_audio_tokens": 0, "cached_image_tokens": 0, "output_text_tokens": 0, "output_audio_tokens": 0 }
 * }</pre>
 */
final class ScenarioJson {

    private ScenarioJson() {
    }

    static Scenario parse(String json, Path baseDir) {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Scenario is not valid JSON: " + e.getOriginalMessage(), e);
        }
        requireObject(root, "$");
        allowOnly(root, "$", Set.of("always_transcribe", "fallback_user_transcript", "fallback_reply", "turns",
                "out_of_band"));
        Scenario.Builder builder = Scenario.builder();
        if (root.has("always_transcribe")) {
            builder.alwaysTranscribe(bool(root.get("always_transcribe"), "$.always_transcribe"));
        }
        if (root.has("fallback_user_transcript")) {
            builder.fallbackUserTranscript(text(root.get("fallback_user_transcript"), "$.fallback_user_transcript"));
        }
        if (root.has("fallback_reply")) {
            builder.fallbackReply(reply(root.get("fallback_reply"), "$.fallback_reply", baseDir));
        }
        JsonNode outOfBand = root.path("out_of_band");
        if (!outOfBand.isMissingNode()) {
            if (!outOfBand.isArray()) {
                throw new IllegalArgumentException("$.out_of_band must be an array of replies");
            }
            for (int i = 0; i < outOfBand.size(); i++) {
                builder.outOfBand(reply(outOfBand.get(i), "$.out_of_band[" + i + "]", baseDir));
            }
        }
        JsonNode turns = root.path("turns");
        if (!turns.isMissingNode()) {
            if (!turns.isArray()) {
                throw new IllegalArgumentException("$.turns must be an array");
            }
            for (int i = 0; i < turns.size(); i++) {
                builder.turn(turn(turns.get(i), "$.turns[" + i + "]", baseDir));
            }
        }
        return builder.build();
    }

    private static Turn turn(JsonNode node, String path, Path baseDir) {
        requireObject(node, path);
        allowOnly(node, path, Set.of("user_transcript", "transcription_fails", "reply", "follow_ups"));
        Turn.Builder turn = Turn.builder();
        if (node.has("user_transcript")) {
            turn.userTranscript(text(node.get("user_transcript"), path + ".user_transcript"));
        }
        if (node.has("transcription_fails") && bool(node.get("transcription_fails"), path + ".transcription_fails")) {
            turn.transcriptionFails();
        }
        if (node.has("reply")) {
            turn.reply(reply(node.get("reply"), path + ".reply", baseDir));
        }
        JsonNode followUps = node.path("follow_ups");
        if (!followUps.isMissingNode()) {
            if (!followUps.isArray()) {
                throw new IllegalArgumentException(path + ".follow_ups must be an array of replies");
            }
            for (int i = 0; i < followUps.size(); i++) {
                turn.followUp(reply(followUps.get(i), path + ".follow_ups[" + i + "]", baseDir));
            }
        }
        return turn.build();
    }

    private static Reply reply(JsonNode node, String path, Path baseDir) {
        if (node.isArray()) {
            return items(node, path, baseDir, Reply.builder()).build();
        }
        requireObject(node, path);
        allowOnly(node, path, Set.of("items", "usage", "error", "failed"));
        if (node.has("error") || node.has("failed")) {
            boolean event = node.has("error");
            String key = event ? "error" : "failed";
            JsonNode error = node.get(key);
            String errorPath = path + "." + key;
            requireObject(error, errorPath);
            allowOnly(error, errorPath, Set.of("type", "code", "message"));
            String type = error.has("type") ? text(error.get("type"), errorPath + ".type") : "server_error";
            String code = error.has("code") ? text(error.get("code"), errorPath + ".code") : null;
            String message = text(error.path("message"), errorPath + ".message");
            return event ? Reply.errorEvent(type, code, message) : Reply.failed(type, code, message);
        }
        Reply.Builder builder = Reply.builder();
        if (node.has("items")) {
            items(node.get("items"), path + ".items", baseDir, builder);
        }
        if (node.has("usage")) {
            builder.usage(usage(node.get("usage"), path + ".usage"));
        }
        return builder.build();
    }

    private static Reply.Builder items(JsonNode items, String path, Path baseDir, Reply.Builder builder) {
        if (!items.isArray()) {
            throw new IllegalArgumentException(path + " must be an array of items");
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = path + "[" + i + "]";
            requireObject(item, itemPath);
            String type = text(item.path("type"), itemPath + ".type");
            if ("message".equals(type)) {
                allowOnly(item, itemPath, Set.of("type", "text", "audio"));
                String text = text(item.path("text"), itemPath + ".text");
                if (item.has("audio")) {
                    builder.message(text, audio(item.get("audio"), itemPath + ".audio", baseDir));
                } else {
                    builder.message(text);
                }
            } else if ("function_call".equals(type)) {
                allowOnly(item, itemPath, Set.of("type", "name", "arguments", "call_id"));
                String name = text(item.path("name"), itemPath + ".name");
                JsonNode args = item.path("arguments");
                String arguments = args.isTextual() ? args.asText() : args.isMissingNode() ? "{}" : Json.write(args);
                if (item.has("call_id")) {
                    builder.functionCall(name, arguments, text(item.get("call_id"), itemPath + ".call_id"));
                } else {
                    builder.functionCall(name, arguments);
                }
            } else {
                throw new IllegalArgumentException(itemPath + ".type must be 'message' or 'function_call', not '"
                        + type + "'");
            }
        }
        return builder;
    }

    private static AudioSource audio(JsonNode node, String path, Path baseDir) {
        requireObject(node, path);
        allowOnly(node, path, Set.of("wav", "tone", "silence_ms"));
        if (node.has("wav")) {
            Path file = Path.of(text(node.get("wav"), path + ".wav"));
            if (!file.isAbsolute() && baseDir != null) {
                file = baseDir.resolve(file);
            }
            return AudioSource.wav(file);
        }
        if (node.has("tone")) {
            JsonNode tone = node.get("tone");
            requireObject(tone, path + ".tone");
            allowOnly(tone, path + ".tone", Set.of("frequency_hz", "duration_ms", "amplitude"));
            double hz = number(tone.path("frequency_hz"), path + ".tone.frequency_hz");
            long ms = (long) number(tone.path("duration_ms"), path + ".tone.duration_ms");
            double amplitude = tone.has("amplitude") ? number(tone.get("amplitude"), path + ".tone.amplitude")
                    : AudioSource.DEFAULT_TONE_AMPLITUDE;
            return AudioSource.tone(hz, Duration.ofMillis(ms), amplitude);
        }
        if (node.has("silence_ms")) {
            return AudioSource.silence(Duration.ofMillis((long) number(node.get("silence_ms"), path + ".silence_ms")));
        }
        throw new IllegalArgumentException(path + " needs one of 'wav', 'tone', 'silence_ms'");
    }

    private static Usage usage(JsonNode node, String path) {
        requireObject(node, path);
        allowOnly(node, path, Set.of("input_text_tokens", "input_audio_tokens", "input_image_tokens",
                "cached_text_tokens", "cached_audio_tokens", "cached_image_tokens", "output_text_tokens",
                "output_audio_tokens"));
        return Usage.builder()
                .inputTextTokens(count(node, "input_text_tokens", path))
                .inputAudioTokens(count(node, "input_audio_tokens", path))
                .inputImageTokens(count(node, "input_image_tokens", path))
                .cachedTextTokens(count(node, "cached_text_tokens", path))
                .cachedAudioTokens(count(node, "cached_audio_tokens", path))
                .cachedImageTokens(count(node, "cached_image_tokens", path))
                .outputTextTokens(count(node, "output_text_tokens", path))
                .outputAudioTokens(count(node, "output_audio_tokens", path))
                .build();
    }

    private static int count(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return 0;
        }
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(path + "." + field + " must be a non-negative integer");
        }
        return value.asInt();
    }

    private static void requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(path + " must be a JSON object");
        }
    }

    private static void allowOnly(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("Unknown key " + path + "." + name + " (allowed: " + allowed + ")");
            }
        }
    }

    private static String text(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(path + " must be a string");
        }
        return node.asText();
    }

    private static boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            throw new IllegalArgumentException(path + " must be true or false");
        }
        return node.asBoolean();
    }

    private static double number(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException(path + " must be a number");
        }
        return node.asDouble();
    }
}
