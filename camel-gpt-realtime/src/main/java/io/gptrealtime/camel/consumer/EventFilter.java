package io.gptrealtime.camel.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which event types a consumer receives: exact types, prefixes ({@code response.*}) or everything ({@code *}).
 * Immutable and cheap to test: one set lookup, then the (usually empty) prefix list.
 */
public final class EventFilter {

    private final boolean all;
    private final Set<String> exact;
    private final List<String> prefixes;

    private EventFilter(boolean all, Set<String> exact, List<String> prefixes) {
        this.all = all;
        this.exact = exact;
        this.prefixes = prefixes;
    }

    /** Parses a comma-separated list; blank means everything. */
    public static EventFilter parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return new EventFilter(true, Set.of(), List.of());
        }
        Set<String> exact = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("*")) {
                return new EventFilter(true, Set.of(), List.of());
            }
            if (p.endsWith("*")) {
                prefixes.add(p.substring(0, p.length() - 1));
            } else {
                exact.add(p);
            }
        }
        return new EventFilter(false, Set.copyOf(exact), List.copyOf(prefixes));
    }

    public boolean accepts(String type) {
        if (all || exact.contains(type)) {
            return true;
        }
        for (String p : prefixes) {
            if (type.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
