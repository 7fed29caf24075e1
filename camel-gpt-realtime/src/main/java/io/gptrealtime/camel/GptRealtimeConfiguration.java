package io.gptrealtime.camel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a gpt-realtime agent: how sessions connect and the session configuration sent with session.update.
 * Option documentation is the setter javadoc (the Camel generator copies it into the component metadata).
 */
@UriParams
@Configurer
public class GptRealtimeConfiguration implements Cloneable {

    /** The model option's default. */
    public static final String DEFAULT_MODEL = "gpt-realtime-2";

    /** What the assistant is asked to say while a slow tool runs (toolFillerAfter). */
    static final String DEFAULT_FILLER = "Tell the caller in one short sentence that you are still checking. Do not"
                                         + " answer the question yet.";

    @UriParam(label = "security", secret = true)
    private String apiKey;
    @UriParam(label = "common")
    private String baseUrl;
    @UriParam(label = "security")
    private String organization;
    @UriParam(label = "security")
    private String project;
    @UriParam(label = "advanced")
    private String safetyIdentifier;
    @UriParam(label = "common", defaultValue = "realtime", enums = "realtime,transcription,translation")
    private String sessionType = "realtime";
    @UriParam(label = "common", defaultValue = DEFAULT_MODEL)
    private String model = DEFAULT_MODEL;
    @UriParam(label = "common")
    private String instructions;
    @UriParam(label = "common")
    private String voice;
    @UriParam(label = "common", enums = "audio,text")
    private String outputModalities;
    @UriParam(label = "common", defaultValue = "audio/pcm", enums = "audio/pcm,audio/pcmu,audio/pcma")
    private String inputAudioFormat = "audio/pcm";
    @UriParam(label = "common", defaultValue = "audio/pcm", enums = "audio/pcm,audio/pcmu,audio/pcma")
    private String outputAudioFormat = "audio/pcm";
    @UriParam(label = "common")
    private Double speed;
    @UriParam(label = "common", defaultValue = "server_vad", enums = "server_vad,semantic_vad,none")
    private String turnDetection = "server_vad";
    @UriParam(label = "common")
    private Double vadThreshold;
    @UriParam(label = "common")
    private Integer vadPrefixPaddingMs;
    @UriParam(label = "common")
    private Integer vadSilenceDurationMs;
    @UriParam(label = "common")
    private Integer vadIdleTimeoutMs;
    @UriParam(label = "common", enums = "low,medium,high,auto")
    private String vadEagerness;
    @UriParam(label = "common")
    private Boolean vadCreateResponse;
    @UriParam(label = "common")
    private Boolean vadInterruptResponse;
    @UriParam(label = "common", enums = "near_field,far_field,none")
    private String noiseReduction;
    @UriParam(label = "common")
    private String inputTranscriptionModel;
    @UriParam(label = "common")
    private String inputTranscriptionLanguage;
    @UriParam(label = "common")
    private String inputTranscriptionPrompt;
    @UriParam(label = "common")
    private String tools;
    @UriParam(label = "common")
    private String toolChoice;
    @UriParam(label = "common")
    private String maxOutputTokens;
    @UriParam(label = "common", enums = "minimal,low,medium,high,xhigh")
    private String reasoningEffort;
    @UriParam(label = "common")
    private Boolean parallelToolCalls;
    @UriParam(label = "common")
    private String truncation;
    @UriParam(label = "common")
    private String tracing;
    @UriParam(label = "producer", defaultValue = "default")
    private String sessionKey = "default";
    @UriParam(label = "producer")
    private GptRealtimeOperation operation;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean createResponse = true;
    @UriParam(label = "producer", defaultValue = "burst", enums = "realtime,burst")
    private String audioPacing = "burst";
    @UriParam(label = "producer,advanced", defaultValue = "100")
    private int chunkMs = 100;
    @UriParam(label = "producer", defaultValue = "transcript", enums = "transcript,wav")
    private String turnReply = "transcript";
    @UriParam(label = "producer", defaultValue = "120000")
    private long turnTimeout = 120000;
    @UriParam(label = "advanced", defaultValue = "true")
    private boolean reconnect = true;
    @UriParam(label = "advanced", defaultValue = "250")
    private long reconnectInitialDelay = 250;
    @UriParam(label = "advanced", defaultValue = "10000")
    private long reconnectMaxDelay = 10000;
    @UriParam(label = "advanced", defaultValue = "10")
    private int maxReconnectAttempts = 10;
    @UriParam(label = "advanced", defaultValue = "5000")
    private long reconnectAudioBufferMs = 5000;
    @UriParam(label = "advanced", defaultValue = "3000000")
    private long maxSessionDuration = 3_000_000;
    @UriParam(label = "advanced", defaultValue = "200")
    private int ledgerMaxItems = 200;
    @UriParam(label = "common")
    private String recordingDirectory;
    @UriParam(label = "common", defaultValue = "0")
    private long minInterruptionMs;
    @UriParam(label = "consumer")
    private String tool;
    @UriParam(label = "consumer")
    private String toolDescription;
    @UriParam(label = "consumer", prefix = "parameter.", multiValue = true)
    private Map<String, Object> parameter;
    @UriParam(label = "consumer")
    private String toolSchema;
    @UriParam(label = "consumer", defaultValue = "10000")
    private long toolTimeout = 10000;
    @UriParam(label = "consumer", defaultValue = "deliver", enums = "deliver,cancel")
    private String toolInterruption = "deliver";
    @UriParam(label = "consumer", defaultValue = "0")
    private long toolFillerAfter;
    @UriParam(label = "consumer", defaultValue = DEFAULT_FILLER)
    private String toolFillerInstructions = DEFAULT_FILLER;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean mcpApproval;
    @UriParam(label = "consumer", defaultValue = "30000")
    private long mcpApprovalTimeout = 30000;
    @UriParam(label = "common")
    private String mcpServerLabel;
    @UriParam(label = "common")
    private String mcpServerUrl;
    @UriParam(label = "security", secret = true)
    private String mcpAuthorization;
    @UriParam(label = "security", prefix = "mcpHeader.", multiValue = true, secret = true)
    private Map<String, Object> mcpHeader;
    @UriParam(label = "common")
    private String mcpAllowedTools;
    @UriParam(label = "common")
    private String mcpRequireApproval;
    @UriParam(label = "common,openai-sip", defaultValue = "false")
    private boolean callControlTools;
    @UriParam(label = "common,openai-sip")
    private String transferTargets;
    @UriParam(label = "producer,openai-sip", defaultValue = "600")
    private int clientSecretExpiresAfter = 600;
    @UriParam(label = "producer,openai-sip")
    private String translationLanguage;
    @UriParam(label = "consumer", defaultValue = "session.created,session.closed,input_audio_buffer.speech_started,input_audio_buffer.speech_stopped,conversation.item.input_audio_transcription.completed,response.output_audio_transcript.done,response.output_text.done,response.function_call_arguments.done,response.done,error")
    private String events = "session.created,session.closed,input_audio_buffer.speech_started,input_audio_buffer.speech_stopped,conversation.item.input_audio_transcription.completed,response.output_audio_transcript.done,response.output_text.done,response.function_call_arguments.done,response.done,error";
    @UriParam(label = "advanced", defaultValue = "10000")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "20000")
    private long pingInterval = 20000;
    @UriParam(label = "advanced", defaultValue = "5000")
    private long closeTimeout = 5000;
    @UriParam(label = "advanced", defaultValue = "8388608")
    private long maxQueuedBytes = 8388608;
    @UriParam(label = "advanced", defaultValue = "5000")
    private long sendTimeout = 5000;
    @UriParam(label = "advanced", defaultValue = "10000")
    private int dispatchQueueCapacity = 10000;
    @UriParam(label = "advanced", defaultValue = "1000")
    private int maxSessions = 1000;
    @UriParam(label = "advanced", defaultValue = "16777216")
    private int maxEventBytes = 16777216;

    public boolean isReconnect() {
        return reconnect;
    }

    /**
     * Whether a session reconnects after a network error or an abnormal close, with exponential backoff and jitter.
     * The new server session gets the same configuration and a replay of the conversation (user and assistant turns as
     * text, function calls with their outputs). Fatal errors (invalid key, no quota, unknown model) never retry.
     */
    public void setReconnect(boolean reconnect) {
        this.reconnect = reconnect;
    }

    public long getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    /** The delay before the first reconnect attempt, in milliseconds; it doubles per attempt (±20 % jitter). */
    public void setReconnectInitialDelay(long reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    /** The longest delay between reconnect attempts, in milliseconds. */
    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public int getMaxReconnectAttempts() {
        return maxReconnectAttempts;
    }

    /** Consecutive failed reconnect attempts after which the session ends with an error. */
    public void setMaxReconnectAttempts(int maxReconnectAttempts) {
        this.maxReconnectAttempts = maxReconnectAttempts;
    }

    public long getReconnectAudioBufferMs() {
        return reconnectAudioBufferMs;
    }

    /**
     * Caller audio kept while a session reconnects, in milliseconds; it is sent once the session is back. Past this,
     * the oldest buffered audio is dropped (and counted), so the most recent speech survives a long outage.
     */
    public void setReconnectAudioBufferMs(long reconnectAudioBufferMs) {
        this.reconnectAudioBufferMs = reconnectAudioBufferMs;
    }

    public long getMaxSessionDuration() {
        return maxSessionDuration;
    }

    /**
     * After how long (milliseconds) a server session is replaced by a fresh one, at a quiet moment (no response
     * active, the caller not speaking), with the same configuration and a replay of the conversation: invisible to the
     * caller and well before the service's 60-minute cap. 0 disables rotation.
     */
    public void setMaxSessionDuration(long maxSessionDuration) {
        this.maxSessionDuration = maxSessionDuration;
    }

    public int getLedgerMaxItems() {
        return ledgerMaxItems;
    }

    /** How many of the most recent conversation items a reconnect or rotation replays. */
    public void setLedgerMaxItems(int ledgerMaxItems) {
        this.ledgerMaxItems = ledgerMaxItems;
    }

    public String getRecordingDirectory() {
        return recordingDirectory;
    }

    /**
     * A directory where each session's assistant audio is recorded as {@code <session key>-assistant.wav}, in the
     * session's output format.
     */
    public void setRecordingDirectory(String recordingDirectory) {
        this.recordingDirectory = recordingDirectory;
    }

    public long getMinInterruptionMs() {
        return minInterruptionMs;
    }

    /**
     * Barge-in on paced audio (phone calls): how long the caller must keep speaking over the assistant before it
     * counts as an interruption, in milliseconds. 0 interrupts at once. While it is pending the assistant pauses; if
     * the caller stops sooner (a cough, a short acknowledgement) playback resumes where it paused. A non-zero value
     * switches the service's own interruption off (interrupt_response=false) so the component decides.
     */
    public void setMinInterruptionMs(long minInterruptionMs) {
        this.minInterruptionMs = minInterruptionMs;
    }

    /** A deep-enough copy: the maps are copied, every other field is immutable. */
    public GptRealtimeConfiguration copy() {
        try {
            GptRealtimeConfiguration copy = (GptRealtimeConfiguration) clone();
            // the only mutable fields: endpoints must not share them
            copy.parameter = parameter == null ? null : new LinkedHashMap<>(parameter);
            copy.mcpHeader = mcpHeader == null ? null : new LinkedHashMap<>(mcpHeader);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The OpenAI API key (or an ephemeral ek_ key). Resolved from the endpoint, then the component, then the OPENAI_API_KEY environment variable. Never logged.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The base URL of the OpenAI API, e.g. https://api.openai.com/v1. The WebSocket URL is this with the scheme switched to wss (ws for http) and /realtime appended. Defaults to the OPENAI_BASE_URL environment variable, then https://api.openai.com/v1. Point it at the simulator, a proxy or a gateway.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getOrganization() {
        return organization;
    }

    /**
     * The OpenAI organization id, sent as the OpenAI-Organization header.
     */
    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getProject() {
        return project;
    }

    /**
     * The OpenAI project id, sent as the OpenAI-Project header.
     */
    public void setProject(String project) {
        this.project = project;
    }

    public String getSafetyIdentifier() {
        return safetyIdentifier;
    }

    /**
     * A stable, hashed identifier of the end user, sent as the OpenAI-Safety-Identifier header.
     */
    public void setSafetyIdentifier(String safetyIdentifier) {
        this.safetyIdentifier = safetyIdentifier;
    }

    public String getSessionType() {
        return sessionType;
    }

    /**
     * The kind of session: realtime (speech-to-speech with the model), transcription (input transcription only;
     * connects with intent=transcription) or translation (continuous speech translation into translationLanguage on
     * /realtime/translations; 24 kHz PCM16 in and out, no responses).
     */
    public void setSessionType(String sessionType) {
        this.sessionType = sessionType;
    }

    public String getModel() {
        return model;
    }

    /**
     * The Realtime model, e.g. gpt-realtime-2, gpt-realtime-2.1, gpt-realtime-2.1-mini, gpt-realtime-1.5,
     * gpt-realtime-mini; for translation sessions a translation model (gpt-realtime-translate when this option is left
     * at its default). Fixed for the life of a session.
     */
    public void setModel(String model) {
        this.model = model;
    }

    public String getInstructions() {
        return instructions;
    }

    /**
     * The system instructions of the agent. An empty string clears the server default instructions.
     */
    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getVoice() {
        return voice;
    }

    /**
     * The output voice: alloy, ash, ballad, coral, echo, sage, shimmer, verse, marin, cedar, or a custom voice id (voice_...). It can change only until the model first produced audio in the session.
     */
    public void setVoice(String voice) {
        this.voice = voice;
    }

    public String getOutputModalities() {
        return outputModalities;
    }

    /**
     * The output modality: audio (voice with its transcript) or text. The service allows one of them per response.
     */
    public void setOutputModalities(String outputModalities) {
        this.outputModalities = outputModalities;
    }

    public String getInputAudioFormat() {
        return inputAudioFormat;
    }

    /**
     * The input audio format on the wire: audio/pcm (PCM16 24 kHz mono), audio/pcmu (G.711 u-law 8 kHz) or audio/pcma (G.711 A-law 8 kHz). Audio in other formats (WAV files at any rate) is converted to it.
     */
    public void setInputAudioFormat(String inputAudioFormat) {
        this.inputAudioFormat = inputAudioFormat;
    }

    public String getOutputAudioFormat() {
        return outputAudioFormat;
    }

    /**
     * The output audio format on the wire: audio/pcm (PCM16 24 kHz mono), audio/pcmu or audio/pcma.
     */
    public void setOutputAudioFormat(String outputAudioFormat) {
        this.outputAudioFormat = outputAudioFormat;
    }

    public Double getSpeed() {
        return speed;
    }

    /**
     * The speed of the assistant's voice, 0.25 to 1.5 (1.0 is normal). Changes apply between turns.
     */
    public void setSpeed(Double speed) {
        this.speed = speed;
    }

    public String getTurnDetection() {
        return turnDetection;
    }

    /**
     * Turn detection: server_vad (silence based), semantic_vad (the model decides when the user finished) or none (push-to-talk: commit and create responses yourself).
     */
    public void setTurnDetection(String turnDetection) {
        this.turnDetection = turnDetection;
    }

    public Double getVadThreshold() {
        return vadThreshold;
    }

    /**
     * server_vad: activation threshold 0.0 to 1.0 (default 0.5); higher needs louder audio.
     */
    public void setVadThreshold(Double vadThreshold) {
        this.vadThreshold = vadThreshold;
    }

    public Integer getVadPrefixPaddingMs() {
        return vadPrefixPaddingMs;
    }

    /**
     * server_vad: audio kept from before detected speech, in milliseconds (default 300).
     */
    public void setVadPrefixPaddingMs(Integer vadPrefixPaddingMs) {
        this.vadPrefixPaddingMs = vadPrefixPaddingMs;
    }

    public Integer getVadSilenceDurationMs() {
        return vadSilenceDurationMs;
    }

    /**
     * server_vad: silence that ends the turn, in milliseconds (default 500).
     */
    public void setVadSilenceDurationMs(Integer vadSilenceDurationMs) {
        this.vadSilenceDurationMs = vadSilenceDurationMs;
    }

    public Integer getVadIdleTimeoutMs() {
        return vadIdleTimeoutMs;
    }

    /**
     * server_vad: start a response when the user stays silent this long, in milliseconds (5000 to 30000).
     */
    public void setVadIdleTimeoutMs(Integer vadIdleTimeoutMs) {
        this.vadIdleTimeoutMs = vadIdleTimeoutMs;
    }

    public String getVadEagerness() {
        return vadEagerness;
    }

    /**
     * semantic_vad: how eagerly the model ends the user's turn: low, medium, high or auto.
     */
    public void setVadEagerness(String vadEagerness) {
        this.vadEagerness = vadEagerness;
    }

    public Boolean getVadCreateResponse() {
        return vadCreateResponse;
    }

    /**
     * Whether the service starts a response by itself when a turn ends (default true).
     */
    public void setVadCreateResponse(Boolean vadCreateResponse) {
        this.vadCreateResponse = vadCreateResponse;
    }

    public Boolean getVadInterruptResponse() {
        return vadInterruptResponse;
    }

    /**
     * Whether the service cancels the active response by itself when the user starts speaking (default true).
     */
    public void setVadInterruptResponse(Boolean vadInterruptResponse) {
        this.vadInterruptResponse = vadInterruptResponse;
    }

    public String getNoiseReduction() {
        return noiseReduction;
    }

    /**
     * Input noise reduction: near_field (headsets, phones), far_field (laptop or room microphones) or none (off).
     */
    public void setNoiseReduction(String noiseReduction) {
        this.noiseReduction = noiseReduction;
    }

    public String getInputTranscriptionModel() {
        return inputTranscriptionModel;
    }

    /**
     * The model that transcribes the user's audio (e.g. gpt-transcribe, gpt-4o-transcribe, whisper-1). Unset: no user transcripts.
     */
    public void setInputTranscriptionModel(String inputTranscriptionModel) {
        this.inputTranscriptionModel = inputTranscriptionModel;
    }

    public String getInputTranscriptionLanguage() {
        return inputTranscriptionLanguage;
    }

    /**
     * The language of the user's audio as an ISO-639-1 code (improves accuracy and latency).
     */
    public void setInputTranscriptionLanguage(String inputTranscriptionLanguage) {
        this.inputTranscriptionLanguage = inputTranscriptionLanguage;
    }

    public String getInputTranscriptionPrompt() {
        return inputTranscriptionPrompt;
    }

    /**
     * A prompt or keywords that guide the input transcription.
     */
    public void setInputTranscriptionPrompt(String inputTranscriptionPrompt) {
        this.inputTranscriptionPrompt = inputTranscriptionPrompt;
    }

    public String getTools() {
        return tools;
    }

    /**
     * Function and MCP tools as a JSON array in the Realtime tools format, or a resource reference to such a file (classpath:, file:).
     */
    public void setTools(String tools) {
        this.tools = tools;
    }

    public String getToolChoice() {
        return toolChoice;
    }

    /**
     * How the model chooses tools: auto, none, required, or the name of one function.
     */
    public void setToolChoice(String toolChoice) {
        this.toolChoice = toolChoice;
    }

    public String getMaxOutputTokens() {
        return maxOutputTokens;
    }

    /**
     * The maximum output tokens of a response: 1 to 4096, or inf.
     */
    public void setMaxOutputTokens(String maxOutputTokens) {
        this.maxOutputTokens = maxOutputTokens;
    }

    public String getReasoningEffort() {
        return reasoningEffort;
    }

    /**
     * The reasoning effort of reasoning models (gpt-realtime-2 and later): minimal, low, medium, high or xhigh.
     */
    public void setReasoningEffort(String reasoningEffort) {
        this.reasoningEffort = reasoningEffort;
    }

    public Boolean getParallelToolCalls() {
        return parallelToolCalls;
    }

    /**
     * Whether the model may call several tools in one response (gpt-realtime-2 and later).
     */
    public void setParallelToolCalls(Boolean parallelToolCalls) {
        this.parallelToolCalls = parallelToolCalls;
    }

    public String getTruncation() {
        return truncation;
    }

    /**
     * How the conversation is truncated when it outgrows the context: auto, disabled, or a retention ratio between 0 and 1 (e.g. 0.8).
     */
    public void setTruncation(String truncation) {
        this.truncation = truncation;
    }

    public String getTracing() {
        return tracing;
    }

    /**
     * Tracing of the session in the OpenAI dashboard: auto, or a workflow name. Once enabled it cannot be changed.
     */
    public void setTracing(String tracing) {
        this.tracing = tracing;
    }

    public String getSessionKey() {
        return sessionKey;
    }

    /**
     * The session key used when a message has no CamelGptRealtimeSessionKey header.
     */
    public void setSessionKey(String sessionKey) {
        this.sessionKey = sessionKey;
    }

    public GptRealtimeOperation getOperation() {
        return operation;
    }

    /**
     * The producer operation. Unset: chosen from the body: audio (byte[], InputStream, File) appends audio, a String sends text.
     */
    public void setOperation(GptRealtimeOperation operation) {
        this.operation = operation;
    }

    public boolean isCreateResponse() {
        return createResponse;
    }

    /**
     * Whether sendText and sendImage ask for a response right after adding the user item.
     */
    public void setCreateResponse(boolean createResponse) {
        this.createResponse = createResponse;
    }

    public String getAudioPacing() {
        return audioPacing;
    }

    /**
     * How appendAudio and turn stream a whole file or stream: realtime (paced like a live caller) or burst (as fast as the connection takes it).
     */
    public void setAudioPacing(String audioPacing) {
        this.audioPacing = audioPacing;
    }

    public int getChunkMs() {
        return chunkMs;
    }

    /**
     * The size of the audio chunks a whole file or stream is cut into, in milliseconds (20 to 1000).
     */
    public void setChunkMs(int chunkMs) {
        this.chunkMs = chunkMs;
    }

    public String getTurnReply() {
        return turnReply;
    }

    /**
     * What the turn operation returns as the body: transcript (the assistant transcript as a String) or wav (the assistant audio as WAV bytes). The other part is in headers.
     */
    public void setTurnReply(String turnReply) {
        this.turnReply = turnReply;
    }

    public long getTurnTimeout() {
        return turnTimeout;
    }

    /**
     * How long the turn operation waits for the response, in milliseconds.
     */
    public void setTurnTimeout(long turnTimeout) {
        this.turnTimeout = turnTimeout;
    }

    public String getEvents() {
        return events;
    }

    /**
     * The server events the consumer receives, as a comma-separated list of event types; a trailing * matches a prefix (response.*), and * alone selects all events. session.closed is a component event sent when a session ends.
     */
    public void setEvents(String events) {
        this.events = events;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * The WebSocket connect timeout in milliseconds.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getPingInterval() {
        return pingInterval;
    }

    /**
     * The WebSocket ping interval in milliseconds (0 disables pings); a missing pong fails the session.
     */
    public void setPingInterval(long pingInterval) {
        this.pingInterval = pingInterval;
    }

    public long getCloseTimeout() {
        return closeTimeout;
    }

    /**
     * How long closing waits for the server's close frame before the socket is cancelled, in milliseconds.
     */
    public void setCloseTimeout(long closeTimeout) {
        this.closeTimeout = closeTimeout;
    }

    public long getMaxQueuedBytes() {
        return maxQueuedBytes;
    }

    /**
     * The outbound bytes allowed in flight on one WebSocket before senders wait. Must stay below OkHttp's 16 MiB limit, past which it closes the socket.
     */
    public void setMaxQueuedBytes(long maxQueuedBytes) {
        this.maxQueuedBytes = maxQueuedBytes;
    }

    public long getSendTimeout() {
        return sendTimeout;
    }

    /**
     * How long a sender waits for the outbound queue to drain below maxQueuedBytes before the send fails, in milliseconds.
     */
    public void setSendTimeout(long sendTimeout) {
        this.sendTimeout = sendTimeout;
    }

    public int getDispatchQueueCapacity() {
        return dispatchQueueCapacity;
    }

    /**
     * The maximum number of server events queued per session for the routes; past it events are dropped and counted, so a slow route never stalls the socket.
     */
    public void setDispatchQueueCapacity(int dispatchQueueCapacity) {
        this.dispatchQueueCapacity = dispatchQueueCapacity;
    }

    public int getMaxSessions() {
        return maxSessions;
    }

    /**
     * The maximum number of concurrent sessions of the agent.
     */
    public void setMaxSessions(int maxSessions) {
        this.maxSessions = maxSessions;
    }

    public int getMaxEventBytes() {
        return maxEventBytes;
    }

    /**
     * The maximum size of one server event in bytes; larger events become error events.
     */
    public void setMaxEventBytes(int maxEventBytes) {
        this.maxEventBytes = maxEventBytes;
    }

    public String getTool() {
        return tool;
    }

    /**
     * Makes this consumer a function tool of the agent with this name (letters, digits, _ or -). The
     * consumer then receives only the calls of this tool: the arguments as a Map body (the JSON text in the
     * CamelGptRealtimeToolArguments header), and its reply body becomes the function_call_output. Sessions of the
     * agent get the tool with session.update when the consumer starts and lose it when it stops.
     */
    public void setTool(String tool) {
        this.tool = tool;
    }

    public String getToolDescription() {
        return toolDescription;
    }

    /**
     * What the tool does and when the model should call it (the function description).
     */
    public void setToolDescription(String toolDescription) {
        this.toolDescription = toolDescription;
    }

    public Map<String, Object> getParameter() {
        return parameter;
    }

    /**
     * The tool's arguments, one option per argument: parameter.NAME=TYPE (string, integer, number, boolean,
     * array, object), with parameter.NAME.required=true, parameter.NAME.description=..., parameter.NAME.enum=a,b,c and
     * parameter.NAME.items=TYPE (arrays). Use toolSchema for richer schemas.
     */
    public void setParameter(Map<String, Object> parameter) {
        this.parameter = parameter;
    }

    public String getToolSchema() {
        return toolSchema;
    }

    /**
     * The JSON Schema of the tool's arguments (an object schema), inline or as a resource (classpath:,
     * file:, http:). Replaces the parameter.* options.
     */
    public void setToolSchema(String toolSchema) {
        this.toolSchema = toolSchema;
    }

    public long getToolTimeout() {
        return toolTimeout;
    }

    /**
     * How long a call of the tool may take, in milliseconds. Past it the model gets an error output it can
     * talk about, and the route's late result is dropped.
     */
    public void setToolTimeout(long toolTimeout) {
        this.toolTimeout = toolTimeout;
    }

    public String getToolInterruption() {
        return toolInterruption;
    }

    /**
     * What a caller's interruption (speech started, or the response cancelled) does to a call still
     * running: deliver (its result is added when it comes and a response follows that talks about it) or cancel (the
     * call is answered cancelled at once, its result is dropped and no response is requested for it).
     */
    public void setToolInterruption(String toolInterruption) {
        this.toolInterruption = toolInterruption;
    }

    public long getToolFillerAfter() {
        return toolFillerAfter;
    }

    /**
     * When a call of the tool runs longer than this many milliseconds, the assistant says a short filler
     * (toolFillerInstructions) so the caller does not hear dead air; at most once per response. 0 turns it off.
     */
    public void setToolFillerAfter(long toolFillerAfter) {
        this.toolFillerAfter = toolFillerAfter;
    }

    public String getToolFillerInstructions() {
        return toolFillerInstructions;
    }

    /**
     * The instructions of the filler response (see toolFillerAfter).
     */
    public void setToolFillerInstructions(String toolFillerInstructions) {
        this.toolFillerInstructions = toolFillerInstructions;
    }

    public boolean isMcpApproval() {
        return mcpApproval;
    }

    /**
     * Makes this consumer the agent's MCP approval route. It receives each mcp_approval_request (the
     * arguments as a Map body) and its reply approves or denies: the CamelGptRealtimeMcpApprove header, else a
     * Boolean body or a String body approve/approved/yes/true or deny/denied/no/false. Anything else, a failure or the
     * timeout denies.
     */
    public void setMcpApproval(boolean mcpApproval) {
        this.mcpApproval = mcpApproval;
    }

    public long getMcpApprovalTimeout() {
        return mcpApprovalTimeout;
    }

    /**
     * How long the approval route may take to decide, in milliseconds; then the request is denied.
     */
    public void setMcpApprovalTimeout(long mcpApprovalTimeout) {
        this.mcpApprovalTimeout = mcpApprovalTimeout;
    }

    public String getMcpServerLabel() {
        return mcpServerLabel;
    }

    /**
     * A remote MCP server the service calls for the agent: its label (names it in calls and approvals). Needs
     * mcpServerUrl. More servers go in the tools option.
     */
    public void setMcpServerLabel(String mcpServerLabel) {
        this.mcpServerLabel = mcpServerLabel;
    }

    public String getMcpServerUrl() {
        return mcpServerUrl;
    }

    /**
     * The URL of the MCP server named by mcpServerLabel.
     */
    public void setMcpServerUrl(String mcpServerUrl) {
        this.mcpServerUrl = mcpServerUrl;
    }

    public String getMcpAuthorization() {
        return mcpAuthorization;
    }

    /**
     * An OAuth access token the service sends to the MCP server.
     */
    public void setMcpAuthorization(String mcpAuthorization) {
        this.mcpAuthorization = mcpAuthorization;
    }

    public Map<String, Object> getMcpHeader() {
        return mcpHeader;
    }

    /**
     * HTTP headers the service sends to the MCP server, one option each: mcpHeader.NAME=value.
     */
    public void setMcpHeader(Map<String, Object> mcpHeader) {
        this.mcpHeader = mcpHeader;
    }

    public String getMcpAllowedTools() {
        return mcpAllowedTools;
    }

    /**
     * The tools of the MCP server the model may use, comma-separated (default: all).
     */
    public void setMcpAllowedTools(String mcpAllowedTools) {
        this.mcpAllowedTools = mcpAllowedTools;
    }

    public String getMcpRequireApproval() {
        return mcpRequireApproval;
    }

    /**
     * Which MCP tool calls need approval (by the mcpApproval consumer): always, never, or a comma-separated list of
     * tool names that need it (the others do not). Unset: the service default, always.
     */
    public void setMcpRequireApproval(String mcpRequireApproval) {
        this.mcpRequireApproval = mcpRequireApproval;
    }

    public boolean isCallControlTools() {
        return callControlTools;
    }

    /**
     * Gives the model of OpenAI SIP calls the tools end_call (hang up once its goodbye has been played) and, when
     * transferTargets is set, transfer_call (SIP REFER to one of the named targets). They are answered by the
     * component, not by routes.
     */
    public void setCallControlTools(boolean callControlTools) {
        this.callControlTools = callControlTools;
    }

    public String getTransferTargets() {
        return transferTargets;
    }

    /**
     * Where the transfer_call tool may send an OpenAI SIP call, as name=uri pairs separated by commas, e.g.
     * sales=sip:sales@example.com,support=tel:+15550100 (tel:, sip: or sips:). The model picks a name; it never sees
     * or invents the numbers.
     */
    public void setTransferTargets(String transferTargets) {
        this.transferTargets = transferTargets;
    }

    public int getClientSecretExpiresAfter() {
        return clientSecretExpiresAfter;
    }

    /**
     * Seconds after its creation that an ephemeral key minted by the clientSecret and translationClientSecret
     * operations stops opening sessions (10 to 7200); sessions already open go on. The
     * CamelGptRealtimeClientSecretExpiresAfter header overrides it per request.
     */
    public void setClientSecretExpiresAfter(int clientSecretExpiresAfter) {
        this.clientSecretExpiresAfter = clientSecretExpiresAfter;
    }

    public String getTranslationLanguage() {
        return translationLanguage;
    }

    /**
     * The target language (e.g. es, de, ja) of translation sessions (sessionType=translation) and of those whose
     * ephemeral keys the translationClientSecret operation mints; the model option names the translation model (e.g.
     * gpt-realtime-translate).
     */
    public void setTranslationLanguage(String translationLanguage) {
        this.translationLanguage = translationLanguage;
    }
}
