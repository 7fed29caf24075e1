package io.gptrealtime.camel.protocol;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The codec's hot paths, null handling and printing. */
class RealtimeEventCodecTest {

    private static final RealtimeEventCodec CODEC = new RealtimeEventCodec();

    // ------------------------------------------------------------------------------------------ audio append

    @Test
    void streamedAppendEqualsTheEventEncoding() {
        byte[] audio = ClientEventSamples.PCM_20MS;

        String streamed = CODEC.encodeAudioAppend(audio, 0, audio.length, "evt_1");
        InputAudioBufferAppendEvent event = InputAudioBufferAppendEvent.of(audio);
        event.setEventId("evt_1");

        assertEquals(CODEC.encode(event), streamed);
        assertEquals("{\"type\":\"input_audio_buffer.append\",\"event_id\":\"evt_1\",\"audio\":\""
                     + Base64.getEncoder().encodeToString(audio) + "\"}", streamed);
    }

    @Test
    void streamedAppendEncodesOnlyTheSliceAndEscapesTheEventId() {
        byte[] audio = { 9, 9, 1, 2, 3, 4, 9 };

        String json = CODEC.encodeAudioAppend(audio, 2, 4, "a\"b\\c");

        JsonNode tree = SpecExamples.tree(json);
        assertEquals("a\"b\\c", tree.path("event_id").asText());
        assertArrayEquals(new byte[] { 1, 2, 3, 4 }, Base64.getDecoder().decode(tree.path("audio").asText()));
        assertEquals("{\"type\":\"input_audio_buffer.append\",\"audio\":\"\"}",
                CODEC.encodeAudioAppend(new byte[0], 0, 0, null));
        assertThrows(IndexOutOfBoundsException.class, () -> CODEC.encodeAudioAppend(audio, 5, 4, null));
    }

    @Test
    void base64AppendIsPassedThroughAndKeptValidJson() {
        assertEquals("{\"type\":\"input_audio_buffer.append\",\"audio\":\"f39/fw==\"}",
                CODEC.encodeAudioAppendBase64("f39/fw==", null));
        String hostile = CODEC.encodeAudioAppendBase64("AA\",\"type\":\"response.create", "e1");
        assertEquals("AA\",\"type\":\"response.create", SpecExamples.tree(hostile).path("audio").asText());
        assertEquals("input_audio_buffer.append", SpecExamples.tree(hostile).path("type").asText());
    }

    @Test
    void appendEventsDecodeBackToTheirBytes() {
        byte[] audio = new byte[48_000];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (byte) (i * 31);
        }

        ClientEvent decoded = CODEC.decodeClientEvent(CODEC.encodeAudioAppend(audio));

