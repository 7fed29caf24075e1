package io.gptrealtime.camel.bench;

import java.util.concurrent.CountDownLatch;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Our Twilio Media Streams bridge as its own process, for {@link TwilioPeerBenchmark} (so its CPU and memory can be
 * read from /proc like the peer's): a Camel context with one gpt-realtime consumer whose Twilio listener bridges
 * every stream to a session. Arguments: twilioPort baseUrl apiKey [model]. Prints {@code READY <port>} when it
 * listens; stops on SIGTERM.
 */
public final class TwilioGatewayMain {

    private TwilioGatewayMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String baseUrl = args[1];
        String apiKey = args[2];
        String model = args.length > 3 ? args[3] : "gpt-realtime";
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("gpt-realtime:bench?twilio=true&twilioPort=" + port + "&baseUrl=" + baseUrl + "&apiKey="
                     + apiKey + "&model=" + model)
                        .routeId("twilio-bench")
                        .process(e -> {
                            // the events of the calls reach the route; the benchmark measures the bridge only
                        });
            }
        });
        camel.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            camel.stop();
            stopped.countDown();
        }, "twilio-bench-stop"));
        System.out.println("READY " + port);
        System.out.flush();
        stopped.await();
    }
}
