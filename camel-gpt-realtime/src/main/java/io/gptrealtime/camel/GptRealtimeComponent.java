package io.gptrealtime.camel;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.gptrealtime.camel.health.ConnectivityTracker;
import io.gptrealtime.camel.metrics.MetricsBinder;
import io.gptrealtime.camel.metrics.RealtimeMetrics;
import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.tools.ToolRuntime;
import io.gptrealtime.camel.usage.PriceTableLoader;
import io.gptrealtime.camel.usage.UsageTracker;
import okhttp3.OkHttpClient;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The gpt-realtime component: holds the shared configuration and the session engine (HTTP client, dispatch pool,
 * timers) of all its endpoints.
 */
@Component("gpt-realtime")
public class GptRealtimeComponent extends HealthCheckComponent {

    @Metadata
    private GptRealtimeConfiguration configuration = new GptRealtimeConfiguration();
    @Metadata(label = "advanced", autowired = true,
              description = "A shared OkHttpClient for the WebSocket connections (proxies, TLS, interceptors)."
                            + " When none is given the component builds and owns one.")
    private OkHttpClient okHttpClient;
    @Metadata(label = "advanced", defaultValue = "16",
              description = "The maximum number of threads that run route work for sessions (each session's events"
                            + " stay in order on one thread at a time).")
    private int dispatchPoolSize = 16;
    @Metadata(label = "advanced",
              description = "Price overrides in USD per 1M tokens, as model.kind.io=price entries separated by ; (kind"
                            + " text, audio or image; io input, cached or output), e.g."
                            + " gpt-realtime-2.text.output=24;my-model.text.input=1. A known model may override single"
                            + " prices, a new model must give all eight. Models billed by duration take"
                            + " model.audio.minute=USD per audio minute (e.g."
                            + " gpt-realtime-translate.audio.minute=0.034)."
                            + " Applied after priceTable.")
    private String prices;
    @Metadata(label = "advanced", supportFileReference = true,
              description = "A properties resource (classpath:, file:, http:) with price overrides in USD per 1M"
                            + " tokens, one model.kind.io=price per line (see prices). The defaults are OpenAI's"
                            + " list prices of gpt-realtime, gpt-realtime-mini, gpt-realtime-1.5, gpt-realtime-2,"
                            + " gpt-realtime-2.1 and gpt-realtime-2.1-mini, and per audio minute of"
                            + " gpt-realtime-translate, gpt-realtime-whisper and gpt-live-transcribe.")
    private String priceTable;
    @Metadata(label = "advanced", defaultValue = "true",
              description = "Whether to publish metrics (sessions, audio seconds, tokens, cost, reconnects, dropped"
                            + " events, latencies) to the MeterRegistry of the Camel registry. Needs micrometer-core"
                            + " on the classpath and a MeterRegistry bean; without either nothing is published.")
    private boolean metricsEnabled = true;

