package io.gptrealtime.camel.openai.sip;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The places a call may be transferred to, by name, from the transferTargets option
 * ({@code sales=sip:sales@example.com,support=tel:+15550100}). The transfer tool offers the model the names only: it
 * can never make up a number to call.
 */
public final class TransferTargets {

    private final Map<String, String> byName;

    private TransferTargets(Map<String, String> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Parses the option; null or blank gives no targets. */
    public static TransferTargets parse(String option) {
        Map<String, String> map = new LinkedHashMap<>();
        if (option != null) {
            for (String entry : option.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                if (eq <= 0 || eq == entry.length() - 1) {
                    throw new IllegalArgumentException("transferTargets entries are name=uri, not '" + entry.trim()
                                                       + "'");
                }
                String name = entry.substring(0, eq).trim();
                if (!name.matches("[A-Za-z0-9_.-]+")) {
                    throw new IllegalArgumentException("transferTargets name '" + name + "' may only use letters,"
                                                       + " digits, _ . and -");
                }
                if (map.put(name, requireUri(entry.substring(eq + 1).trim())) != null) {
                    throw new IllegalArgumentException("transferTargets names " + name + " twice");
                }
            }
        }
        return new TransferTargets(map);
    }

    /** A Refer-To URI must be tel:, sip: or sips:. */
    public static String requireUri(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("tel:") && !lower.startsWith("sip:") && !lower.startsWith("sips:")) {
            throw new IllegalArgumentException("A transfer target must be a tel:, sip: or sips: URI, was '" + uri + "'");
        }
        return uri;
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /** The URI of a name, or null. */
    public String uri(String name) {
        return byName.get(name);
    }

    public Map<String, String> asMap() {
        return byName;
    }
}
