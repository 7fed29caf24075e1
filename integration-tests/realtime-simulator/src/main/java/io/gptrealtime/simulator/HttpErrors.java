package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** OpenAI REST-style error bodies: {@code {"error":{"message","type","param","code"}}}. */
final class HttpErrors {

    private HttpErrors() {
    }

    static String body(String message, String type, String code) {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.putNull("param");
        if (code == null) {
            error.putNull("code");
        } else {
            error.put("code", code);
        }
        return Json.write(root);
    }

    /** What the API answers for a wrong or missing key; the key is masked like the service masks it. */
    static String invalidApiKey(String presentedKey) {
        String message;
        if (presentedKey == null || presentedKey.isEmpty()) {
            message = "You didn't provide an API key. You need to provide your API key in an Authorization header "
                    + "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";
        } else {
            message = "Incorrect API key provided: " + mask(presentedKey) + ". You can find your API key at "
                    + "https://platform.openai.com/account/api-keys.";
        }
        return body(message, "invalid_request_error", "invalid_api_key");
    }

    static String mask(String key) {
        if (key.length() <= 8) {
            return "*".repeat(key.length());
        }
        return key.substring(0, 3) + "*".repeat(Math.min(key.length() - 7, 20)) + key.substring(key.length() - 4);
    }
}
