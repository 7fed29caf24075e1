package io.gptrealtime.camel.protocol;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every member of the GA {@code RealtimeServerEvent} union, decoded from its example in the OpenAPI document: it must
 * become its typed class with the example's values, and encode back to the same JSON.
 */
class ServerEventExamplesTest {

    private static final RealtimeEventCodec CODEC = new RealtimeEventCodec();

    static List<String> serverEventSchemas() {
        return SpecExamples.unionMembers("RealtimeServerEvent");
    }

    @Test
    void theUnionIsExactlyTheKnownServerTypes() {
        Set<String> specTypes = new HashSet<>();
        serverEventSchemas().forEach(schema -> specTypes.add(SpecExamples.eventType(schema)));
        assertEquals(46, specTypes.size());
        assertEquals(specTypes, EventTypes.SERVER_TYPES);
        assertEquals(specTypes, EventCatalog.realtime().serverTypes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverEventSchemas")
    void exampleDecodesToItsClassAndEncodesBack(String schemaName) {
        String json = SpecExamples.example(schemaName);

        ServerEvent event = CODEC.decode(json);

        assertEquals(SpecExamples.eventType(schemaName), event.getType());
        assertEquals(EventCatalog.realtime().serverClass(event.getType()), event.getClass());
        assertSame(json, event.rawJson());
        JsonNode expected = SpecExamples.withoutNulls(SpecExamples.tree(json));
        JsonNode actual = SpecExamples.withoutNulls(SpecExamples.tree(CODEC.encode(event)));
        if (event instanceof ResponseOutputAudioDeltaEvent audio) {
            // the fast path keeps bytes, not text: the example's unpadded base64 comes back padded
            assertArrayEquals(Base64.getDecoder().decode(expected.path("delta").asText()), audio.audio());
            ((ObjectNode) expected).remove("delta");
            ((ObjectNode) actual).remove("delta");
        }
        assertTrue(expected.equals(SpecExamples.NUMERIC, actual),
                () -> "round trip changed " + schemaName + "\n expected " + expected + "\n actual   " + actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverEventSchemas")
    void everyTopLevelFieldOfTheExampleIsModelled(String schemaName) {
        ServerEvent event = CODEC.decode(SpecExamples.example(schemaName));

        Set<String> unknown = event.getUnknownFields().keySet();
        if (event instanceof InputAudioTranscriptionDeltaEvent) {
            // "obfuscation" appears in this example but not in the event schema; kept as an unknown field
            assertEquals(Set.of("obfuscation"), unknown);
        } else {
            assertTrue(unknown.isEmpty(), () -> schemaName + " has unmodelled fields " + unknown);
        }
    }

    // ------------------------------------------------------------------------------------ typed values, by family

    @Test
    void sessionCreated() {
        SessionCreatedEvent event = decode("RealtimeServerEventSessionCreated", SessionCreatedEvent.class);
        RealtimeSessionConfig s = event.getSession();
        assertEquals("event_C9G5RJeJ2gF77mV7f2B1j", event.getEventId());
        assertEquals(RealtimeSessionConfig.TYPE_REALTIME, s.getType());
        assertEquals("realtime.session", s.getObject());
        assertEquals("sess_C9G5QPteg4UIbotdKLoYQ", s.getId());
        assertEquals("gpt-realtime-2025-08-28", s.getModel());
        assertEquals(List.of("audio"), s.getOutputModalities());
        assertTrue(s.getInstructions().startsWith("Your knowledge cutoff is 2023-10."));
        assertTrue(s.getTools().isEmpty());
        assertEquals(ToolChoice.auto(), s.getToolChoice());
        assertTrue(s.getMaxOutputTokens().isInfinite());
        assertTrue(s.isTracingCleared());
        assertTrue(s.isPromptCleared());
        assertEquals(1756324625L, s.getExpiresAt());
        AudioInputConfig in = s.getAudio().getInput();
        assertEquals(AudioFormatSpec.PCM, in.getFormat().getType());
        assertEquals(24000, in.getFormat().getRate());
        assertTrue(in.isTranscriptionCleared());
        assertTrue(in.isNoiseReductionCleared());
        TurnDetection vad = in.getTurnDetection();
        assertEquals(TurnDetection.SERVER_VAD, vad.getType());
        assertEquals(0.5, vad.getThreshold());
        assertEquals(300, vad.getPrefixPaddingMs());
        assertEquals(200, vad.getSilenceDurationMs());
        assertTrue(vad.isIdleTimeoutMsCleared());
        assertEquals(Boolean.TRUE, vad.getCreateResponse());
        assertEquals(Boolean.TRUE, vad.getInterruptResponse());
        AudioOutputConfig out = s.getAudio().getOutput();
        assertEquals(24000, out.getFormat().sampleRate());
        assertEquals("marin", out.getVoice().getName());
        assertEquals(1.0, out.getSpeed());
        assertNull(s.getInclude());
        // the explicit nulls are tri-state: they must come back as nulls, not disappear
        JsonNode encoded = SpecExamples.tree(CODEC.encode(event));
        assertTrue(encoded.path("session").path("tracing").isNull());
        assertTrue(encoded.path("session").path("prompt").isNull());
        assertTrue(encoded.path("session").path("audio").path("input").path("transcription").isNull());
        assertTrue(encoded.path("session").path("audio").path("input").path("noise_reduction").isNull());
        assertTrue(encoded.path("session").path("audio").path("input").path("turn_detection").path("idle_timeout_ms")
                .isNull());
    }

    @Test
    void sessionUpdated() {
        SessionUpdatedEvent event = decode("RealtimeServerEventSessionUpdated", SessionUpdatedEvent.class);
        FunctionTool tool = assertInstanceOf(FunctionTool.class, event.getSession().getTools().get(0));
        assertEquals(Tool.FUNCTION, tool.getType());
        assertEquals("display_color_palette", tool.getName());
        assertTrue(tool.getDescription().contains("color palette"));
        assertEquals(List.of("theme", "colors"), List.of(tool.getParameters().path("required").get(0).asText(),
                tool.getParameters().path("required").get(1).asText()));
        assertEquals(1756324832L, event.getSession().getExpiresAt());
    }

    @Test
    void conversationEvents() {
        ConversationCreatedEvent created = decode("RealtimeServerEventConversationCreated",
                ConversationCreatedEvent.class);
        assertEquals("conv_001", created.getConversation().getId());
        assertEquals("realtime.conversation", created.getConversation().getObject());

        ConversationItemCreatedEvent itemCreated = decode("RealtimeServerEventConversationItemCreated",
                ConversationItemCreatedEvent.class);
        assertEquals("msg_002", itemCreated.getPreviousItemId());
        assertFalse(itemCreated.isAtConversationStart());
        ConversationItem item = itemCreated.getItem();
        assertEquals("msg_003", item.getId());
        assertEquals("realtime.item", item.getObject());
        assertEquals(ConversationItem.TYPE_MESSAGE, item.getType());
        assertEquals(ConversationItem.STATUS_COMPLETED, item.getStatus());
        assertEquals(ConversationItem.ROLE_USER, item.getRole());
        assertTrue(item.getContent().isEmpty());

        ConversationItemAddedEvent added = decode("RealtimeServerEventConversationItemAdded",
                ConversationItemAddedEvent.class);
        assertNull(added.getPreviousItemId());
        assertTrue(added.isAtConversationStart(), "previous_item_id: null means first in the conversation");
        assertTrue(SpecExamples.tree(CODEC.encode(added)).path("previous_item_id").isNull());
        assertEquals("hi", added.getItem().textContent());
        assertEquals(ContentPart.INPUT_TEXT, added.getItem().getContent().get(0).getType());

        ConversationItemDoneEvent done = decode("RealtimeServerEventConversationItemDone",
                ConversationItemDoneEvent.class);
        assertEquals("item_CCXLecNJVIVR2HUy3ABLj", done.getPreviousItemId());
        assertEquals(ConversationItem.ROLE_ASSISTANT, done.getItem().getRole());
        ContentPart spoken = done.getItem().getContent().get(0);
        assertEquals(ContentPart.OUTPUT_AUDIO, spoken.getType());
        assertTrue(spoken.isAudio());
        assertNull(spoken.getAudio());
        assertTrue(spoken.getTranscript().startsWith("Oh, I can hear you"));

        ConversationItemRetrievedEvent retrieved = decode("RealtimeServerEventConversationItemRetrieved",
                ConversationItemRetrievedEvent.class);
        ContentPart legacy = retrieved.getItem().getContent().get(0);
        assertEquals(ContentPart.AUDIO, legacy.getType());
        assertEquals("8//2//v/9//q/+//+P/s...", legacy.getAudio().base64());
        assertEquals("pcm16", legacy.getUnknownField("format").asText());

        ConversationItemTruncatedEvent truncated = decode("RealtimeServerEventConversationItemTruncated",
                ConversationItemTruncatedEvent.class);
        assertEquals("msg_004", truncated.getItemId());
        assertEquals(0, truncated.getContentIndex());
        assertEquals(1500, truncated.getAudioEndMs());

        ConversationItemDeletedEvent deleted = decode("RealtimeServerEventConversationItemDeleted",
                ConversationItemDeletedEvent.class);
        assertEquals("msg_005", deleted.getItemId());
    }

    @Test
    void inputAudioBufferEvents() {
        InputAudioBufferCommittedEvent committed = decode("RealtimeServerEventInputAudioBufferCommitted",
                InputAudioBufferCommittedEvent.class);
        assertEquals("msg_001", committed.getPreviousItemId());
        assertEquals("msg_002", committed.getItemId());

        InputAudioBufferClearedEvent cleared = decode("RealtimeServerEventInputAudioBufferCleared",
                InputAudioBufferClearedEvent.class);
        assertEquals("event_1314", cleared.getEventId());

        InputAudioBufferSpeechStartedEvent started = decode("RealtimeServerEventInputAudioBufferSpeechStarted",
                InputAudioBufferSpeechStartedEvent.class);
        assertEquals(1000, started.getAudioStartMs());
        assertEquals("msg_003", started.getItemId());

        InputAudioBufferSpeechStoppedEvent stopped = decode("RealtimeServerEventInputAudioBufferSpeechStopped",
                InputAudioBufferSpeechStoppedEvent.class);
        assertEquals(2000, stopped.getAudioEndMs());
        assertEquals("msg_003", stopped.getItemId());

        InputAudioBufferTimeoutTriggeredEvent timeout = decode(
                "RealtimeServerEventInputAudioBufferTimeoutTriggered", InputAudioBufferTimeoutTriggeredEvent.class);
        assertEquals(13216, timeout.getAudioStartMs());
        assertEquals(19232, timeout.getAudioEndMs());
        assertEquals("item_CEKKrWH0GiwN0ET97NUZc", timeout.getItemId());

        InputAudioBufferDtmfEventReceivedEvent dtmf = decode("RealtimeServerEventInputAudioBufferDtmfEventReceived",
                InputAudioBufferDtmfEventReceivedEvent.class);
        assertEquals("9", dtmf.getEvent());
        assertEquals(1763605109L, dtmf.getReceivedAt());
        assertNull(dtmf.getEventId(), "the DTMF event has no event_id");
    }

    @Test
    void inputTranscriptionEvents() {
        InputAudioTranscriptionDeltaEvent delta = decode(
                "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
                InputAudioTranscriptionDeltaEvent.class);
        assertEquals("Hey", delta.getDelta());
        assertEquals("item_CCXGQ4e1ht4cOraEYcuR2", delta.getItemId());
        assertEquals(0, delta.getContentIndex());
        assertEquals("aLxx0jTEciOGe", delta.getUnknownField("obfuscation").asText());

        InputAudioTranscriptionCompletedEvent completed = decode(
                "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
                InputAudioTranscriptionCompletedEvent.class);
        assertEquals("Hey, can you hear me?", completed.getTranscript());
        TranscriptionUsage usage = completed.getUsage();
        assertEquals(TranscriptionUsage.TOKENS, usage.getType());
        assertEquals(22, usage.getTotalTokens());
        assertEquals(13, usage.getInputTokens());
        assertEquals(9, usage.getOutputTokens());
        assertEquals(0, usage.getInputTokenDetails().getTextTokens());
        assertEquals(13, usage.getInputTokenDetails().getAudioTokens());

        InputAudioTranscriptionFailedEvent failed = decode(
                "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
                InputAudioTranscriptionFailedEvent.class);
        assertEquals("msg_003", failed.getItemId());
        assertEquals("transcription_error", failed.getError().getType());
        assertEquals("audio_unintelligible", failed.getError().getCode());
        assertEquals("The audio could not be transcribed.", failed.getError().getMessage());
        assertNull(failed.getError().getParam());

        InputAudioTranscriptionSegmentEvent segment = decode(
                "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
                InputAudioTranscriptionSegmentEvent.class);
        assertEquals("hello", segment.getText());
        assertEquals("seg_0001", segment.getId());
        assertEquals("spk_1", segment.getSpeaker());
        assertEquals(0.0, segment.getStart());
        assertEquals(0.4, segment.getEnd());
        assertEquals("msg_011", segment.getItemId());
    }

    @Test
    void responseLifecycleEvents() {
        ResponseCreatedEvent created = decode("RealtimeServerEventResponseCreated", ResponseCreatedEvent.class);
        RealtimeResponse r = created.getResponse();
        assertEquals("resp_C9G8p7IH2WxLbkgPNouYL", r.getId());
        assertEquals("realtime.response", r.getObject());
        assertEquals(RealtimeResponse.STATUS_IN_PROGRESS, r.getStatus());
        assertNull(r.getStatusDetails());
        assertTrue(r.getOutput().isEmpty());
        assertEquals("conv_C9G8mmBkLhQJwCon3hoJN", r.getConversationId());
        assertEquals(List.of("audio"), r.getOutputModalities());
        assertTrue(r.getMaxOutputTokens().isInfinite());
        assertEquals(AudioFormatSpec.PCM, r.getAudio().getOutput().getFormat().getType());
        assertEquals("marin", r.getAudio().getOutput().getVoice().getName());
        assertNull(r.getUsage());

        ResponseDoneEvent done = decode("RealtimeServerEventResponseDone", ResponseDoneEvent.class);
        RealtimeResponse d = done.getResponse();
        assertEquals(RealtimeResponse.STATUS_COMPLETED, d.getStatus());
        assertEquals(1, d.getOutput().size());
        assertTrue(d.getOutput().get(0).textContent().startsWith("Loud and clear!"));
        assertTrue(d.functionCalls().isEmpty());
        ResponseUsage u = d.getUsage();
        assertEquals(253, u.getTotalTokens());
        assertEquals(132, u.getInputTokens());
        assertEquals(121, u.getOutputTokens());
        assertEquals(119, u.getInputTokenDetails().getTextTokens());
        assertEquals(13, u.getInputTokenDetails().getAudioTokens());
        assertEquals(0, u.getInputTokenDetails().getImageTokens());
        assertEquals(64, u.getInputTokenDetails().getCachedTokens());
        assertEquals(64, u.getInputTokenDetails().getCachedTokensDetails().getTextTokens());
        assertEquals(0, u.getInputTokenDetails().getCachedTokensDetails().getAudioTokens());
        assertEquals(0, u.getInputTokenDetails().getCachedTokensDetails().getImageTokens());
        assertEquals(30, u.getOutputTokenDetails().getTextTokens());
        assertEquals(91, u.getOutputTokenDetails().getAudioTokens());

        RateLimitsUpdatedEvent limits = decode("RealtimeServerEventRateLimitsUpdated", RateLimitsUpdatedEvent.class);
        assertEquals(2, limits.getRateLimits().size());
        RateLimit requests = limits.getRateLimits().get(0);
        assertEquals("requests", requests.getName());
        assertEquals(1000, requests.getLimit());
        assertEquals(999, requests.getRemaining());
        assertEquals(60.0, requests.getResetSeconds());
        assertEquals(49950, limits.getRateLimits().get(1).getRemaining());
    }

    @Test
    void responseOutputEvents() {
        ResponseOutputItemAddedEvent added = decode("RealtimeServerEventResponseOutputItemAdded",
                ResponseOutputItemAddedEvent.class);
        assertEquals("resp_001", added.getResponseId());
        assertEquals(0, added.getOutputIndex());
        assertEquals(ConversationItem.STATUS_IN_PROGRESS, added.getItem().getStatus());

        ResponseOutputItemDoneEvent itemDone = decode("RealtimeServerEventResponseOutputItemDone",
                ResponseOutputItemDoneEvent.class);
        assertEquals("Sure, I can help with that.", itemDone.getItem().textContent());

        ResponseContentPartAddedEvent partAdded = decode("RealtimeServerEventResponseContentPartAdded",
                ResponseContentPartAddedEvent.class);
        assertEquals("msg_007", partAdded.getItemId());
        assertEquals(0, partAdded.getContentIndex());
        assertEquals(ContentPart.TEXT, partAdded.getPart().getType());
        assertEquals("", partAdded.getPart().getText());

        ResponseContentPartDoneEvent partDone = decode("RealtimeServerEventResponseContentPartDone",
                ResponseContentPartDoneEvent.class);
        assertEquals("Sure, I can help with that.", partDone.getPart().getText());

        ResponseOutputTextDeltaEvent textDelta = decode("RealtimeServerEventResponseTextDelta",
                ResponseOutputTextDeltaEvent.class);
        assertEquals("Sure, I can h", textDelta.getDelta());
        ResponseOutputTextDoneEvent textDone = decode("RealtimeServerEventResponseTextDone",
                ResponseOutputTextDoneEvent.class);
        assertEquals("Sure, I can help with that.", textDone.getText());

        ResponseOutputAudioDeltaEvent audioDelta = decode("RealtimeServerEventResponseAudioDelta",
                ResponseOutputAudioDeltaEvent.class);
        assertEquals("event_4950", audioDelta.getEventId());
        assertEquals("resp_001", audioDelta.getResponseId());
        assertEquals("msg_008", audioDelta.getItemId());
        assertEquals(0, audioDelta.getOutputIndex());
        assertEquals(0, audioDelta.getContentIndex());
        assertArrayEquals(Base64.getDecoder().decode("Base64EncodedAudioDelta"), audioDelta.audio());
        ResponseOutputAudioDoneEvent audioDone = decode("RealtimeServerEventResponseAudioDone",
                ResponseOutputAudioDoneEvent.class);
        assertEquals("msg_008", audioDone.getItemId());

        ResponseOutputAudioTranscriptDeltaEvent transcriptDelta = decode(
                "RealtimeServerEventResponseAudioTranscriptDelta", ResponseOutputAudioTranscriptDeltaEvent.class);
        assertEquals("Hello, how can I a", transcriptDelta.getDelta());
        ResponseOutputAudioTranscriptDoneEvent transcriptDone = decode(
                "RealtimeServerEventResponseAudioTranscriptDone", ResponseOutputAudioTranscriptDoneEvent.class);
        assertEquals("Hello, how can I assist you today?", transcriptDone.getTranscript());

        OutputAudioBufferStartedEvent started = decode("RealtimeServerEventOutputAudioBufferStarted",
                OutputAudioBufferStartedEvent.class);
        assertEquals("resp_abc123", started.getResponseId());
        assertEquals("resp_abc123", decode("RealtimeServerEventOutputAudioBufferStopped",
                OutputAudioBufferStoppedEvent.class).getResponseId());
        assertEquals("resp_abc123", decode("RealtimeServerEventOutputAudioBufferCleared",
                OutputAudioBufferClearedEvent.class).getResponseId());
    }

    @Test
    void functionCallEvents() {
        ResponseFunctionCallArgumentsDeltaEvent delta = decode(
                "RealtimeServerEventResponseFunctionCallArgumentsDelta", ResponseFunctionCallArgumentsDeltaEvent.class);
        assertEquals("call_001", delta.getCallId());
        assertEquals("fc_001", delta.getItemId());
        assertEquals("{\"location\": \"San\"", delta.getDelta());

        ResponseFunctionCallArgumentsDoneEvent done = decode("RealtimeServerEventResponseFunctionCallArgumentsDone",
                ResponseFunctionCallArgumentsDoneEvent.class);
        assertEquals("get_weather", done.getName());
        assertEquals("call_001", done.getCallId());
        assertEquals("resp_002", done.getResponseId());
        assertEquals(0, done.getOutputIndex());
        assertEquals("{\"location\": \"San Francisco\"}", done.getArguments());
    }

    @Test
    void mcpEvents() {
        assertEquals("mcp_list_tools_001", decode("RealtimeServerEventMCPListToolsInProgress",
                McpListToolsInProgressEvent.class).getItemId());
        assertEquals("mcp_list_tools_001", decode("RealtimeServerEventMCPListToolsCompleted",
                McpListToolsCompletedEvent.class).getItemId());
        assertEquals("mcp_list_tools_001", decode("RealtimeServerEventMCPListToolsFailed",
                McpListToolsFailedEvent.class).getItemId());

        ResponseMcpCallArgumentsDeltaEvent delta = decode("RealtimeServerEventResponseMCPCallArgumentsDelta",
                ResponseMcpCallArgumentsDeltaEvent.class);
        assertEquals("{\"partial\":true}", delta.getDelta());
        assertEquals("mcp_call_001", delta.getItemId());
        assertEquals("resp_001", delta.getResponseId());
        ResponseMcpCallArgumentsDoneEvent done = decode("RealtimeServerEventResponseMCPCallArgumentsDone",
                ResponseMcpCallArgumentsDoneEvent.class);
        assertEquals("{\"q\":\"docs\"}", done.getArguments());

        ResponseMcpCallInProgressEvent inProgress = decode("RealtimeServerEventResponseMCPCallInProgress",
                ResponseMcpCallInProgressEvent.class);
        assertEquals(0, inProgress.getOutputIndex());
        assertEquals("mcp_call_001", inProgress.getItemId());
        assertEquals("event_6302", decode("RealtimeServerEventResponseMCPCallCompleted",
                ResponseMcpCallCompletedEvent.class).getEventId());
        assertEquals("event_6303", decode("RealtimeServerEventResponseMCPCallFailed",
                ResponseMcpCallFailedEvent.class).getEventId());
    }

    @Test
    void errorEvent() {
        ErrorEvent event = decode("RealtimeServerEventError", ErrorEvent.class);
        assertEquals("event_890", event.getEventId());
        ErrorDetail error = event.getError();
        assertEquals("invalid_request_error", error.getType());
        assertEquals("invalid_event", error.getCode());
        assertEquals("The 'type' field is missing.", error.getMessage());
        assertNull(error.getParam());
        assertEquals("event_567", error.getEventId());
    }

    private static <T extends ServerEvent> T decode(String schemaName, Class<T> eventClass) {
        return assertInstanceOf(eventClass, CODEC.decode(SpecExamples.example(schemaName)));
    }
}
