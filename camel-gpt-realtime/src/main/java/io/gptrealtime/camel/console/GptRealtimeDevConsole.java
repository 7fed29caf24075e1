package io.gptrealtime.camel.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.usage.AgentUsage;
import io.gptrealtime.camel.usage.CostCalculator;
import io.gptrealtime.camel.usage.SessionStats;
import io.gptrealtime.camel.usage.SessionSummary;
import io.gptrealtime.camel.usage.UsageTracker;
import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The live sessions of every gpt-realtime component: per agent its totals, and per session its state, age, model,
 * cost so far and last event. Shows ids, numbers and event types only: never settings, keys or content.
 */
@DevConsole(name = "gpt-realtime", displayName = "GPT Realtime",
            description = "Live OpenAI Realtime sessions: state, age, cost so far and last event")
public class GptRealtimeDevConsole extends AbstractDevConsole {

    /** Sessions listed per agent; the rest are counted, so the output stays small with a thousand calls. */
    static final int MAX_SESSIONS_PER_AGENT = 200;

    public GptRealtimeDevConsole() {
        super("camel", "gpt-realtime", "GPT Realtime", "Live OpenAI Realtime sessions: state, age, cost so far and"
                                                       + " last event");
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray components = new JsonArray();
        for (Map.Entry<String, GptRealtimeComponent> c : components().entrySet()) {
            components.add(component(c.getKey(), c.getValue()));
        }
        root.put("components", components);
        return root;
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        JsonObject json = (JsonObject) doCallJson(options);
        for (Object co : (JsonArray) json.get("components")) {
            JsonObject c = (JsonObject) co;
            sb.append("Component ").append(c.get("name")).append(c.get("started") == Boolean.TRUE ? "" : " (stopped)")
                    .append('\n');
            JsonArray agents = (JsonArray) c.get("agents");
            if (agents == null) {
                continue;
            }
            for (Object ao : agents) {
                JsonObject a = (JsonObject) ao;
                sb.append(String.format("  Agent %s: %s live, %s opened, %s responses, %s tokens, $%s%n",
                        a.get("agent"), a.get("liveSessions"), a.get("sessionsOpened"), a.get("responses"),
                        a.get("tokens"), a.get("costUsd")));
                for (Object so : (JsonArray) a.get("sessions")) {
                    JsonObject s = (JsonObject) so;
                    sb.append(String.format("    %s %s %s age %ss model %s cost $%s last %s (%s ms ago)%n",
                            s.get("sessionKey"), s.get("sessionId"), s.get("state"), s.get("ageSeconds"),
                            s.get("model"), s.get("costUsd"), s.get("lastEvent"), s.get("lastEventAgeMs")));
                }
                if (a.containsKey("sessionsNotListed")) {
                    sb.append("    ... ").append(a.get("sessionsNotListed")).append(" more\n");
                }
            }
        }
        return sb.toString();
    }

    private Map<String, GptRealtimeComponent> components() {
        Map<String, GptRealtimeComponent> found = new java.util.TreeMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            Component c = getCamelContext().hasComponent(name);
            if (c instanceof GptRealtimeComponent g) {
                found.put(name, g);
            }
        }
        return found;
    }

    private static JsonObject component(String name, GptRealtimeComponent component) {
        JsonObject jc = new JsonObject();
        jc.put("name", name);
        RealtimeEngine engine = component.engineOrNull();
        UsageTracker usage = component.usageTrackerOrNull();
        jc.put("started", engine != null && usage != null);
        if (engine == null || usage == null) {
            return jc;
        }
        JsonArray agents = new JsonArray();
        List<Agent> sorted = new ArrayList<>(engine.agents());
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        for (Agent agent : sorted) {
            agents.add(agent(agent, usage.agentUsage(agent.name())));
        }
        jc.put("agents", agents);
        return jc;
    }

    private static JsonObject agent(Agent agent, AgentUsage usage) {
        JsonObject ja = new JsonObject(usage.toMap());
        List<RealtimeSession> sessions = new ArrayList<>(agent.sessions());
        sessions.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        ja.put("liveSessions", sessions.size());
        JsonArray list = new JsonArray();
        long now = System.currentTimeMillis();
        for (RealtimeSession s : sessions) {
            if (list.size() >= MAX_SESSIONS_PER_AGENT) {
                ja.put("sessionsNotListed", sessions.size() - list.size());
                break;
            }
            list.add(session(s, now));
        }
        ja.put("sessions", list);
        return ja;
    }

    static JsonObject session(RealtimeSession s, long nowMillis) {
        JsonObject js = new JsonObject();
        js.put("sessionKey", s.key());
        js.put("sessionId", s.sessionId());
        js.put("state", s.state().name());
        long ageMillis = nowMillis - s.createdAt().toEpochMilli();
        js.put("ageSeconds", ageMillis / 1000);
        js.put("lastEvent", s.lastEventType());
        js.put("lastEventAgeMs", s.lastEventAtMillis() == 0 ? null : nowMillis - s.lastEventAtMillis());
        js.put("eventsReceived", s.eventsReceived());
        js.put("droppedEvents", s.droppedEvents());
        js.put("dispatchQueueSize", s.dispatchQueueSize());
        SessionStats stats = SessionStats.of(s);
        if (stats != null) {
            SessionSummary summary = stats.summary();
            js.put("model", summary.model());
            js.put("costUsd", CostCalculator.plain(summary.cost()));
            js.put("costPerMinuteUsd", CostCalculator.plain(summary.costPerMinute()));
            js.put("responses", summary.responses());
            js.put("turns", summary.turns());
            js.put("interruptions", summary.interruptions());
            js.put("toolCalls", summary.toolCalls());
            js.put("tokens", summary.tokens().totalTokens());
            js.put("timeToFirstAudioAvgMs", summary.timeToFirstAudio().averageMillis());
        }
        return js;
    }
}
