package io.gptrealtime.camel;

import java.util.Map;

import java.nio.file.Path;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.openai.sip.OpenAiSipCalls;
import io.gptrealtime.camel.openai.sip.WebhookConfiguration;
import io.gptrealtime.camel.playout.BargeInPolicy;
import io.gptrealtime.camel.playout.PlayoutController;
import io.gptrealtime.camel.playout.WavRecorder;
import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionSettings;
import io.gptrealtime.camel.support.SessionSettingsFactory;
import io.gptrealtime.camel.telephony.TelephonyConfiguration;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Talk to OpenAI Realtime models (gpt-realtime-2 and siblings) over WebSocket: stream audio, text and images in,
 * receive transcripts, audio, tool calls and usage as exchanges.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "gpt-realtime", title = "GPT Realtime", syntax = "gpt-realtime:agentName",
             category = { Category.AI }, headersClass = GptRealtimeConstants.class)
public class GptRealtimeEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriPath(description = "The agent: a named session template. Each conversation is a session of the agent,"
                           + " keyed by the CamelGptRealtimeSessionKey header.")
    @Metadata(required = true)
    private String agentName;
    @UriParam
    private GptRealtimeConfiguration configuration;
    @UriParam
    private TelephonyConfiguration telephony = new TelephonyConfiguration();
    @UriParam
    private WebhookConfiguration webhookConfiguration = new WebhookConfiguration();
    /** OpenAI SIP call control of this endpoint (webhook consumer and producer operations share it). */
    private final OpenAiSipCalls openAiCalls = new OpenAiSipCalls(this);

    public GptRealtimeEndpoint(String uri, GptRealtimeComponent component) {
        super(uri, component);
    }

    @Override
    public GptRealtimeComponent getComponent() {
        return (GptRealtimeComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new GptRealtimeProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        // a tool or approval consumer gets only its calls; any other consumer gets the selected events
        if (configuration.getTool() != null && configuration.isMcpApproval()) {
            throw new IllegalArgumentException("A gpt-realtime consumer is either a tool or the mcpApproval route,"
                                               + " not both");
        }
        if (webhookConfiguration.isWebhook() && (configuration.getTool() != null || configuration.isMcpApproval()
                                                  || telephony.isAnyGateway())) {
            throw new IllegalArgumentException("A gpt-realtime consumer with webhook=true routes OpenAI SIP calls only:"
                                               + " use separate consumers for tools, MCP approvals and gateways");
        }
        DefaultConsumer consumer;
        if (webhookConfiguration.isWebhook()) {
            consumer = new GptRealtimeWebhookConsumer(this, processor);
        } else if (configuration.getTool() != null) {
            consumer = new GptRealtimeToolConsumer(this, processor);
        } else if (configuration.isMcpApproval()) {
            consumer = new GptRealtimeMcpApprovalConsumer(this, processor);
        } else {
            consumer = new GptRealtimeConsumer(this, processor);
        }
        configureConsumer(consumer);
        return consumer;
    }

    /** The agent of this endpoint (shared by all endpoints with the same agent name). */
    public Agent getAgent() {
        return getComponent().getEngine().agent(agentName);
    }

    /**
     * The open session of {@code key}, or a new one configured by this endpoint's options (connecting; wait on
     * {@link RealtimeSession#whenOpen()}).
     */
    public RealtimeSession openSession(String key) {
        return getAgent().openSession(key, configuration.getMaxSessions(), this::newSessionSettings,
                this::prepareSession);
    }

    /** Attaches what the options ask for to a new session, before it connects. */
    private void prepareSession(RealtimeSession session) {
        if (configuration.getRecordingDirectory() != null) {
            AudioFormat format = AudioFormat.fromRealtimeType(configuration.getOutputAudioFormat());
            PlayoutController.attach(session,
                    WavRecorder.open(Path.of(configuration.getRecordingDirectory()), session.key(), format), format,
                    BargeInPolicy.IMMEDIATE, getComponent().getEngine().scheduler(), nanos -> {
                    });
        }
    }

    /**
     * Opens the session of a phone call: this endpoint's options with the call's audio formats (G.711 calls use
     * audio/pcmu or audio/pcma both ways, so the audio passes through untouched).
     */
    public RealtimeSession openCallSession(String key, AudioFormat input, AudioFormat output) {
        GptRealtimeConfiguration call = configuration.copy();
        call.setInputAudioFormat(input.realtimeType());
        call.setOutputAudioFormat(output.realtimeType());
        return getAgent().openSession(key, configuration.getMaxSessions(),
                () -> SessionSettingsFactory.create(call, getCamelContext()), this::prepareSession);
    }

    /** Connection settings and session configuration for a new session opened through this endpoint. */
    public SessionSettings newSessionSettings() {
        return SessionSettingsFactory.create(configuration, getCamelContext());
    }

    @Override
    public String getServiceUrl() {
        return SessionSettingsFactory.serviceUrl(configuration);
    }

    @Override
    public String getServiceProtocol() {
        return "wss";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("agent", agentName, "model", String.valueOf(configuration.getModel()));
    }

    public String getAgentName() {
        return agentName;
    }

    /**
     * The agent: a named session template. Each conversation is a session of the agent, keyed by the
     * CamelGptRealtimeSessionKey header.
     */
    public void setAgentName(String agentName) {
        this.agentName = agentName;
    }

    public GptRealtimeConfiguration getConfiguration() {
        return configuration;
    }

    /** The agent's options. */
    public void setConfiguration(GptRealtimeConfiguration configuration) {
        this.configuration = configuration;
    }

    public WebhookConfiguration getWebhookConfiguration() {
        return webhookConfiguration;
    }

    /** The OpenAI SIP webhook a consumer of this endpoint listens for (realtime.call.incoming). */
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    /** OpenAI SIP call control with this endpoint's options. */
    public OpenAiSipCalls getOpenAiCalls() {
        return openAiCalls;
    }

    public TelephonyConfiguration getTelephony() {
        return telephony;
    }

    /** The phone gateways a consumer of this endpoint runs (SIP, Twilio Media Streams, AudioSocket). */
    public void setTelephony(TelephonyConfiguration telephony) {
        this.telephony = telephony;
    }
}
