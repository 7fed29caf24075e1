package io.gptrealtime.camel.protocol.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Tristate}: an explicit null as JSON {@code null}, anything else as its value. An absent field is a
 * Java null and never reaches this serializer (the model omits nulls).
 */
public final class TristateSerializer extends StdSerializer<Tristate<?>> {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public TristateSerializer() {
        super((Class) Tristate.class);
    }

    @Override
    public void serialize(Tristate<?> field, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (field.isNull()) {
            gen.writeNull();
        } else {
            provider.defaultSerializeValue(field.get(), gen);
        }
    }

    /** An explicit null is meaningful, so it must survive NON_EMPTY and NON_DEFAULT inclusion too. */
    @Override
    public boolean isEmpty(SerializerProvider provider, Tristate<?> value) {
        return false;
    }
}
