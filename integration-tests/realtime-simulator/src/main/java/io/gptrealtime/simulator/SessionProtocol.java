package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The GA Realtime protocol for one connection: dispatches client events, keeps the session state, conversation,
 * input buffer and VAD, and runs responses. Everything here runs on the connection's event loop — no locks, no
 * shared mutable state; tests observe through {@link SimulatedSession}.
 *
 * <p>One failure path: handlers throw {@link RealtimeError}; {@link #onText} turns it into an {@code error} event
 * carrying the client's {@code event_id}, and the session carries on, as the service does for client mistakes.
 */
final class SessionProtocol implements WireProtocol, ResponseHost, FaultEngine.Target {

    private static final Logger LOG = LoggerFactory.getLogger(SessionProtocol.class);

    /** The GA client event types, in the order the service lists them in its "Supported values" message. */
    static final List<String> CLIENT_EVENT_TYPES = List.of("session.update", "input_audio_buffer.append",
            "input_audio_buffer.commit", "input_audio_buffer.clear", "conversation.item.create",
            "conversation.item.truncate", "conversation.item.delete", "conversation.item.retrieve", "response.create",
            "response.cancel", "output_audio_buffer.clear");

    /** Why the connection is refused right after the upgrade, if it is. */
    enum Refusal {
        NONE,
        BETA_HEADER,
        MISSING_MODEL
    }

    private final SimulatedSession facade;
    private final Channel channel;
    private final SimulatorConfig config;
    private final Ids ids;
    private final ServerEvents events;
    private final EventRecorder recorder;
    private final Outbound outbound;
    private final FaultEngine faults;
    private final SessionState state;
    private final Conversation conversation;
    private final InputAudioBuffer input;
    private final ScenarioCursor cursor;
    private final UsageCalculator usage = new UsageCalculator();
    private final McpToolImport mcpImport;
    private final Refusal refusal;
    /** The SIP call this connection is the sideband of, or null for a plain session. */
    private final SimulatedSipCall call;
    private final List<ResponseStreamer> activeResponses = new ArrayList<>();
    /**
     * The in-progress response writing to the default conversation (at most one), or null. Owner: Event loop of this
     * session's channel.
     */
    private ResponseStreamer defaultResponse;
    /** Owner: Event loop of this session's channel. */
    private ServerVad vad;
    private final ServerVad.Listener vadListener = new VadEvents();
    /**
     * Item id announced in speech_started, used by the commit that ends the turn. Owner: Event loop of this session's
     * channel.
     */
    private String speechItemId;
    /** Owner: Event loop of this session's channel. */
    private boolean audioProduced;
    /** Owner: Event loop of this session's channel. */
    private long keptAudioBudget;
    /** Owner: Event loop of this session's channel. */
    private long responsesCreated;
    /** Owner: Event loop of this session's channel. */
    private long tokensUsed;
    /** Owner: Event loop of this session's channel. */
    private ScheduledFuture<?> idleTimer;
    /** Owner: Event loop of this session's channel. */
    private ScheduledFuture<?> expiryTimer;

    SessionProtocol(SimulatedSession facade, Channel channel, SimulatorConfig config, FaultPlan globalFaults,
                    EventRecorder recorder, SessionKind kind, String model, Refusal refusal, SimulatedSipCall call) {
        this.facade = facade;
        this.call = call;
        this.channel = channel;
        this.config = config;
        this.recorder = recorder;
        this.refusal = refusal;
        this.ids = new Ids(config.seed(), facade.ordinal());
        this.events = new ServerEvents(ids, config.wireNulls());
        this.faults = new FaultEngine(globalFaults, facade.faults(), this);
        this.outbound = new Outbound(channel, recorder, config.maxOutboundBacklogBytes(), config.closeTimeout(),
                faults::afterServerEvent, this::onWritable);
        long expiresAt = System.currentTimeMillis() / 1000 + Math.max(1, config.sessionMaxDuration().toSeconds());
        String sessionId = ids.next("sess");
        this.state = kind == SessionKind.TRANSCRIPTION
                ? SessionState.transcription(sessionId, expiresAt)
                : SessionState.realtime(sessionId, model, config.defaultInstructions(), config.defaultVoice(),
                expiresAt);
        if (call != null) {
            // the call's model session runs with the configuration of the accept request
            try {
                state.apply(call.acceptedSession(), false);
            } catch (RealtimeError e) {
                throw new IllegalStateException("the accepted session of " + call.callId() + " no longer validates: "
                        + e.getMessage(), e);
            }
        }
        this.conversation = new Conversation(ids.next("conv"), config.maxConversationItems());
        this.input = new InputAudioBuffer(state.inputFormat());
        Scenario scenario = config.scenarioFor(facade.ordinal());
        this.cursor = new ScenarioCursor(scenario);
        this.mcpImport = new McpToolImport(this, scenario.mcpServers());
        this.keptAudioBudget = config.maxKeptAudioBytesPerSession();
        facade.attach(this, sessionId);
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------

    /** The upgrade completed: greet (or refuse), arm the expiry timer and the fault rules. */
    @Override
    public void onOpen() {
        if (refusal == Refusal.BETA_HEADER) {
            outbound.send(events.error(RealtimeError.INVALID_REQUEST, "beta_api_shape_disabled",
                    "The Realtime API beta interface has been shut down. Remove the 'OpenAI-Beta: realtime=v1' "
                            + "header and use the GA interface.", null, null));
            closeWith(4000, "beta_api_shape_disabled");
            return;
        }
        if (refusal == Refusal.MISSING_MODEL) {
            outbound.send(events.error(RealtimeError.INVALID_REQUEST, "missing_model",
                    "You must provide a model parameter, or intent=transcription, in the URL.", "model", null));
            closeWith(4000, "missing_model");
            return;
        }
        ObjectNode view = state.view(config.wireNulls());
        facade.effectiveSession(view.deepCopy());
        outbound.send(events.sessionCreated(view));
        if (state.kind() == SessionKind.REALTIME) {
            outbound.send(events.conversationCreated(conversation.id()));
        }
        rebuildVad();
        expiryTimer = channel.eventLoop().schedule(() -> execute(FaultAction.expireSession()),
                config.sessionMaxDuration().toNanos(), TimeUnit.NANOSECONDS);
        faults.start();
    }

    /** TCP is gone. */
    @Override
    public void onClosed() {
        outbound.onClosed();
        faults.stop();
        cancelTimer(idleTimer);
        cancelTimer(expiryTimer);
        activeResponses.clear();
        defaultResponse = null;
        facade.state(SimulatedSession.State.CLOSED);
    }

    @Override
    public void onCloseFrame(CloseWebSocketFrame frame) {
        facade.closeCodeReceived(frame.statusCode());
        facade.state(SimulatedSession.State.CLOSING);
        outbound.onClientClose(frame);
    }

    /** The client caught up (channel writable again, or the delayed queue drained): resume paused responses. */
    @Override
    public void onWritable() {
        if (!outbound.backlogged()) {
            for (ResponseStreamer r : new ArrayList<>(activeResponses)) {
                r.resume();
            }
        }
    }

    private void closeWith(int code, String reason) {
        facade.state(SimulatedSession.State.CLOSING);
        outbound.close(code, reason);
    }

    // ---- inbound -------------------------------------------------------------------------------------------

    @Override
    public void onText(String raw) {
        ClientEventEnvelope.receive(raw, recorder, faults, outbound, events, this::dispatch);
    }

    @Override
    public void onBinary() {
        ClientEventEnvelope.refuseBinary(outbound, events);
    }

    /** A well-formed client event (see {@link ClientEventEnvelope}) to its handler. */
    private void dispatch(JsonNode event, String type) throws RealtimeError {
        switch (type) {
            case "session.update":
                sessionUpdate(event);
                break;
            case "input_audio_buffer.append":
                append(event);
                break;
            case "input_audio_buffer.commit":
                fields(event, Set.of());
                commit();
                break;
            case "input_audio_buffer.clear":
                fields(event, Set.of());
                clearInput();
                break;
            case "conversation.item.create":
                createItem(event);
                break;
            case "conversation.item.retrieve":
                retrieveItem(event);
                break;
            case "conversation.item.truncate":
                truncateItem(event);
                break;
            case "conversation.item.delete":
                deleteItem(event);
                break;
            case "response.create":
                responseCreate(event);
                break;
            case "response.cancel":
                responseCancel(event);
                break;
            case "output_audio_buffer.clear":
                throw RealtimeError.invalidValueMessage("output_audio_buffer.clear is only supported for WebRTC and "
                        + "SIP sessions. Over WebSocket the client owns playback: stop it locally and send "
                        + "conversation.item.truncate.", "type");
            default:
                throw RealtimeError.invalidValue(type, CLIENT_EVENT_TYPES, "type");
        }
    }

    /** Top-level fields of a client event: {@code type}, {@code event_id} and the event's own. */
    private static void fields(JsonNode event, Set<String> own) throws RealtimeError {
        ClientEventEnvelope.onlyFields(event, own);
    }

    // ---- session.update ------------------------------------------------------------------------------------

    private void sessionUpdate(JsonNode event) throws RealtimeError {
        fields(event, Set.of("session"));
        JsonNode session = event.get("session");
        if (session == null || session.isNull()) {
            throw RealtimeError.missingParameter("session");
        }
        JsonNode vadBefore = state.view(true).path("audio").path("input").path("turn_detection");
        state.apply(session, audioProduced);
        ObjectNode view = state.view(config.wireNulls());
        if (!view.path("audio").path("input").path("turn_detection").equals(vadBefore)) {
            rebuildVad();
        }
        facade.effectiveSession(view.deepCopy());
        outbound.send(events.sessionUpdated(view));
        mcpImport.afterUpdate(view.get("tools"));
    }

    private void rebuildVad() {
        VadSettings settings = state.vad();
        vad = settings == null ? null : new ServerVad(settings, config.vadMinSpeechMs());
        speechItemId = null;
        cancelTimer(idleTimer);
    }

    // ---- input audio -------------------------------------------------------------------------------------

    private void append(JsonNode event) throws RealtimeError {
        if (call != null) {
            throw RealtimeError.invalidValueMessage("input_audio_buffer.append is not supported on a sideband "
                    + "connection: the audio of call " + call.callId() + " flows over SIP.", "type");
        }
        fields(event, Set.of("audio"));
        JsonNode audio = event.get("audio");
        if (audio == null || audio.isNull()) {
            throw RealtimeError.missingParameter("audio");
        }
        AudioFormat format = state.inputFormat();
        byte[] bytes = ClientItems.decodeAudio(audio, "audio", format);
        input.append(bytes, format, keepAudio(bytes.length), vad == null ? null : this::onInputFrame);
    }

    /**
     * Audio the caller of a SIP call spoke, followed by {@code silence}: fed to the input buffer and VAD as SIP media
     * would be (the sideband client never sends audio itself).
     */
    void callerAudio(AudioSource speech, java.time.Duration silence) {
        if (outbound.state() != Outbound.State.OPEN) {
            return;
        }
        short[] voiced = speech.samples24k();
        short[] all = java.util.Arrays.copyOf(voiced, voiced.length + (int) (silence.toMillis() * 24));
        AudioFormat format = state.inputFormat();
        byte[] bytes = format.encodeFrom24k(all);
        input.append(bytes, format, keepAudio(bytes.length), vad == null ? null : this::onInputFrame);
    }

    /** The caller of a SIP call pressed a key. */
    void callerDtmf(char key) {
        if (outbound.state() == Outbound.State.OPEN) {
            outbound.send(events.dtmfReceived(String.valueOf(key), System.currentTimeMillis() / 1000));
        }
    }

    private void onInputFrame(short[] samples, double startMs, double endMs) {
        if (vad != null) {
            vad.onFrame(startMs, endMs, Pcm16.rms(samples), vadListener);
        }
    }

    /** What the VAD decides becomes protocol events. */
    private final class VadEvents implements ServerVad.Listener {
        @Override
        public void speechStarted(long audioStartMs) {
            cancelTimer(idleTimer);
            speechItemId = ids.item();
            outbound.send(events.speechStarted(audioStartMs, speechItemId));
            if (vad.settings().interruptResponse && defaultResponse != null) {
                defaultResponse.cancel("turn_detected");
            }
        }

        @Override
        public void speechStopped(long audioEndMs) {
            String itemId = speechItemId != null ? speechItemId : ids.item();
            speechItemId = null;
            outbound.send(events.speechStopped(audioEndMs, itemId));
            try {
                commitBuffer(itemId);
            } catch (RealtimeError e) {
                outbound.send(events.error(e, null));
                return;
            }
            if (state.kind() == SessionKind.REALTIME && vad.settings().createResponse) {
                if (defaultResponse == null) {
                    startResponse(ResponseRequest.none(), List.of(), true, null);
                } else {
                    LOG.debug("VAD turn ended while {} is still active: no new response", defaultResponse.id());
                }
            }
        }
    }

    private void commit() throws RealtimeError {
        double ms = input.bufferedMs();
        if (ms < 100) {
            throw RealtimeError.commitEmpty(ms);
        }
        String itemId = speechItemId != null ? speechItemId : ids.item();
        speechItemId = null;
        if (vad != null) {
            vad.reset();
        }
        commitBuffer(itemId);
    }

    private void clearInput() {
        input.clear();
        if (vad != null) {
            vad.reset();
        }
        speechItemId = null;
        outbound.send(events.cleared());
    }

    /** input_audio_buffer.committed, the user item (added + done), then input transcription. */
    private void commitBuffer(String itemId) throws RealtimeError {
        conversation.checkRoom();
        AudioClip clip = input.take();
        String previous = conversation.lastId();
        outbound.send(events.committed(previous, itemId));
        ObjectNode item = Json.object();
        item.put("id", itemId);
        item.put("object", "realtime.item");
        item.put("type", "message");
        item.put("status", "completed");
        item.put("role", "user");
        ObjectNode part = item.putArray("content").addObject();
        part.put("type", "input_audio");
        events.putNonSchemaNullable(part, "transcript", null);
        ConversationItem conversationItem = new ConversationItem(itemId, item);
        conversationItem.audio(clip);
        conversation.insert(conversationItem, null);
        outbound.send(events.itemAdded(previous, item.deepCopy()));
        outbound.send(events.itemDone(previous, item.deepCopy()));
        Turn turn = cursor.userInput();
        transcribe(conversationItem, turn, clip);
    }

    private void transcribe(ConversationItem item, Turn turn, AudioClip clip) {
        JsonNode transcription = state.transcription();
        if (transcription == null && !cursor.alwaysTranscribe()) {
            return;
        }
        if (turn != null && turn.transcriptionFails()) {
            outbound.send(events.transcriptionFailed(item.id(), 0, "audio_unintelligible",
                    "The audio could not be transcribed."));
            return;
        }
        String transcript = cursor.transcriptFor(turn);
        for (String word : TextChunks.words(transcript)) {
            outbound.send(events.transcriptionDelta(item.id(), 0, word));
        }
        String model = transcription != null ? transcription.path("model").asText("gpt-4o-mini-transcribe")
                : "gpt-4o-mini-transcribe";
        outbound.send(events.transcriptionCompleted(item.id(), 0, transcript,
                UsageCalculator.transcriptionUsage(model, clip.durationMs(), transcript)));
        ((ObjectNode) item.json().path("content").get(0)).put("transcript", transcript);
    }

    // ---- conversation items --------------------------------------------------------------------------------

    private void createItem(JsonNode event) throws RealtimeError {
        fields(event, Set.of("item", "previous_item_id"));
        JsonNode itemJson = event.get("item");
        if (itemJson == null || itemJson.isNull()) {
            throw RealtimeError.missingParameter("item");
        }
        String previousId = null;
        JsonNode prev = event.get("previous_item_id");
        if (prev != null && !prev.isNull()) {
            previousId = Validation.string(prev, "previous_item_id");
            if (!"root".equals(previousId) && !conversation.contains(previousId)) {
                throw new RealtimeError(RealtimeError.INVALID_REQUEST, "item_not_found", "Error adding item: the "
                        + "previous item with id '" + previousId + "' does not exist.", "previous_item_id");
            }
        }
        ConversationItem item = ClientItems.fromClient(itemJson, "item", ids, state.inputFormat(), this::keepAudio);
        if (conversation.contains(item.id())) {
            throw RealtimeError.invalidValueMessage("Error adding item: an item with id '" + item.id()
                    + "' already exists.", "item.id");
        }
        if ("function_call_output".equals(item.type()) && !conversation.hasFunctionCall(item.callId())) {
            throw new RealtimeError(RealtimeError.INVALID_REQUEST, "invalid_value", "No tool call found for "
                    + "function call output with call_id " + item.callId() + ".", "item.call_id");
        }
        conversation.checkRoom();
        String previous = conversation.insert(item, previousId);
        outbound.send(events.itemAdded(previous, item.json().deepCopy()));
        outbound.send(events.itemDone(previous, item.json().deepCopy()));
        if (item.isUserMessage()) {
            cursor.userInput();
        } else if ("function_call_output".equals(item.type()) || "mcp_approval_response".equals(item.type())) {
            // an approval answer, like a tool output, is new input for the turn's next follow-up
            cursor.functionOutput();
        }
    }

    private ConversationItem existingItem(JsonNode event, String action) throws RealtimeError {
        JsonNode id = event.get("item_id");
        if (id == null || id.isNull()) {
            throw RealtimeError.missingParameter("item_id");
        }
        String itemId = Validation.string(id, "item_id");
        ConversationItem item = conversation.get(itemId);
        if (item == null) {
            throw RealtimeError.itemNotFound(action, itemId, "item_id");
        }
        return item;
    }

    private void retrieveItem(JsonNode event) throws RealtimeError {
        fields(event, Set.of("item_id"));
        ConversationItem item = existingItem(event, "retrieving item");
        outbound.send(events.itemRetrieved(item.withAudio()));
    }

    private void truncateItem(JsonNode event) throws RealtimeError {
        fields(event, Set.of("item_id", "content_index", "audio_end_ms"));
        ConversationItem item = existingItem(event, "truncating item");
        JsonNode contentIndex = event.get("content_index");
        if (contentIndex == null || contentIndex.isNull()) {
            throw RealtimeError.missingParameter("content_index");
        }
        long index = Validation.integer(contentIndex, "content_index", 0, Integer.MAX_VALUE);
        JsonNode endNode = event.get("audio_end_ms");
        if (endNode == null || endNode.isNull()) {
            throw RealtimeError.missingParameter("audio_end_ms");
        }
        long audioEndMs = Validation.integer(endNode, "audio_end_ms", 0, Long.MAX_VALUE);
        AudioClip clip = item.audio();
        if (!item.isAssistantMessage() || clip == null) {
            throw RealtimeError.truncateNotAudio();
        }
        if (index != 0) {
            throw RealtimeError.invalidValueMessage("Invalid 'content_index': item " + item.id()
                    + " has no audio content at index " + index + ".", "content_index");
        }
        if (audioEndMs > clip.durationMs()) {
            throw RealtimeError.truncateTooLong((long) Math.floor(clip.durationMs()), audioEndMs);
        }
        clip.truncate(audioEndMs);
        JsonNode content = item.json().path("content");
        if (content.isArray() && content.size() > 0) {
            ((ObjectNode) content.get(0)).put("transcript", ""); // the unplayed transcript is gone server-side
        }
        outbound.send(events.itemTruncated(item.id(), (int) index, audioEndMs));
    }

    private void deleteItem(JsonNode event) throws RealtimeError {
        fields(event, Set.of("item_id"));
        ConversationItem item = existingItem(event, "deleting item");
        conversation.remove(item.id());
        outbound.send(events.itemDeleted(item.id()));
    }

    // ---- responses -----------------------------------------------------------------------------------------

    private void responseCreate(JsonNode event) throws RealtimeError {
        fields(event, Set.of("response"));
        if (state.kind() == SessionKind.TRANSCRIPTION) {
            throw RealtimeError.invalidValueMessage("Transcription sessions do not create responses.", "type");
        }
        ResponseRequest request = ResponseRequest.parse(event.get("response"), conversation.id());
        if (request.inConversation && defaultResponse != null) {
            throw RealtimeError.activeResponse(defaultResponse.id());
        }
        List<ConversationItem> context = resolveInput(request);
        String clientEventId = event.path("event_id").isTextual() ? event.get("event_id").asText() : null;
        startResponse(request, context, false, clientEventId);
    }

    /** The response's own input (item references resolved), or null to read the conversation. */
    private List<ConversationItem> resolveInput(ResponseRequest request) throws RealtimeError {
        if (request.input == null) {
            return null;
        }
        List<ConversationItem> items = new ArrayList<>();
        for (int i = 0; i < request.input.size(); i++) {
            JsonNode entry = request.input.get(i);
            String path = "response.input[" + i + "]";
            if (entry.isObject() && "item_reference".equals(entry.path("type").asText())) {
                String id = Validation.string(Validation.required(entry, "id", path), path + ".id");
                ConversationItem referenced = conversation.get(id);
                if (referenced == null) {
                    throw RealtimeError.itemNotFound("creating response", id, path + ".id");
                }
                items.add(referenced);
            } else {
                items.add(ClientItems.fromClient(entry, path, ids, state.inputFormat(), n -> false));
            }
        }
        return items;
    }

    /**
     * Starts a response. {@code context} null means "the conversation"; VAD responses pass an empty list and read
     * the conversation too.
     */
    private void startResponse(ResponseRequest request, List<ConversationItem> context, boolean fromVad,
                               String clientEventId) {
        Reply reply = request.inConversation ? cursor.nextReply() : cursor.nextOutOfBandReply();
        if (reply.kind() == Reply.Kind.ERROR_EVENT) {
            outbound.send(events.error(reply.errorType(), reply.errorCode(), reply.errorMessage(), null,
                    clientEventId));
            return;
        }
        cancelTimer(idleTimer);
        ArrayNode modalities = request.outputModalities != null ? (ArrayNode) request.outputModalities
                : state.outputModalities();
        boolean audioOutput = modalities.size() == 0 || "audio".equals(modalities.get(0).asText());
        AudioFormat format = request.outputFormat != null ? AudioFormat.fromJson(request.outputFormat)
                : state.outputFormat();
        JsonNode voiceNode = request.voice != null ? request.voice : state.voice();
        String voice = voiceNode.isObject() ? voiceNode.path("id").asText() : voiceNode.asText();
        String instructions = request.instructions != null ? request.instructions : state.instructions();
        JsonNode tools = request.tools != null ? request.tools : state.view(true).get("tools");
        List<ConversationItem> items = context == null || (fromVad && context.isEmpty())
                ? conversation.items() : context;
        UsageCalculator.Context measured = UsageCalculator.measure(instructions, tools, items);
        ResponsePlan plan = new ResponsePlan(ids.response(), request.inConversation, conversation.id(), audioOutput,
                format, voice, request.maxOutputTokens != null ? request.maxOutputTokens : state.maxOutputTokens(),
                request.metadata, reply, measured, fromVad);
        ResponseStreamer streamer = new ResponseStreamer(this, plan, usage);
        activeResponses.add(streamer);
        if (plan.inConversation) {
            defaultResponse = streamer;
        }
        responsesCreated++;
        streamer.start();
    }

    private void responseCancel(JsonNode event) throws RealtimeError {
        fields(event, Set.of("response_id"));
        JsonNode id = event.get("response_id");
        if (id != null && !id.isNull()) {
            String responseId = Validation.string(id, "response_id");
            for (ResponseStreamer r : activeResponses) {
                if (r.id().equals(responseId)) {
                    r.cancel("client_cancelled");
                    return;
                }
            }
            throw RealtimeError.cancelNotActive();
        }
        if (defaultResponse == null) {
            throw RealtimeError.cancelNotActive();
        }
        defaultResponse.cancel("client_cancelled");
    }

    // ---- ResponseHost --------------------------------------------------------------------------------------

    @Override
    public ServerEvents events() {
        return events;
    }

    @Override
    public Ids ids() {
        return ids;
    }

    @Override
    public SimulatorConfig config() {
        return config;
    }

    @Override
    public Conversation conversation() {
        return conversation;
    }

    @Override
    public EventExecutor executor() {
        return channel.eventLoop();
    }

    @Override
    public void send(ObjectNode event) {
        outbound.send(event);
    }

    @Override
    public boolean backlogged() {
        return outbound.backlogged();
    }

    @Override
    public boolean keepAudio(int bytes) {
        if (keptAudioBudget >= bytes) {
            keptAudioBudget -= bytes;
            return true;
        }
        return false;
    }

    @Override
    public void audioProduced() {
        audioProduced = true;
    }

    @Override
    public void sendRateLimits(int reservedTokens) {
        long requestsRemaining = Math.max(0, config.rateLimitRequests() - responsesCreated);
        long tokensRemaining = Math.max(0, config.rateLimitTokens() - tokensUsed - reservedTokens);
        outbound.send(events.rateLimitsUpdated(config.rateLimitRequests(), requestsRemaining,
                config.rateLimitTokens(), tokensRemaining));
    }

    @Override
    public void responseFinished(ResponseStreamer streamer) {
        activeResponses.remove(streamer);
        if (defaultResponse == streamer) {
            defaultResponse = null;
        }
        tokensUsed += streamer.usedTokens();
        armIdleTimer(streamer);
    }

    /**
     * server_vad {@code idle_timeout_ms}: counted from the end of the reply's playback, estimated as response.done
     * plus the reply's audio duration (the client plays in real time even when we burst).
     */
    private void armIdleTimer(ResponseStreamer finished) {
        cancelTimer(idleTimer);
        if (vad == null || vad.settings().idleTimeoutMs == null || !finished.inConversation()
                || !"completed".equals(finished.finalStatus())) {
            return;
        }
        long delayMs = (long) finished.producedAudioMs() + vad.settings().idleTimeoutMs;
        idleTimer = channel.eventLoop().schedule(this::idleTimeout, delayMs, TimeUnit.MILLISECONDS);
    }

    private void idleTimeout() {
        if (outbound.state() != Outbound.State.OPEN || vad == null || defaultResponse != null
                || vad.state() != ServerVad.State.SILENCE) {
            return;
        }
        String itemId = ids.item();
        outbound.send(events.timeoutTriggered(Math.round(input.bufferStartMs()), Math.round(input.sessionAudioMs()),
                itemId));
        try {
            commitBuffer(itemId);
        } catch (RealtimeError e) {
            outbound.send(events.error(e, null));
            return;
        }
        if (vad.settings().createResponse) {
            startResponse(ResponseRequest.none(), List.of(), true, null);
        }
    }

    private static void cancelTimer(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    // ---- FaultEngine.Target --------------------------------------------------------------------------------

    @Override
    public void execute(FaultAction action) {
        if (!ClientEventEnvelope.apply(action, outbound, events, this::closeWith)) {
            throw new IllegalStateException(action.kind().name());
        }
    }

    @Override
    public String describe() {
        return facade.toString();
    }
}
