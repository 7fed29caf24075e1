package io.gptrealtime.camel;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.gptrealtime.camel.session.RealtimeEngine;
import okhttp3.OkHttpClient;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.ObjectHelper;

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

    /** Created in doStart, released in doStop; read by endpoints on any thread. */
    private volatile RealtimeEngine engine;
    private ExecutorService socketPool;
    private ExecutorService dispatchPool;
    private ScheduledExecutorService scheduler;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (ObjectHelper.isEmpty(remaining)) {
            throw new IllegalArgumentException("The agent name must be given: gpt-realtime:agentName");
        }
        GptRealtimeEndpoint endpoint = new GptRealtimeEndpoint(uri, this);
        endpoint.setAgentName(remaining);
        endpoint.setConfiguration(getConfiguration().copy());
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
        engine = new RealtimeEngine(okHttpClient, socketPool, dispatchPool, scheduler);
    }

    @Override
    protected void doStop() throws Exception {
        RealtimeEngine e = engine;
        engine = null;
        if (e != null) {
            e.shutdown(getConfiguration().getCloseTimeout());
        }
        ExecutorServiceManager esm = getCamelContext().getExecutorServiceManager();
        for (ExecutorService pool : new ExecutorService[] { dispatchPool, scheduler, socketPool }) {
            if (pool != null) {
                esm.shutdownGraceful(pool, 2000);
            }
        }
        dispatchPool = null;
        scheduler = null;
        socketPool = null;
        super.doStop();
    }

    /** The session engine; only while the component is started. */
    public RealtimeEngine getEngine() {
        RealtimeEngine e = engine;
        if (e == null) {
            throw new IllegalStateException("The gpt-realtime component is not started");
        }
        return e;
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
}
