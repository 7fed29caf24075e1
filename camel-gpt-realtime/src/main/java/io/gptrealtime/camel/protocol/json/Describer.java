package io.gptrealtime.camel.protocol.json;

import java.util.Collection;

/**
 * Builds the short {@code toString()} of protocol objects: {@code name{key=value, ...}}, skipping nulls, cutting long
 * text, and printing binary or base64 payloads as their size only, because logs of audio sessions would otherwise
 * fill up with base64.
 */
public final class Describer {

    /** Longer text values are cut; transcripts and instructions can be kilobytes long. */
    static final int MAX_TEXT = 60;

    private final StringBuilder sb = new StringBuilder(64);
    private boolean first = true;

    public Describer(String name) {
        sb.append(name).append('{');
    }

    /** Appends {@code key=value} unless the value is null; strings are quoted and cut. */
    public Describer add(String key, Object value) {
        if (value == null) {
            return this;
        }
        separator();
        sb.append(key).append('=');
        if (value instanceof CharSequence text) {
            appendText(text);
        } else {
            sb.append(value);
        }
        return this;
    }

    /** Appends the size of a binary payload, never its content. */
    public Describer addBytes(String key, byte[] value) {
        if (value != null) {
            separator();
            sb.append(key).append('=').append(value.length).append(" bytes");
        }
        return this;
    }

    /** Appends the decoded size of a base64 payload, never its content. */
    public Describer addBase64(String key, String base64) {
        if (base64 != null) {
            separator();
            sb.append(key).append("=~").append(Base64Audio.decodedLength(base64)).append(" bytes");
        }
        return this;
    }

    /** Appends the size of a collection rather than its elements. */
    public Describer addCount(String key, Collection<?> values) {
        if (values != null) {
            separator();
            sb.append(key).append("=[").append(values.size()).append(']');
        }
        return this;
    }

    /** Lists the names of unmapped fields, so logs show that something new arrived. */
    public Describer unknownFields(Collection<String> names) {
        if (names != null && !names.isEmpty()) {
            separator();
            sb.append("unknown=").append(names);
        }
        return this;
    }

    private void appendText(CharSequence text) {
        sb.append('"');
        if (text.length() <= MAX_TEXT) {
            sb.append(text);
            sb.append('"');
        } else {
            sb.append(text, 0, MAX_TEXT).append("\"…(").append(text.length()).append(" chars)");
        }
    }

    private void separator() {
        if (!first) {
            sb.append(", ");
        }
        first = false;
    }

    @Override
    public String toString() {
        return sb + "}";
    }
}
