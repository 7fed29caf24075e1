package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unknown event types and unknown fields at any depth survive decode → encode, explicit nulls included: the service
 * adds events and fields regularly, and the component must pass them on.
 */
class UnknownFieldsTest {

    private static final RealtimeEventCodec CODEC = new RealtimeEventCodec();

    @Test
    void unknownServerEventTypeIsKeptWhole() {
        String json = "{\"type\":\"response.reasoning_summary.delta\",\"event_id\":\"event_9\",\"response_id\":\"r1\","
                      + "\"payload\":{\"parts\":[1,null,{\"deep\":true}],\"ratio\":0.25},\"gone\":null}";

        ServerEvent event = CODEC.decode(json);

        UnknownServerEvent unknown = assertInstanceOf(UnknownServerEvent.class, event);
        assertEquals("response.reasoning_summary.delta", unknown.getType());
        assertEquals("event_9", unknown.getEventId());
        assertEquals("r1", unknown.getUnknownField("response_id").asText());
        assertTrue(unknown.getUnknownField("gone").isNull());
        assertSame(json, unknown.rawJson());
        assertSameJson(json, CODEC.encode(unknown));
        assertTrue(unknown.toString().startsWith("response.reasoning_summary.delta{event_id=\"event_9\""),
                unknown::toString);
    }

    @Test
    void unknownFieldsAtEveryLevelOfAResponseSurvive() {
        String json = "{\"type\":\"response.done\",\"event_id\":\"e1\",\"new_top\":{\"a\":1},"
                      + "\"response\":{\"id\":\"resp_1\",\"status\":\"cancelled\",\"new_in_response\":[true],"
                      + "\"status_details\":{\"type\":\"cancelled\",\"reason\":\"turn_detected\",\"extra\":\"x\"},"
                      + "\"output\":[{\"id\":\"item_1\",\"type\":\"message\",\"role\":\"assistant\",\"new_item\":1,"
                      + "\"content\":[{\"type\":\"output_audio\",\"transcript\":\"hi\",\"new_part\":null}]},"
                      + "{\"id\":\"rs_1\",\"type\":\"reasoning\",\"summary\":[{\"text\":\"thinking\"}]}],"
                      + "\"usage\":{\"total_tokens\":3,\"reasoning_tokens\":2,\"input_token_details\":{"
                      + "\"text_tokens\":1,\"video_tokens\":0,\"cached_tokens_details\":{\"text_tokens\":0,"
                      + "\"future\":{}}},\"output_token_details\":{\"audio_tokens\":2,\"reasoning_tokens\":1}},"
                      + "\"audio\":{\"output\":{\"format\":{\"type\":\"audio/pcm\",\"rate\":24000,\"channels\":1},"
                      + "\"voice\":\"marin\"}}}}";

        ResponseDoneEvent event = assertInstanceOf(ResponseDoneEvent.class, CODEC.decode(json));

        RealtimeResponse response = event.getResponse();
        assertEquals("turn_detected", response.getStatusDetails().getReason());
        assertEquals("reasoning", response.getOutput().get(1).getType());
        assertEquals(IntNode.valueOf(2), response.getUsage().getUnknownField("reasoning_tokens"));
        assertTrue(response.getOutput().get(0).getContent().get(0).getUnknownField("new_part").isNull());
        assertEquals(1, response.getAudio().getOutput().getFormat().getUnknownField("channels").asInt());
        assertSameJson(json, CODEC.encode(event));
    }

