package io.gptrealtime.camel.protocol;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fully populated client events of every kind the component sends, with realistic values, for tests that check what
 * goes on the wire (schema validation, decode/encode symmetry).
 */
final class ClientEventSamples {

    /** One sample: a label for test names, the event, and the OpenAPI schema it must satisfy. */
    record Sample(String label, ClientEvent event, String schema) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** 20 ms of 24 kHz PCM16: 960 bytes of a quiet ramp. */
    static final byte[] PCM_20MS = pcm20ms();

    /** A 1x1 PNG as a data URI. */
    static final String PNG_DATA_URL = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private ClientEventSamples() {
    }

    /** Every sample that must validate with zero violations. */
    static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample("session.update realtime, server VAD, every option", sessionUpdateServerVad(),
                "RealtimeClientEventSessionUpdate"));
        samples.add(new Sample("session.update realtime, semantic VAD, G.711, custom voice",
                sessionUpdateSemanticVad(), "RealtimeClientEventSessionUpdate"));
        samples.add(new Sample("session.update realtime, explicit nulls and clears", sessionUpdateClears(),
                "RealtimeClientEventSessionUpdate"));
        samples.add(new Sample("session.update transcription, gpt-realtime-whisper without VAD",
                sessionUpdateTranscriptionWhisper(), "RealtimeClientEventSessionUpdate"));
        samples.add(new Sample("session.update transcription, server VAD", sessionUpdateTranscriptionVad(),
                "RealtimeClientEventSessionUpdate"));
        samples.add(new Sample("input_audio_buffer.append", InputAudioBufferAppendEvent.of(PCM_20MS)
                .setEventId("evt_append_1"), "RealtimeClientEventInputAudioBufferAppend"));
        samples.add(new Sample("input_audio_buffer.append from base64", InputAudioBufferAppendEvent.ofBase64(
                Base64.getEncoder().encodeToString(PCM_20MS)), "RealtimeClientEventInputAudioBufferAppend"));
        samples.add(new Sample("input_audio_buffer.commit",
                new InputAudioBufferCommitEvent().setEventId("evt_commit_1"),
                "RealtimeClientEventInputAudioBufferCommit"));
        samples.add(new Sample("input_audio_buffer.clear",
                new InputAudioBufferClearEvent().setEventId("evt_clear_1"),
                "RealtimeClientEventInputAudioBufferClear"));
        samples.add(new Sample("output_audio_buffer.clear",
                new OutputAudioBufferClearEvent().setEventId("evt_out_clear_1"),
                "RealtimeClientEventOutputAudioBufferClear"));
        samples.add(itemCreate("user text", ConversationItem.userText("What is the status of order 4711?")));
        samples.add(itemCreate("user audio", ConversationItem.userAudio(PCM_20MS)));
        ConversationItem audioWithTranscript = ConversationItem.userAudio(PCM_20MS).setId("item_user_audio_1");
        audioWithTranscript.getContent().get(0).setTranscript("hello");
        samples.add(itemCreate("user audio with id and transcript", audioWithTranscript));
        samples.add(itemCreate("user image", ConversationItem.userImage(PNG_DATA_URL, ContentPart.DETAIL_LOW)));
        samples.add(itemCreate("user text and image", ConversationItem.message(ConversationItem.ROLE_USER,
                ContentPart.inputText("What is on this label?"), ContentPart.inputImage(PNG_DATA_URL))));
        samples.add(new Sample("conversation.item.create system text at root",
                new ConversationItemCreateEvent(
                        ConversationItem.systemText("The caller is a premium customer."),
                        ConversationItemCreateEvent.ROOT).setEventId("evt_item_sys"),
                "RealtimeClientEventConversationItemCreate"));
        samples.add(new Sample("conversation.item.create assistant text after an item",
                new ConversationItemCreateEvent(ConversationItem.assistantText("Your order ships tomorrow."),
                        "item_C9G8pGVKYnaZu8PH5YQ9O"), "RealtimeClientEventConversationItemCreate"));
        samples.add(itemCreate("function call (history replay)",
                ConversationItem.functionCall("call_sHlR7iaFwQ2YQOqm", "lookup_order", "{\"order\":\"4711\"}")));
        samples.add(itemCreate("function_call_output", ConversationItem.functionCallOutput("call_sHlR7iaFwQ2YQOqm",
                "{\"status\":\"shipped\",\"eta\":\"2026-11-03\"}")));
        samples.add(itemCreate("mcp_approval_response approve",
                ConversationItem.mcpApprovalResponse("mcpr_68a1b2c3", true)));
        samples.add(itemCreate("mcp_approval_response reject with reason",
                ConversationItem.mcpApprovalResponse("mcpr_68a1b2c4", false, "Writes are not allowed.")));
        samples.add(new Sample("conversation.item.retrieve",
                new ConversationItemRetrieveEvent("item_003").setEventId("evt_retrieve_1"),
                "RealtimeClientEventConversationItemRetrieve"));
        samples.add(new Sample("conversation.item.truncate",
                new ConversationItemTruncateEvent("item_002", 0, 1500).setEventId("evt_truncate_1"),
                "RealtimeClientEventConversationItemTruncate"));
        samples.add(new Sample("conversation.item.delete",
                new ConversationItemDeleteEvent("item_003").setEventId("evt_delete_1"),
                "RealtimeClientEventConversationItemDelete"));
        samples.add(new Sample("response.create plain", new ResponseCreateEvent(),
                "RealtimeClientEventResponseCreate"));
        samples.add(new Sample("response.create with every override", responseCreateOverrides(),
                "RealtimeClientEventResponseCreate"));
        samples.add(new Sample("response.create with input items replacing the context", responseCreateWithInput(),
                "RealtimeClientEventResponseCreate"));
        samples.add(new Sample("response.cancel", new ResponseCancelEvent(), "RealtimeClientEventResponseCancel"));
        samples.add(new Sample("response.cancel by id",
                new ResponseCancelEvent("resp_12345").setEventId("evt_cancel_1"),
                "RealtimeClientEventResponseCancel"));
        return samples;
    }

    private static Sample itemCreate(String label, ConversationItem item) {
        ConversationItemCreateEvent event = new ConversationItemCreateEvent(item);
        event.setEventId("evt_item_" + Math.abs(label.hashCode()));
        return new Sample("conversation.item.create " + label, event, "RealtimeClientEventConversationItemCreate");
    }

    static SessionUpdateEvent sessionUpdateServerVad() {
        RealtimeSessionConfig session = RealtimeSessionConfig.realtime()
                .setModel("gpt-realtime-2")
                .setInstructions("You are a concise support agent for ACME parcels.")
                .setOutputModalities(List.of(RealtimeSessionConfig.MODALITY_AUDIO))
                .setInclude(List.of(RealtimeSessionConfig.INCLUDE_TRANSCRIPTION_LOGPROBS))
                .setTracing(Tracing.workflow("support-line", "call-4711", metadata("queue", "tier1")))
                .addTool(lookupOrderTool())
                .addTool(McpTool.of("acme_docs", "https://mcp.acme.example/sse")
                        .setAuthorization("oauth-token-redacted")
                        .setHeaders(Map.of("X-Tenant", "acme"))
                        .setAllowedTools(McpAllowedTools.names("search_docs", "fetch_doc"))
                        .setRequireApproval(McpApprovalPolicy.never())
                        .setServerDescription("ACME product documentation")
                        .setDeferLoading(Boolean.FALSE)
                        .setAllowedCallers(List.of("direct")))
                .addTool(new McpTool().setServerLabel("crm")
                        .setTunnelId("tunnel_0123456789abcdef0123456789abcdef")
                        .setAllowedTools(McpAllowedTools.filter(new McpToolFilter().setReadOnly(Boolean.TRUE)))
                        .setRequireApproval(McpApprovalPolicy.filters(
                                McpToolFilter.names(List.of("update_ticket")),
                                new McpToolFilter().setReadOnly(Boolean.TRUE))))
                .addTool(new McpTool().setServerLabel("calendar").setConnectorId("connector_googlecalendar")
                        .setAuthorization("oauth-token-redacted")
                        .setRequireApproval(McpApprovalPolicy.always()))
                .setToolChoice(ToolChoice.function("lookup_order"))
                .setParallelToolCalls(Boolean.TRUE)
                .setReasoning(Reasoning.of(Reasoning.HIGH))
                .setMaxOutputTokens(MaxOutputTokens.of(4096))
                .setTruncation(Truncation.retentionRatio(0.8, 8000))
                .setPrompt(Prompt.of("pmpt_68ab").setVersion("3").putVariable("customer_name", "Ada"));
        session.audioInput()
                .setFormat(AudioFormatSpec.pcm24k())
                .setNoiseReduction(NoiseReduction.nearField().setStrength(0.7))
                .setTranscription(InputTranscription.of("gpt-4o-transcribe").setLanguage("en")
                        .setPrompt("Order numbers, parcel tracking, ACME."))
                .setTurnDetection(TurnDetection.serverVad().setThreshold(0.55).setPrefixPaddingMs(300)
                        .setSilenceDurationMs(450).setIdleTimeoutMs(10000).setCreateResponse(Boolean.TRUE)
                        .setInterruptResponse(Boolean.TRUE));
        session.audioOutput().setFormat(AudioFormatSpec.pcm24k()).setVoice(Voice.of(Voice.MARIN)).setSpeed(1.1);
        SessionUpdateEvent event = new SessionUpdateEvent(session);
        event.setEventId("evt_update_full");
        return event;
    }

    static SessionUpdateEvent sessionUpdateSemanticVad() {
        RealtimeSessionConfig session = RealtimeSessionConfig.realtime()
                .setModel("gpt-realtime-2.1-mini")
                .setOutputModalities(List.of(RealtimeSessionConfig.MODALITY_TEXT))
                .setTracing(Tracing.auto())
                .addTool(lookupOrderTool())
                .addTool(McpTool.of("acme_docs", "https://mcp.acme.example/sse"))
                .setToolChoice(ToolChoice.mcp("acme_docs", "search_docs"))
                .setReasoning(Reasoning.of(Reasoning.LOW))
                .setMaxOutputTokens(MaxOutputTokens.inf())
                .setTruncation(Truncation.disabled());
        session.audioInput()
                .setFormat(AudioFormatSpec.pcmu())
                .setNoiseReduction(NoiseReduction.farField())
                .setTranscription(InputTranscription.of("gpt-live-transcribe").setLanguages(List.of("en", "de"))
                        .setKeywords(List.of("ACME", "Camel")))
                .setTurnDetection(TurnDetection.semanticVad().setEagerness(TurnDetection.EAGERNESS_HIGH)
                        .setCreateResponse(Boolean.TRUE).setInterruptResponse(Boolean.FALSE));
        session.audioOutput().setFormat(AudioFormatSpec.pcma()).setVoice(Voice.custom("voice_1234"));
        return new SessionUpdateEvent(session);
    }

    /** Explicit nulls the schema allows, plus the documented clear values ("" and []). */
    static SessionUpdateEvent sessionUpdateClears() {
        RealtimeSessionConfig session = RealtimeSessionConfig.realtime()
                .setInstructions("")
                .setTools(List.of())
                .setToolChoice(ToolChoice.none())
                .setTruncation(Truncation.auto())
                .clearTracing()
                .clearPrompt();
        session.audioInput().clearTurnDetection();
        SessionUpdateEvent event = new SessionUpdateEvent(session);
        event.setEventId("evt_update_clears");
        return event;
    }

    static SessionUpdateEvent sessionUpdateTranscriptionWhisper() {
        RealtimeSessionConfig session = RealtimeSessionConfig.transcription()
                .setInclude(List.of(RealtimeSessionConfig.INCLUDE_TRANSCRIPTION_LOGPROBS));
        session.audioInput()
                .setFormat(AudioFormatSpec.pcma())
                .setNoiseReduction(NoiseReduction.nearField())
                .setTranscription(InputTranscription.of("gpt-realtime-whisper").setDelay("low"))
                .clearTurnDetection();
        return new SessionUpdateEvent(session);
    }

    static SessionUpdateEvent sessionUpdateTranscriptionVad() {
        RealtimeSessionConfig session = RealtimeSessionConfig.transcription();
        session.audioInput()
                .setFormat(AudioFormatSpec.pcm24k())
                .setTranscription(InputTranscription.of("gpt-4o-transcribe-diarize").setLanguage("en"))
                .setTurnDetection(TurnDetection.serverVad().setThreshold(0.5).setPrefixPaddingMs(300)
                        .setSilenceDurationMs(500).clearIdleTimeoutMs());
        SessionUpdateEvent event = new SessionUpdateEvent(session);
        event.setEventId("evt_update_transcription");
        return event;
    }

    static ResponseCreateEvent responseCreateOverrides() {
        ResponseCreateParams params = new ResponseCreateParams()
                .setInstructions("Say 'Thank you for calling, how can I help you?'")
                .setOutputModalities(List.of(RealtimeSessionConfig.MODALITY_AUDIO))
                .setAudio(new AudioConfig().setOutput(new AudioOutputConfig().setFormat(AudioFormatSpec.pcmu())
                        .setVoice(Voice.of(Voice.CEDAR))))
                .addTool(lookupOrderTool())
                .addTool(McpTool.of("acme_docs", "https://mcp.acme.example/sse")
                        .setRequireApproval(McpApprovalPolicy.never()))
                .setToolChoice(ToolChoice.required())
                .setParallelToolCalls(Boolean.FALSE)
                .setReasoning(Reasoning.of(Reasoning.MINIMAL))
                .setMaxOutputTokens(MaxOutputTokens.of(512))
                .putMetadata("purpose", "greeting")
                .setPrompt(Prompt.of("pmpt_68ab"));
        ResponseCreateEvent event = new ResponseCreateEvent(params);
        event.setEventId("evt_response_greeting");
        return event;
    }

    static ResponseCreateEvent responseCreateWithInput() {
        ResponseCreateParams params = new ResponseCreateParams()
                .setInstructions("Summarize the conversation in one sentence.")
                .setOutputModalities(List.of(RealtimeSessionConfig.MODALITY_TEXT))
                .setTools(List.of())
                .putMetadata("response_purpose", "summarization")
                .addInput(ConversationItem.systemText("Summaries go to the CRM."))
                .addInput(ConversationItem.userText("Summarize the above message in one sentence."));
        return new ResponseCreateEvent(params);
    }

    private static FunctionTool lookupOrderTool() {
        return new FunctionTool("lookup_order", "Look up an order by number. Tell the user you are checking.", null)
                .setParametersJson("{\"type\":\"object\",\"properties\":{\"order_number\":{\"type\":\"string\"}},"
                                   + "\"required\":[\"order_number\"]}");
    }

    private static JsonNode metadata(String key, String value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(key, value);
        return node;
    }

    private static byte[] pcm20ms() {
        byte[] pcm = new byte[960];
        for (int i = 0; i < pcm.length; i += 2) {
            short sample = (short) (i * 7);
            pcm[i] = (byte) sample;
            pcm[i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }
}