    /** Created in doStart, released in doStop; read by endpoints on any thread. */
    private volatile RealtimeEngine engine;
    /** Created in doStart with the engine; read by consumers, producers, health checks and the dev console. */
    private volatile UsageTracker usageTracker;
    /** Created in doStart with the engine; read by health checks. */
    private volatile ConnectivityTracker connectivity;
    private RealtimeMetrics metrics;
    @Metadata(label = "advanced", defaultValue = "16",
              description = "The maximum number of tool routes (function tools and MCP approvals) that run at once,"
                            + " over all sessions.")
    private int toolPoolSize = 16;
    @Metadata(label = "advanced", defaultValue = "1000",
              description = "The maximum number of tool calls waiting for a thread of the tool pool; past it a call"
                            + " is answered at once with a busy error output the model can relay.")
    private int toolQueueSize = 1000;
    /** Created in doStart with the engine, released in doStop; read by tool consumers on any thread. */
    private volatile ToolRuntime toolRuntime;
    /** Runs tool routes: bounded threads and queue, so a burst of calls cannot exhaust memory or threads. */
    private ExecutorService toolPool;
    private ExecutorService socketPool;
    /** Blocking OpenAI call-control requests started by the model (end_call, transfer_call) or a failing sideband. */
    private volatile ExecutorService callControlPool;
    private ExecutorService dispatchPool;
    private ScheduledExecutorService scheduler;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (ObjectHelper.isEmpty(remaining)) {
            throw new IllegalArgumentException("The agent name must be given: gpt-realtime:agentName");
        }
        GptRealtimeEndpoint endpoint = new GptRealtimeEndpoint(uri, this);
        endpoint.setAgentName(remaining);
        GptRealtimeConfiguration config = getConfiguration().copy();
        endpoint.setConfiguration(config);
        // prefixed multi-value options: parameter.NAME[.attribute]=... (tool arguments), mcpHeader.NAME=...
        Map<String, Object> toolParameters = PropertiesHelper.extractProperties(parameters, "parameter.");
        if (!toolParameters.isEmpty()) {
            config.setParameter(new java.util.LinkedHashMap<>(toolParameters));
        }
        Map<String, Object> mcpHeaders = PropertiesHelper.extractProperties(parameters, "mcpHeader.");
        if (!mcpHeaders.isEmpty()) {
            config.setMcpHeader(new java.util.LinkedHashMap<>(mcpHeaders));
        }
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ExecutorServiceManager esm = getCamelContext().getExecutorServiceManager();
        if (okHttpClient == null) {
            // one reader thread per open WebSocket for the life of the session
            socketPool = esm.newCachedThreadPool(this, "GptRealtimeSocket");
        }
        dispatchPool = esm.newThreadPool(this, "GptRealtimeDispatch", dispatchPoolSize, dispatchPoolSize);
        scheduler = esm.newScheduledThreadPool(this, "GptRealtimeTimer", 1);
        RealtimeEngine e = new RealtimeEngine(okHttpClient, socketPool, dispatchPool, scheduler);
        metrics = MetricsBinder.bind(getCamelContext(), metricsEnabled);
        usageTracker = new UsageTracker(PriceTableLoader.load(getCamelContext(), priceTable, prices), metrics);
        e.addSessionHook(usageTracker);
        connectivity = new ConnectivityTracker();
        e.addSessionHook(connectivity);
        ThreadPoolProfile tools = new ThreadPoolProfile("GptRealtimeTool");
        tools.setPoolSize(toolPoolSize);
        tools.setMaxPoolSize(toolPoolSize);
        tools.setMaxQueueSize(toolQueueSize);
        tools.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        toolPool = esm.newThreadPool(this, "GptRealtimeTool", tools);
        toolRuntime = new ToolRuntime(toolPool, scheduler);
        callControlPool = esm.newThreadPool(this, "GptRealtimeCallControl", 1, 4);
        e.addSessionHook(toolRuntime);
        engine = e;
    }

    @Override
    protected void doStop() throws Exception {
        RealtimeEngine e = engine;
        engine = null;
        if (e != null) {
            e.shutdown(getConfiguration().getCloseTimeout());
        }
        ExecutorServiceManager esm = getCamelContext().getExecutorServiceManager();
        toolRuntime = null;
        if (scheduler != null) {
            // timers (handshakes, rotation, grace periods) mean nothing once the sessions are gone
            esm.shutdownNow(scheduler);
        }
        for (ExecutorService pool : new ExecutorService[] { toolPool, dispatchPool, socketPool, callControlPool }) {
            if (pool != null) {
                esm.shutdownGraceful(pool, 2000);
            }
        }
        toolPool = null;
        callControlPool = null;
        dispatchPool = null;
        scheduler = null;
        socketPool = null;
        if (metrics != null) {
            metrics.close();
            metrics = null;
        }
        super.doStop();
    }

    /** Function tools, MCP approvals and their pool; only while the component is started. */
    public ToolRuntime getToolRuntime() {
        ToolRuntime t = toolRuntime;
        if (t == null) {
            throw new IllegalStateException("The gpt-realtime component is not started");
        }
        return t;
    }

    /** Runs blocking OpenAI call-control requests (hang-ups and transfers the model asks for); only while started. */
    public ExecutorService getCallControlExecutor() {
        ExecutorService p = callControlPool;
        if (p == null) {
            throw new IllegalStateException("The gpt-realtime component is not started");
        }
        return p;
    }

    public int getToolPoolSize() {
        return toolPoolSize;
    }

    /**
     * The maximum number of tool routes (function tools and MCP approvals) that run at once, over all sessions.
     */
    public void setToolPoolSize(int toolPoolSize) {
        this.toolPoolSize = toolPoolSize;
    }

    public int getToolQueueSize() {
        return toolQueueSize;
    }

    /**
     * The maximum number of tool calls waiting for a thread of the tool pool; past it a call is answered at once with
     * a busy error output the model can relay.
     */
    public void setToolQueueSize(int toolQueueSize) {
        this.toolQueueSize = toolQueueSize;
    }

    /** The session engine; only while the component is started. */
    public RealtimeEngine getEngine() {
        RealtimeEngine e = engine;
        if (e == null) {
            throw new IllegalStateException("The gpt-realtime component is not started");
        }
        return e;
    }

    /** Usage, cost and latency accounting of the sessions; only while the component is started. */
    public UsageTracker getUsageTracker() {
        UsageTracker t = usageTracker;
        if (t == null) {
            throw new IllegalStateException("The gpt-realtime component is not started");
        }
        return t;
    }

    /** The engine while started, else null (for health checks and consoles that must not fail). */
    public RealtimeEngine engineOrNull() {
        return engine;
    }

    /** Open outcomes per agent while started, else null. */
    public ConnectivityTracker connectivityOrNull() {
        return connectivity;
    }

    /** The usage tracker while started, else null. */
    public UsageTracker usageTrackerOrNull() {
        return usageTracker;
    }

    public GptRealtimeConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The shared configuration: every option of the endpoints can be set here once for all of them.
     */
    public void setConfiguration(GptRealtimeConfiguration configuration) {
        this.configuration = configuration;
    }

    public OkHttpClient getOkHttpClient() {
        return okHttpClient;
    }

    /**
     * A shared OkHttpClient for the WebSocket connections (proxies, TLS, interceptors). When none is given the
     * component builds and owns one.
     */
    public void setOkHttpClient(OkHttpClient okHttpClient) {
        this.okHttpClient = okHttpClient;
    }

    public int getDispatchPoolSize() {
        return dispatchPoolSize;
    }

    /**
     * The maximum number of threads that run route work for sessions (each session's events stay in order on one
     * thread at a time).
     */
    public void setDispatchPoolSize(int dispatchPoolSize) {
        this.dispatchPoolSize = dispatchPoolSize;
    }

    public String getPrices() {
        return prices;
    }

    /**
     * Price overrides in USD per 1M tokens, as model.kind.io=price entries separated by ; (kind text, audio or image;
     * io input, cached or output), e.g. gpt-realtime-2.text.output=24;my-model.text.input=1. A known model may
     * override single prices, a new model must give all eight. Models billed by duration take model.audio.minute=USD
     * per audio minute (e.g. gpt-realtime-translate.audio.minute=0.034). Applied after priceTable.
     */
    public void setPrices(String prices) {
        this.prices = prices;
    }

    public String getPriceTable() {
        return priceTable;
    }

    /**
     * A properties resource (classpath:, file:, http:) with price overrides in USD per 1M tokens, one
     * model.kind.io=price per line (see prices). The defaults are OpenAI's list prices of gpt-realtime,
     * gpt-realtime-mini, gpt-realtime-1.5, gpt-realtime-2, gpt-realtime-2.1 and gpt-realtime-2.1-mini, and per audio
     * minute of gpt-realtime-translate, gpt-realtime-whisper and gpt-live-transcribe.
     */
    public void setPriceTable(String priceTable) {
        this.priceTable = priceTable;
    }

    public boolean isMetricsEnabled() {
        return metricsEnabled;
    }

    /**
     * Whether to publish metrics (sessions, audio seconds, tokens, cost, reconnects, dropped events, latencies) to the
     * MeterRegistry of the Camel registry. Needs micrometer-core on the classpath and a MeterRegistry bean; without
     * either nothing is published.
     */
    public void setMetricsEnabled(boolean metricsEnabled) {
        this.metricsEnabled = metricsEnabled;
    }
}
