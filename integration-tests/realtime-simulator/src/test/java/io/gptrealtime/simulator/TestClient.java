package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real OkHttp WebSocket client for the tests: queues every server message, records close and failure. */
final class TestClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .readTimeout(Duration.ofSeconds(30))
            .build();

    /** Close code and reason as seen by onClosing. */
    static final class CloseInfo {
        final int code;
        final String reason;

        CloseInfo(int code, String reason) {
            this.code = code;
            this.reason = reason;
        }
    }

    final LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    final List<JsonNode> consumed = new ArrayList<>();
    final CompletableFuture<Response> opened = new CompletableFuture<>();
    final CompletableFuture<CloseInfo> closing = new CompletableFuture<>();
    final CompletableFuture<Throwable> failure = new CompletableFuture<>();
    final CompletableFuture<Response> failureResponse = new CompletableFuture<>();
    /** Body of the HTTP response that refused the upgrade (read in onFailure, before OkHttp closes it). */
    final CompletableFuture<String> failureBody = new CompletableFuture<>();
    private final WebSocket webSocket;

    private TestClient(Request request) {
        this.webSocket = HTTP.newWebSocket(request, new WebSocketListener() {
            @Override
            public void onOpen(WebSocket ws, Response response) {
                opened.complete(response);
            }

            @Override
            public void onMessage(WebSocket ws, String text) {
                inbox.add(text);
            }

            @Override
            public void onClosing(WebSocket ws, int code, String reason) {
                closing.complete(new CloseInfo(code, reason));
                ws.close(code == 1005 ? 1000 : code, null);
            }

            @Override
            public void onFailure(WebSocket ws, Throwable t, Response response) {
                String body = null;
                if (response != null && response.body() != null) {
                    try {
                        body = response.body().string();
                    } catch (java.io.IOException | IllegalStateException e) {
                        body = null;
                    }
                }
                failureBody.complete(body);
                failureResponse.complete(response);
                failure.complete(t);
            }
        });
    }

    static TestClient connect(String url, String apiKey) {
        Request.Builder request = new Request.Builder().url(url);
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return new TestClient(request.build());
    }

    static TestClient connect(Request request) {
        return new TestClient(request);
    }

    /** Connects with the test key and waits for session.created. */
    static TestClient open(RealtimeSimulator sim) {
        TestClient client = connect(sim.wsUrl("gpt-realtime-2"), "sk-test");
        client.await("session.created");
        return client;
    }

    void send(String json) {
        if (!webSocket.send(json)) {
            throw new AssertionError("send refused (socket closing): " + json);
        }
    }

    void send(ObjectNode event) {
        send(Json.write(event));
    }

    /** Next message, or AssertionError after the timeout. */
    JsonNode next() {
        try {
            String text = inbox.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (text == null) {
                throw new AssertionError("no server message within " + TIMEOUT + "; consumed so far: "
                        + types(consumed));
            }
            JsonNode node = Json.parse(text);
            consumed.add(node);
            return node;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("server sent invalid JSON", e);
        }
    }

    /** Skips messages until one of this type arrives (skipped ones stay in {@link #consumed}). */
    JsonNode await(String type) {
        while (true) {
            JsonNode node = next();
            if (type.equals(node.path("type").asText())) {
                return node;
            }
        }
    }

    /** All messages up to and including the first of {@code type}. */
    List<JsonNode> until(String type) {
        List<JsonNode> out = new ArrayList<>();
        while (true) {
            JsonNode node = next();
            out.add(node);
            if (type.equals(node.path("type").asText())) {
                return out;
            }
        }
    }

    /** Raw next text (for injected non-JSON frames). */
    String nextRaw() throws InterruptedException {
        String text = inbox.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (text == null) {
            throw new AssertionError("no server message within " + TIMEOUT);
        }
        return text;
    }

    /** Asserts nothing arrives for {@code quiet}. */
    void assertQuiet(Duration quiet) throws InterruptedException {
        String text = inbox.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        if (text != null) {
            throw new AssertionError("unexpected server message: " + text);
        }
    }

    CloseInfo awaitClosing() {
        try {
            return closing.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("no close frame within " + TIMEOUT + " (failure: " + failure.getNow(null) + ")",
                    e);
        }
    }

    Throwable awaitFailure() {
        try {
            return failure.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("socket did not fail within " + TIMEOUT, e);
        }
    }

    static List<String> types(List<JsonNode> events) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            out.add(e.path("type").asText());
        }
        return out;
    }

    @Override
    public void close() {
        webSocket.close(1000, null);
    }
}
