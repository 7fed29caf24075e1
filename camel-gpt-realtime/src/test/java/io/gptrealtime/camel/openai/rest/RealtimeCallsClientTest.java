package io.gptrealtime.camel.openai.rest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the client against a JDK HTTP server on 127.0.0.1 that records each request and answers as told. */
class RealtimeCallsClientTest {

    private static final String KEY = "sk-test-0123456789abcdef";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Recorded(String method, String path, String authorization, String contentType, String body) {
    }

    private HttpServer server;
    private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
    private volatile int status = 200;
    private volatile String responseBody = "";
    private RealtimeCallsClient client;
    private OkHttpClient http;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        http = new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();
        // A trailing slash on the base must not produce "//realtime".
        client = new RealtimeCallsClient(http, "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/", KEY);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        byte[] out = responseBody.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    private Recorded take() throws InterruptedException {
        Recorded r = requests.poll(5, TimeUnit.SECONDS);
        assertNotNull(r, "no request reached the server");
        assertEquals("POST", r.method());
        assertEquals("Bearer " + KEY, r.authorization());
        return r;
    }

    private static void assertJson(String expected, String actual) throws IOException {
        assertEquals(MAPPER.readTree(expected), MAPPER.readTree(actual));
    }

    @Test
    void acceptPostsTheSessionConfiguration() throws Exception {
        String session = "{\"type\":\"realtime\",\"model\":\"gpt-realtime\",\"instructions\":\"You are Alex\"}";
        client.accept("rtc_479a", session);
        Recorded r = take();
        assertEquals("/v1/realtime/calls/rtc_479a/accept", r.path());
        assertTrue(r.contentType().startsWith("application/json"));
        assertJson(session, r.body());
    }

    @Test
    void rejectPostsTheSipStatusOrNothing() throws Exception {
        client.reject("rtc_1", 486);
        Recorded r = take();
        assertEquals("/v1/realtime/calls/rtc_1/reject", r.path());
        assertJson("{\"status_code\":486}", r.body());

        client.reject("rtc_1");
        assertJson("{}", take().body());
        assertThrows(IllegalArgumentException.class, () -> client.reject("rtc_1", 200));
    }

    @Test
    void referPostsTheTarget() throws Exception {
        client.refer("rtc_2", "tel:+14155550123");
        Recorded r = take();
        assertEquals("/v1/realtime/calls/rtc_2/refer", r.path());
        assertJson("{\"target_uri\":\"tel:+14155550123\"}", r.body());
    }

    @Test
    void hangupPostsNoBody() throws Exception {
        client.hangup("rtc_3");
        Recorded r = take();
        assertEquals("/v1/realtime/calls/rtc_3/hangup", r.path());
        assertEquals("", r.body());
    }

    @Test
    void createClientSecretReturnsTheResponse() throws Exception {
        responseBody = "{\"value\":\"ek_68af\",\"expires_at\":1756310470,\"session\":{\"type\":\"realtime\"}}";
        String request = "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":600},"
                + "\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\"}}";
        String response = client.createClientSecret(request);
        Recorded r = take();
        assertEquals("/v1/realtime/client_secrets", r.path());
        assertJson(request, r.body());
        assertJson(responseBody, response);

        client.createTranslationClientSecret("{\"session\":{\"model\":\"gpt-realtime-translate\"}}");
        assertEquals("/v1/realtime/translations/client_secrets", take().path());
    }

    @Test
    void unauthorizedNamesOperationStatusAndMessageButNotTheKey() throws Exception {
        status = 401;
        // A proxy that echoes the key in full must not leak it through our exception.
        responseBody = "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\",\"code\":\"invalid_api_key\"}}";
        RealtimeApiException e = assertThrows(RealtimeApiException.class, () -> client.accept("rtc_4", "{}"));
        assertEquals("accept", e.getOperation());
        assertEquals(401, e.getStatus());
        assertEquals("invalid_api_key", e.getErrorCode());
        assertTrue(e.getMessage().contains("accept"), e.getMessage());
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertTrue(e.getMessage().contains("Incorrect API key provided"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertFalse(e.getErrorMessage().contains(KEY));
        assertFalse(client.toString().contains(KEY));
    }

    @Test
    void notFoundCarriesTheServiceMessage() throws Exception {
        status = 404;
        responseBody = "{\"error\":{\"message\":\"Call rtc_gone not found\",\"type\":\"invalid_request_error\","
                + "\"code\":null}}";
        RealtimeApiException e = assertThrows(RealtimeApiException.class, () -> client.hangup("rtc_gone"));
        assertEquals("hangup", e.getOperation());
        assertEquals(404, e.getStatus());
        assertEquals("Call rtc_gone not found", e.getErrorMessage());
        assertNull(e.getErrorCode());
        assertTrue(e.getMessage().startsWith("hangup failed with HTTP 404: Call rtc_gone not found"), e.getMessage());
    }

    @Test
    void serverErrorWithoutJsonStillReportsTheStatus() {
        status = 500;
        responseBody = "<html>upstream exploded</html>";
        RealtimeApiException e = assertThrows(RealtimeApiException.class, () -> client.refer("rtc_5", "sip:a@b"));
        assertEquals("refer", e.getOperation());
        assertEquals(500, e.getStatus());
        assertNull(e.getErrorMessage());
        assertEquals("refer failed with HTTP 500", e.getMessage());
    }

    @Test
    void badInputIsRefusedBeforeAnyRequest() {
        assertThrows(IllegalArgumentException.class, () -> client.hangup("../../models"));
        assertThrows(IllegalArgumentException.class, () -> client.hangup(null));
        assertThrows(IllegalArgumentException.class, () -> client.accept("rtc_6", "not json"));
        assertThrows(IllegalArgumentException.class, () -> client.accept("rtc_6", "[]"));
        assertThrows(IllegalArgumentException.class, () -> client.refer("rtc_6", " "));
        assertThrows(IllegalArgumentException.class, () -> new RealtimeCallsClient(http, "http://x", ""));
        assertTrue(requests.isEmpty());
    }
}
