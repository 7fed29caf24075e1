package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One REST request to the simulator (call control or client secrets) as received, with the answer. The
 * Authorization header is not kept. Immutable.
 *
 * @param time       when it arrived
 * @param operation  accept, reject, refer, hangup, client_secrets or translations/client_secrets; {@code unknown} for
 *                   anything else under {@code /v1/realtime/}
 * @param callId     the {@code {call_id}} of a call-control path, else null
 * @param body       the parsed JSON body (a copy), or null when there was none or it was not JSON
 * @param rawBody    the body as received
 * @param status     the HTTP status the simulator answered
 * @param response   the response body ({@code ""} for the bodiless 200 of call control)
 */
public record RestRequest(Instant time, String operation, String callId, JsonNode body, String rawBody, int status,
                          String response) {

    public RestRequest {
        body = body == null ? null : body.deepCopy();
    }

    @Override
    public JsonNode body() {
        return body == null ? null : body.deepCopy();
    }
}
