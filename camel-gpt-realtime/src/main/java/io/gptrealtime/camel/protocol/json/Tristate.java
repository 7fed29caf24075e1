package io.gptrealtime.camel.protocol.json;

import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A field value that distinguishes "set to null" from "not set". The Realtime API gives the two different meanings:
 * in {@code session.update} an absent {@code turn_detection} keeps the current setting while {@code null} turns VAD
 * off, and on the server side {@code previous_item_id: null} means "first in the conversation" while an absent one
 * says nothing about the position.
 * <p>
 * A field of this type that is Java {@code null} is absent (omitted on write), {@link #ofNull()} is written as JSON
 * {@code null}, and {@link #of(Object)} is written as the value. Reading maps the three cases back the same way.
 * Instances are immutable.
 *
 * @param <T> the type of the value
 */
@JsonSerialize(using = TristateSerializer.class)
@JsonDeserialize(using = TristateDeserializer.class)
public final class Tristate<T> {

    private static final Tristate<?> NULL = new Tristate<>(null);

    private final T value;

    private Tristate(T value) {
        this.value = value;
    }

    /** A present, non-null value. */
    public static <T> Tristate<T> of(T value) {
        return new Tristate<>(Objects.requireNonNull(value, "value (use ofNull() for an explicit null)"));
    }

    /** An explicit JSON null. */
    @SuppressWarnings("unchecked")
    public static <T> Tristate<T> ofNull() {
        return (Tristate<T>) NULL;
    }

    /** The value, or an explicit null when {@code value} is null. */
    public static <T> Tristate<T> ofNullable(T value) {
        return value == null ? ofNull() : of(value);
    }

    /** The value of a possibly absent field: null when absent or explicitly null. */
    public static <T> T valueOf(Tristate<T> field) {
        return field == null ? null : field.value;
    }

    /** True when the field is present and explicitly null. */
    public static boolean isExplicitNull(Tristate<?> field) {
        return field != null && field.value == null;
    }

    /** True for an explicit JSON null. */
    public boolean isNull() {
        return value == null;
    }

    /** The value, or null for an explicit JSON null. */
    public T get() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tristate<?> other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value == null ? "null" : value.toString();
    }
}
