package io.gptrealtime.camel.protocol.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;

/**
 * Reads a {@link Tristate}: JSON {@code null} becomes {@link Tristate#ofNull()}, a value becomes
 * {@link Tristate#of(Object)} of the declared type argument; an absent field leaves the Java field null.
 */
public final class TristateDeserializer extends StdDeserializer<Tristate<?>> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final JavaType valueType;

    public TristateDeserializer() {
        this(null);
    }

    private TristateDeserializer(JavaType valueType) {
        super(Tristate.class);
        this.valueType = valueType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JavaType type = ctxt.getContextualType();
        if (type == null && property != null) {
            type = property.getType();
        }
        JavaType contained = type == null ? null : type.containedType(0);
        return new TristateDeserializer(contained != null ? contained : ctxt.constructType(Object.class));
    }

    @Override
    public Tristate<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JavaType type = valueType != null ? valueType : ctxt.constructType(Object.class);
        Object value = ctxt.readValue(p, type);
        return Tristate.ofNullable(value);
    }

    /** Jackson asks the deserializer what a JSON null becomes: the explicit-null state, not a Java null. */
    @Override
    public Tristate<?> getNullValue(DeserializationContext ctxt) {
        return Tristate.ofNull();
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return AccessPattern.CONSTANT;
    }
}