        assertArrayEquals(audio, assertInstanceOf(InputAudioBufferAppendEvent.class, decoded).audio());
        String base64 = Base64.getEncoder().encodeToString(audio);
        assertEquals(CODEC.encodeAudioAppend(audio), CODEC.encode(InputAudioBufferAppendEvent.ofBase64(base64)));
    }

    // ------------------------------------------------------------------------------------------ audio delta

    @Test
    void audioDeltaDecodesTheSameWhateverTheFieldOrder() {
        byte[] audio = ClientEventSamples.PCM_20MS;
        String base64 = Base64.getEncoder().encodeToString(audio);
        String typeFirst = "{\"type\":\"response.output_audio.delta\",\"event_id\":\"event_1\",\"response_id\":"
                           + "\"resp_1\",\"item_id\":\"item_1\",\"output_index\":1,\"content_index\":2,\"delta\":\""
                           + base64 + "\"}";
        String eventIdFirst = "{\"event_id\":\"event_1\",\"type\":\"response.output_audio.delta\",\"delta\":\""
                              + base64 + "\",\"content_index\":2,\"output_index\":1,\"item_id\":\"item_1\","
                              + "\"response_id\":\"resp_1\"}";
        String pretty = "{\n  \"delta\": \"" + base64 + "\",\n  \"type\": \"response.output_audio.delta\",\n"
                        + "  \"event_id\": \"event_1\", \"response_id\": \"resp_1\", \"item_id\": \"item_1\",\n"
                        + "  \"output_index\": 1, \"content_index\": 2\n}";

        for (String json : List.of(typeFirst, eventIdFirst, pretty)) {
            ResponseOutputAudioDeltaEvent event = assertInstanceOf(ResponseOutputAudioDeltaEvent.class,
                    CODEC.decode(json));
            assertEquals("event_1", event.getEventId(), json);
            assertEquals("resp_1", event.getResponseId());
            assertEquals("item_1", event.getItemId());
            assertEquals(1, event.getOutputIndex());
            assertEquals(2, event.getContentIndex());
            assertArrayEquals(audio, event.audio());
            assertSame(event.audio(), event.audio(), "decoded once");
            assertSame(json, event.rawJson());
            assertFalse(event.hasUnknownFields());
        }
    }

    @Test
    void theFastPathTakesCompactDeltasInAnyFieldOrder() {
        String base64 = Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3, 4 });

        for (String json : List.of(
                "{\"type\":\"response.output_audio.delta\",\"event_id\":\"e\",\"delta\":\"" + base64 + "\"}",
                "{\"delta\":\"" + base64 + "\",\"output_index\":0,\"type\":\"response.output_audio.delta\"}",
                "{\"type\":\"response.output_audio.delta\",\"item_id\":\"x\\\"delta\\\":\\\"y\",\"delta\":\"" + base64
                + "\"}")) {
            ResponseOutputAudioDeltaEvent event = AudioDeltaFastPath.tryDecode(RealtimeJson.factory(), json);
            assertArrayEquals(new byte[] { 1, 2, 3, 4 }, event.audio(), json);
        }
    }

    @Test
    void theFastPathLeavesEverythingElseToTheGeneralPath() {
        String audio = "\"delta\":\"AQIDBA==\"";
        for (String json : List.of(
                "{\"type\":\"response.output_audio.delta\"," + audio + ",\"obfuscation\":\"x\"}",
                "{\"type\":\"response.output_audio.delta\",\"meta\":{" + audio + "}," + audio + "}",
                "{\"type\":\"response.output_audio.delta\"," + audio + "," + audio + "}",
                "{\"type\":\"response.output_audio.delta\",\"delta\":\"AQID\\/A==\"}",
                "{\"type\":\"response.output_audio.delta\",\"output_index\":\"0\"," + audio + "}",
                "{\"type\":\"response.output_audio_transcript.delta\",\"delta\":\"Hi\"}",
                "{\"type\":\"response.output_audio.delta\"," + audio + "} trailing",
                "{\"type\":\"response.output_audio.delta\",\"delta\":\"not base64!\"}")) {
            assertNull(AudioDeltaFastPath.tryDecode(RealtimeJson.factory(), json), json);
        }
        ResponseOutputAudioDeltaEvent escaped = assertInstanceOf(ResponseOutputAudioDeltaEvent.class,
                CODEC.decode("{\"type\":\"response.output_audio.delta\",\"delta\":\"AQID\\/A==\"}"));
        assertArrayEquals(Base64.getDecoder().decode("AQID/A=="), escaped.audio());
    }

    @Test
    void audioDeltaWithoutPaddingIsAccepted() {
        String json = "{\"type\":\"response.output_audio.delta\",\"delta\":\"AAECAwQ\"}";

        ResponseOutputAudioDeltaEvent event = assertInstanceOf(ResponseOutputAudioDeltaEvent.class,
                CODEC.decode(json));

        assertArrayEquals(new byte[] { 0, 1, 2, 3, 4 }, event.audio());
    }

    @Test
    void invalidBase64IsReportedWhenTheAudioIsRead() {
        String json = "{\"type\":\"response.output_audio.delta\",\"event_id\":\"e\",\"delta\":\"not base64!\"}";

        ResponseOutputAudioDeltaEvent event = assertInstanceOf(ResponseOutputAudioDeltaEvent.class,
                CODEC.decode(json));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, event::audio);
        assertTrue(e.getMessage().startsWith("Audio payload is not valid base64"), e::getMessage);
        assertEquals(json, CODEC.encode(event), "the text is kept as received");
    }

    @Test
    void otherEventsAreNotMistakenForAudio() {
        String json = "{\"type\":\"response.output_audio_transcript.delta\",\"event_id\":\"e\",\"response_id\":\"r\","
                      + "\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hello\"}";

        ResponseOutputAudioTranscriptDeltaEvent event = assertInstanceOf(
                ResponseOutputAudioTranscriptDeltaEvent.class, CODEC.decode(json));

        assertEquals("Hello", event.getDelta());
    }

    @Test
    void decodingIsThreadSafe() throws Exception {
        byte[] audio = ClientEventSamples.PCM_20MS;
        String json = "{\"type\":\"response.output_audio.delta\",\"event_id\":\"e\",\"delta\":\""
                      + Base64.getEncoder().encodeToString(audio) + "\"}";
        String done = SpecExamples.example("RealtimeServerEventResponseDone");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        byte[] decoded = ((ResponseOutputAudioDeltaEvent) CODEC.decode(json)).audio();
                        ResponseDoneEvent response = (ResponseDoneEvent) CODEC.decode(done);
                        int tokens = response.getResponse().getUsage().getTotalTokens();
                        if (decoded.length != audio.length || tokens != 253) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------ explicit nulls

    @Test
    void absentClearedAndSetAreThreeDifferentThings() {
        AudioInputConfig absent = new AudioInputConfig().setTurnDetection(TurnDetection.serverVad())
                .setTurnDetection(null);
        AudioInputConfig cleared = new AudioInputConfig().clearTurnDetection().clearNoiseReduction()
                .clearTranscription();
        AudioInputConfig set = new AudioInputConfig().setTurnDetection(TurnDetection.semanticVad());

        assertEquals("{}", encode(absent));
        assertEquals("{\"noise_reduction\":null,\"transcription\":null,\"turn_detection\":null}", encode(cleared));
        assertEquals("{\"turn_detection\":{\"type\":\"semantic_vad\"}}", encode(set));
        assertTrue(cleared.isTurnDetectionCleared());
        assertNull(cleared.getTurnDetection());
        assertFalse(absent.isTurnDetectionCleared());
        assertFalse(set.isTurnDetectionCleared());
    }

    @Test
    void explicitNullsSurviveDecodingOfClientEvents() {
        String json = CODEC.encode(ClientEventSamples.sessionUpdateClears());

        SessionUpdateEvent decoded = assertInstanceOf(SessionUpdateEvent.class, CODEC.decodeClientEvent(json));

        assertTrue(decoded.getSession().isTracingCleared());
        assertTrue(decoded.getSession().isPromptCleared());
        assertTrue(decoded.getSession().getAudio().getInput().isTurnDetectionCleared());
        assertFalse(decoded.getSession().getAudio().getInput().isNoiseReductionCleared());
        assertEquals("", decoded.getSession().getInstructions());
        assertEquals(List.of(), decoded.getSession().getTools());
        JsonNode session = SpecExamples.tree(json).path("session");
        assertTrue(session.path("tracing").isNull());
        assertTrue(session.path("audio").path("input").path("turn_detection").isNull());
        assertTrue(session.path("audio").path("input").path("noise_reduction").isMissingNode());
    }

    @Test
    void idleTimeoutCanBeClearedInsideServerVad() {
        TurnDetection vad = TurnDetection.serverVad().clearIdleTimeoutMs();

        assertEquals("{\"type\":\"server_vad\",\"idle_timeout_ms\":null}", encode(vad));
        assertEquals("{\"type\":\"server_vad\",\"idle_timeout_ms\":5000}", encode(vad.setIdleTimeoutMs(5000)));
    }

    // ------------------------------------------------------------------------------------------ printing

    @Test
    void toStringNeverPrintsAudioOrSecrets() {
        byte[] audio = new byte[30_000];
        String base64 = Base64.getEncoder().encodeToString(audio);
        ServerEvent delta = CODEC.decode("{\"type\":\"response.output_audio.delta\",\"event_id\":\"e\",\"delta\":\""
                                         + base64 + "\"}");
        InputAudioBufferAppendEvent append = InputAudioBufferAppendEvent.of(audio);
        ConversationItem userAudio = ConversationItem.userAudio(audio);
        McpTool mcp = McpTool.of("crm", "https://mcp.crm.example/api/s/secret-token/mcp")
                .setAuthorization("sk-very-secret")
                .setHeaders(java.util.Map.of("X-Api-Key", "also-secret"));

        assertEquals("response.output_audio.delta{event_id=\"e\", delta=30000 bytes}", delta.toString());
        assertEquals("input_audio_buffer.append{audio=30000 bytes}", append.toString());
        assertTrue(userAudio.toString().length() < 120, userAudio::toString);
        assertFalse(userAudio.getContent().get(0).toString().contains("AAAA"));
        assertFalse(mcp.toString().contains("secret"), mcp::toString);
        assertTrue(mcp.toString().contains("authorization=\"***\""), mcp::toString);
        assertTrue(mcp.toString().contains("X-Api-Key"), mcp::toString);
        assertTrue(mcp.toString().contains("server_url=\"https://mcp.crm.example/…\""), mcp::toString);
    }

    @Test
    void longTextIsCutInToString() {
        ResponseOutputAudioTranscriptDoneEvent done = new ResponseOutputAudioTranscriptDoneEvent()
                .setTranscript("x".repeat(1000));

        assertTrue(done.toString().endsWith("…(1000 chars)}"), done::toString);
        assertTrue(done.toString().length() < 140, done::toString);
    }

    // ------------------------------------------------------------------------------------------ raw events

    @Test
    void rawClientEventsAreSentVerbatimAndCanGetAnEventId() {
        RawClientEvent raw = RawClientEvent.of("{\"type\":\"response.create\",\"response\":{\"instructions\":\"x\"}}");

        assertEquals(EventTypes.RESPONSE_CREATE, raw.getType());
        assertNull(raw.getEventId());
        assertEquals(raw.json(), CODEC.encode(raw));
        raw.setEventId("evt_raw_1");
        assertEquals("{\"type\":\"response.create\",\"response\":{\"instructions\":\"x\"},\"event_id\":\"evt_raw_1\"}",
                CODEC.encode(raw));
        assertEquals("evt_raw_1", raw.getEventId());
        assertEquals(raw.json(), RealtimeJson.mapper().valueToTree(raw).toString());
    }

    @Test
    void serverEventsBuiltInCodeHaveRawJsonToo() {
        ResponseOutputTextDeltaEvent delta = new ResponseOutputTextDeltaEvent().setDelta("Hi");
        delta.setResponseId("resp_1");

        assertEquals("{\"type\":\"response.output_text.delta\",\"response_id\":\"resp_1\",\"delta\":\"Hi\"}",
                delta.rawJson());
    }

    private static String encode(Object value) {
        try {
            return RealtimeJson.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
