package io.gptrealtime.it.telephony;

import java.net.DatagramSocket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.Usage;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scaling out as docs/scaling-out.md describes it, on loopback: a SIP load balancer (Kamailio's dispatcher,
 * round-robin, record-routing) spreads calls over two Camel instances, each with its own SIP gateway; every instance
 * publishes its call events to a broker (ActiveMQ Artemis over TCP), and a third Camel context — the reporting side —
 * sees every call exactly once, which instance took it, and what it cost.
 */
class ScaleOutIT {

    static final String KEY = "sk-scale-out";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final int CALLS = 6;

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY)
            .scenario(Scenario.builder()
                    .fallbackReply(Reply.builder()
                            .message("Welcome, how can I help?", AudioSource.tone(440, Duration.ofMillis(600)))
                            .usage(Usage.builder().inputTextTokens(120).outputTextTokens(20).outputAudioTokens(60).build())
                            .build())
                    .build())
            .build();

    static Path work;
    static EmbeddedActiveMQ broker;
    static Process kamailio;
    static Path kamailioLog;
    static int proxyPort;
    static final List<CamelContext> contexts = new ArrayList<>();
    /** What the reporting context received from the broker: one map of properties per event. */
    static final List<Map<String, String>> reported = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Peer.require("sipp", "sip-tester");
        Peer.require("kamailio", "kamailio");
        work = Path.of("target", "telephony", "scale-out").toAbsolutePath();
        Files.createDirectories(work);
        int brokerPort = Peer.freeUdpTcpPort();
        startBroker(brokerPort);
        String brokerUrl = "tcp://127.0.0.1:" + brokerPort;

        int[] sipPorts = { Peer.freeUdpTcpPort(), Peer.freeUdpTcpPort() };
        String[] names = { "instance-a", "instance-b" };
        for (int i = 0; i < 2; i++) {
            contexts.add(instance(names[i], sipPorts[i], brokerUrl));
        }
        contexts.add(reporting(brokerUrl));
        proxyPort = Peer.freeUdpTcpPort();
        startKamailio(proxyPort, sipPorts);
    }

    @AfterAll
    static void stop() throws Exception {
        if (kamailio != null) {
            kamailio.destroy();
            kamailio.waitFor();
        }
        for (CamelContext c : contexts) {
            c.stop();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void theBalancerSpreadsCallsOverInstancesAndTheBrokerCarriesEveryCallOnce() throws Exception {
        Peer.Run run = Peer.run(work, List.of("sipp", "127.0.0.1:" + proxyPort, "-i", "127.0.0.1", "-p",
                String.valueOf(Peer.freeUdpTcpPort()), "-mi", "127.0.0.1", "-mp",
                String.valueOf(Peer.freeUdpPortTriple()), "-sf", scenario("call-via-proxy.xml"), "-m",
                String.valueOf(CALLS), "-l", "3", "-r", "3", "-nostdin", "-timeout", "60", "-timeout_error",
                "-max_recv_loops", "1000"), 90);
        assertEquals(0, run.exitCode(), run.output() + "\nkamailio:\n" + Files.readString(kamailioLog));

        await().atMost(WAIT).until(() -> of("session.closed").size() == CALLS);
        List<Map<String, String>> started = of("call.started");
        List<Map<String, String>> ended = of("call.ended");
        List<Map<String, String>> closed = of("session.closed");
        assertEquals(CALLS, started.size(), describe());
        assertEquals(CALLS, ended.size(), describe());

        Set<String> sipCallIds = started.stream().map(e -> e.get("sipCallId")).collect(Collectors.toSet());
        assertEquals(CALLS, sipCallIds.size(), "every SIP call reported once: " + describe());
        Map<String, Long> perInstance = started.stream()
                .collect(Collectors.groupingBy(e -> e.get("instance"), TreeMap::new, Collectors.counting()));
        assertEquals(Set.of("instance-a", "instance-b"), perInstance.keySet(), "both instances took calls");
        assertEquals(CALLS / 2, perInstance.get("instance-a"), "round-robin: " + perInstance);

        Map<String, String> instanceOfSession = new HashMap<>();
        started.forEach(e -> instanceOfSession.put(e.get("session"), e.get("instance")));
        for (Map<String, String> e : ended) {
            assertEquals(instanceOfSession.get(e.get("session")), e.get("instance"),
                    "a call ends on the instance that took it (the BYE follows the recorded route)");
            assertEquals("caller", e.get("endedBy"));
        }
        for (Map<String, String> e : closed) {
            assertTrue(new java.math.BigDecimal(e.get("cost")).signum() > 0, "each call's cost is reported: " + e);
        }
        String log = Files.readString(kamailioLog);
        assertEquals(CALLS, log.lines().filter(l -> l.contains("dispatch INVITE")).count(), log);
    }

    // ------------------------------------------------------------------------------------------ the pieces

    /** One Camel instance: a SIP gateway whose routes greet the caller and publish call events to the broker. */
    private static CamelContext instance(String name, int sipPort, String brokerUrl) throws Exception {
        int[] rtp = Peer.rtpRange(40);
        CamelContext c = new DefaultCamelContext();
        c.getCamelContextExtension().setName(name);
        c.addComponent("jms", JmsComponent.jmsComponent(new ActiveMQConnectionFactory(brokerUrl)));
        String phone = "gpt-realtime:phone?baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY;
        c.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(phone + "&sip=true&sipTransport=udp&sipPort=" + sipPort + "&rtpPortMin=" + rtp[0]
                     + "&rtpPortMax=" + rtp[1] + "&events=call.started,call.ended,session.closed")
                        .routeId(name + "-calls")
                        // JMS carries only plain property names: copy what the reporting side needs
                        .setHeader("instance", constant(name))
                        .setHeader("eventType", header(GptRealtimeConstants.EVENT_TYPE))
                        .setHeader("session", header(GptRealtimeConstants.SESSION_KEY))
                        .setHeader("sipCallId", header(GptRealtimeConstants.PHONE_CALL_ID))
                        .setHeader("endedBy", header(GptRealtimeConstants.CALL_ENDED_BY).convertToString())
                        .setHeader("cost", header(GptRealtimeConstants.SESSION_COST).convertToString())
                        .setBody(constant(""))
                        .to("jms:queue:call-events")
                        // greet the caller once the call is up
                        .filter(header("eventType").isEqualTo("call.started"))
                        .to(phone + "&operation=createResponse");
            }
        });
        c.start();
        return c;
    }

    /** The reporting side: reads every instance's call events from the broker. */
    private static CamelContext reporting(String brokerUrl) throws Exception {
        CamelContext c = new DefaultCamelContext();
        c.getCamelContextExtension().setName("reporting");
        c.addComponent("jms", JmsComponent.jmsComponent(new ActiveMQConnectionFactory(brokerUrl)));
        c.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:queue:call-events").routeId("report").process(e -> {
                    Map<String, String> p = new HashMap<>();
                    for (String k : List.of("instance", "eventType", "session", "sipCallId", "endedBy", "cost")) {
                        String v = e.getMessage().getHeader(k, String.class);
                        if (v != null) {
                            p.put(k, v);
                        }
                    }
                    reported.add(p);
                });
            }
        });
        c.start();
        return c;
    }

    private static void startBroker(int port) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(false);
        config.setJournalDirectory(work.resolve("artemis/journal").toString());
        config.setBindingsDirectory(work.resolve("artemis/bindings").toString());
        config.setLargeMessagesDirectory(work.resolve("artemis/large").toString());
        config.setPagingDirectory(work.resolve("artemis/paging").toString());
        config.addAcceptorConfiguration(new TransportConfiguration(NettyAcceptorFactory.class.getName(),
                Map.of("host", "127.0.0.1", "port", port)));
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
    }

    /** Kamailio as the SIP load balancer: dispatcher set 1 holds the two instances, round-robin, record-routing. */
    private static void startKamailio(int port, int[] instancePorts) throws Exception {
        Path list = work.resolve("dispatcher.list");
        StringBuilder targets = new StringBuilder();
        for (int p : instancePorts) {
            targets.append("1 sip:127.0.0.1:").append(p).append('\n');
        }
        Files.writeString(list, targets.toString());
        String template = Files.readString(Path.of("src", "test", "resources", "kamailio", "dispatcher.cfg"));
        Path cfg = work.resolve("kamailio.cfg");
        Files.writeString(cfg, template.replace("@LISTEN@", "udp:127.0.0.1:" + port)
                .replace("@DISPATCHER_LIST@", list.toString()));
        kamailioLog = work.resolve("kamailio.log");
        kamailio = Peer.start(work, List.of("kamailio", "-f", cfg.toString(), "-DD", "-E"), kamailioLog);
        // ready once it holds its SIP port
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            if (!kamailio.isAlive()) {
                throw new IllegalStateException("kamailio exited: " + Files.readString(kamailioLog));
            }
            try (DatagramSocket probe = new DatagramSocket(port, Peer.LOOPBACK)) {
                return false;
            } catch (SocketException e) {
                return true;
            }
        });
    }

    private static String scenario(String name) {
        return Path.of("src", "test", "resources", "sipp", name).toAbsolutePath().toString();
    }

    private static List<Map<String, String>> of(String type) {
        return reported.stream().filter(e -> type.equals(e.get("eventType"))).toList();
    }

    private static String describe() {
        return reported.toString();
    }
}
