package io.gptrealtime.camel.tools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.Tool;
import io.gptrealtime.camel.session.RealtimeSession;

/**
 * The route-backed tools and the MCP approval handler of one agent. Registering or removing a tool sends a
 * session.update with the new tool list to every open session of the agent; sessions opened later start with it.
 * <p>
 * Threading: writers (consumers starting and stopping) are serialised on {@code this}; readers take the immutable
 * {@link Snapshot} without locking.
 */
public final class ToolRegistry {

    /** A tool and the handler that runs its calls. */
    public static final class Registered {
        private final ToolDefinition definition;
        private final ToolHandler handler;

        Registered(ToolDefinition definition, ToolHandler handler) {
            this.definition = definition;
            this.handler = handler;
        }

        public ToolDefinition definition() {
            return definition;
        }

        public ToolHandler handler() {
            return handler;
        }
    }

    /** The approval handler and how long it may take before a request is denied. */
    public static final class Approvals {
        private final McpApprovalHandler handler;
        private final long timeoutMillis;

        Approvals(McpApprovalHandler handler, long timeoutMillis) {
            this.handler = handler;
            this.timeoutMillis = timeoutMillis;
        }

        public McpApprovalHandler handler() {
            return handler;
        }

        public long timeoutMillis() {
            return timeoutMillis;
        }
    }

    /** What is registered at one moment. Immutable. */
    public static final class Snapshot {
        private final Map<String, Registered> tools;
        /** Increases with every change of the tool list (not with approval handler changes). */
        private final long version;
        private final Approvals approvals;

        Snapshot(Map<String, Registered> tools, long version, Approvals approvals) {
            this.tools = tools;
            this.version = version;
            this.approvals = approvals;
        }

        public Registered tool(String name) {
            return tools.get(name);
        }

        public Map<String, Registered> tools() {
            return tools;
        }

        public long version() {
            return version;
        }

        /** The approval handler, or null when approval requests are left to event consumers. */
        public Approvals approvals() {
            return approvals;
        }

        /** The fixed tools of a session followed by the registered function tools (a fresh list). */
        public List<Tool> merge(List<Tool> fixed) {
            List<Tool> all = new ArrayList<>(fixed.size() + tools.size());
            for (Tool t : fixed) {
                if (!(t instanceof io.gptrealtime.camel.protocol.FunctionTool f) || !tools.containsKey(f.getName())) {
                    all.add(t);
                }
            }
            tools.values().forEach(r -> all.add(r.definition().toFunctionTool()));
            return all;
        }
    }

    private final String agentName;
    private final ToolRuntime runtime;
    /** Replaced whole under {@code this}; read by any thread. */
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0, null);
    /** Orchestrators of the agent's live sessions; each removes itself when its session ends. */
    private final Set<ToolCallOrchestrator> orchestrators = ConcurrentHashMap.newKeySet();

    ToolRegistry(String agentName, ToolRuntime runtime) {
        this.agentName = agentName;
        this.runtime = runtime;
    }

    public String agentName() {
        return agentName;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Registers a tool and tells the open sessions. Returns the action that removes it again (and tells them too).
     *
     * @throws IllegalStateException when the agent already has a tool of that name
     */
    public Runnable register(ToolDefinition definition, ToolHandler handler) {
        synchronized (this) {
            Snapshot s = snapshot;
            if (s.tools.containsKey(definition.name())) {
                throw new IllegalStateException("The agent " + agentName + " already has a tool named "
                                                + definition.name());
            }
            Map<String, Registered> tools = new LinkedHashMap<>(s.tools);
            tools.put(definition.name(), new Registered(definition, handler));
            snapshot = new Snapshot(Collections.unmodifiableMap(tools), s.version + 1, s.approvals);
        }
        changed();
        return () -> unregister(definition.name(), handler);
    }

    private void unregister(String name, ToolHandler handler) {
        synchronized (this) {
            Snapshot s = snapshot;
            Registered r = s.tools.get(name);
            if (r == null || r.handler != handler) {
                return;
            }
            Map<String, Registered> tools = new LinkedHashMap<>(s.tools);
            tools.remove(name);
            snapshot = new Snapshot(Collections.unmodifiableMap(tools), s.version + 1, s.approvals);
        }
        changed();
    }

    /**
     * Routes the agent's MCP approval requests to {@code handler}; a request without a decision after
     * {@code timeoutMillis} is denied. Returns the action that removes it again.
     *
     * @throws IllegalStateException when the agent already has an approval handler
     */
    public synchronized Runnable registerApprovals(McpApprovalHandler handler, long timeoutMillis) {
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("mcpApprovalTimeout must be positive, was " + timeoutMillis);
        }
        Snapshot s = snapshot;
        if (s.approvals != null) {
            throw new IllegalStateException("The agent " + agentName + " already has an MCP approval consumer");
        }
        snapshot = new Snapshot(s.tools, s.version, new Approvals(handler, timeoutMillis));
        return () -> {
            synchronized (this) {
                Snapshot now = snapshot;
                if (now.approvals != null && now.approvals.handler == handler) {
                    snapshot = new Snapshot(now.tools, now.version, null);
                }
            }
        };
    }

    /**
     * A session.update built from endpoint options replaces the whole tool list when it has one: keep the registered
     * tools in it. (Without a list the session keeps its tools.)
     */
    public void addRegisteredTools(RealtimeSessionConfig config) {
        Snapshot s = snapshot;
        if (!s.tools.isEmpty() && config.getTools() != null) {
            config.setTools(s.merge(config.getTools()));
        }
    }

    /** Gives a new session its orchestrator; called before the session connects. */
    void attach(RealtimeSession session) {
        RealtimeSessionConfig initial = session.settings().initialConfig();
        if (initial != null && !RealtimeSessionConfig.TYPE_REALTIME.equals(initial.getType())) {
            return; // transcription sessions have no responses, so no tools
        }
        ToolCallOrchestrator orchestrator = new ToolCallOrchestrator(session, this, runtime);
        orchestrators.add(orchestrator);
        session.addObserver(orchestrator);
    }

    void detach(ToolCallOrchestrator orchestrator) {
        orchestrators.remove(orchestrator);
    }

    /** Live orchestrators (for tests and consoles). */
    public int sessionCount() {
        return orchestrators.size();
    }

    private void changed() {
        for (ToolCallOrchestrator o : orchestrators) {
            o.syncTools();
        }
    }
}
