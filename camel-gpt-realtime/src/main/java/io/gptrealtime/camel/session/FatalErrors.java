package io.gptrealtime.camel.session;

import java.util.Set;

/** Service error codes after which retrying the same request cannot succeed. */
public final class FatalErrors {

    private static final Set<String> FATAL = Set.of(
            "invalid_api_key", "insufficient_quota", "model_not_found", "missing_model", "beta_api_shape_disabled",
            "account_deactivated", "organization_deactivated", "permission_denied", "unsupported_country_region_territory");

    private FatalErrors() {
    }

    /** Whether an error code means the session can never work with this configuration (no retry). */
    public static boolean isFatal(String code) {
        return code != null && FATAL.contains(code);
    }
}