    @Test
    void unknownFieldsOfTheSessionSurvive() {
        String json = "{\"type\":\"session.updated\",\"event_id\":\"e2\",\"session\":{\"type\":\"realtime\","
                      + "\"id\":\"sess_1\",\"object\":\"realtime.session\",\"new_setting\":{\"on\":true},"
                      + "\"tools\":[{\"type\":\"web_search\",\"filters\":{\"domains\":[\"acme.example\"]}},"
                      + "{\"type\":\"function\",\"name\":\"f\",\"strict\":true},"
                      + "{\"type\":\"mcp\",\"server_label\":\"docs\",\"server_url\":\"https://x\","
                      + "\"allowed_tools\":{\"tool_names\":[\"a\"],\"new_filter\":1},\"require_approval\":"
                      + "{\"never\":{\"read_only\":true}},\"new_mcp\":\"v\"}],"
                      + "\"tool_choice\":{\"type\":\"web_search\"},\"truncation\":{\"type\":\"new_strategy\"},"
                      + "\"audio\":{\"input\":{\"turn_detection\":{\"type\":\"server_vad\",\"model_version\":\"v2\","
                      + "\"idle_timeout_ms\":null},\"noise_reduction\":{\"type\":\"near_field\",\"strength\":0.5},"
                      + "\"new_input\":[]},\"output\":{\"voice\":{\"id\":\"voice_1\",\"label\":\"x\"}}}}}";

        SessionUpdatedEvent event = assertInstanceOf(SessionUpdatedEvent.class, CODEC.decode(json));

        RealtimeSessionConfig session = event.getSession();
        UnknownTool webSearch = assertInstanceOf(UnknownTool.class, session.getTools().get(0));
        assertEquals("web_search", webSearch.getType());
        assertInstanceOf(FunctionTool.class, session.getTools().get(1));
        McpTool mcp = assertInstanceOf(McpTool.class, session.getTools().get(2));
        assertEquals(Boolean.TRUE, mcp.getRequireApproval().getNever().getReadOnly());
        assertEquals("web_search", session.getToolChoice().getType());
        assertEquals("new_strategy", session.getTruncation().getType());
        assertEquals("v2", session.getAudio().getInput().getTurnDetection().getUnknownField("model_version")
                .asText());
        assertEquals("voice_1", session.getAudio().getOutput().getVoice().getId());
        assertSameJson(json, CODEC.encode(event));
    }

    @Test
    void unknownFieldInAnAudioDeltaLeavesTheFastPathButKeepsEverything() {
        String json = "{\"type\":\"response.output_audio.delta\",\"event_id\":\"e3\",\"response_id\":\"r\","
                      + "\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"delta\":\"AAEC\","
                      + "\"sequence_number\":42}";

        ResponseOutputAudioDeltaEvent event = assertInstanceOf(ResponseOutputAudioDeltaEvent.class,
                CODEC.decode(json));

        assertArrayEquals(new byte[] { 0, 1, 2 }, event.audio());
        assertEquals(42, event.getUnknownField("sequence_number").asInt());
        assertSameJson(json, CODEC.encode(event));
    }

    @Test
    void unknownClientTypeAndFieldsSurviveClientDecoding() {
        String unknownType = "{\"type\":\"session.future_op\",\"event_id\":\"c1\",\"x\":[1,{\"y\":null}]}";
        String unknownField = "{\"type\":\"response.create\",\"response\":{\"instructions\":\"hi\","
                              + "\"new_option\":{\"level\":3}},\"new_top\":true}";

        ClientEvent raw = CODEC.decodeClientEvent(unknownType);
        ClientEvent typed = CODEC.decodeClientEvent(unknownField);

        assertInstanceOf(RawClientEvent.class, raw);
        assertEquals("session.future_op", raw.getType());
        assertEquals("c1", raw.getEventId());
        assertEquals(unknownType, CODEC.encode(raw));
        assertInstanceOf(ResponseCreateEvent.class, typed);
        assertSameJson(unknownField, CODEC.encode(typed));
    }

    @Test
    void applicationsCanSendFieldsThisVersionDoesNotModel() {
        RealtimeSessionConfig session = RealtimeSessionConfig.realtime();
        session.setUnknownField("future_knob", IntNode.valueOf(7));

        String json = CODEC.encode(new SessionUpdateEvent(session));

        assertEquals(7, SpecExamples.tree(json).path("session").path("future_knob").asInt());
    }

    private static void assertSameJson(String expected, String actual) {
        JsonNode e = SpecExamples.tree(expected);
        JsonNode a = SpecExamples.tree(actual);
        assertTrue(e.equals(SpecExamples.NUMERIC, a), () -> "\nexpected " + e + "\nactual   " + a);
    }
}
