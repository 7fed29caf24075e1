package io.gptrealtime.camel.protocol.json;

import java.io.IOException;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Base64Audio} as a JSON string. Raw bytes are encoded by the generator straight into its output
 * buffer (standard alphabet, padded, no line feeds), so sending audio never builds an intermediate base64 string.
 */
public final class Base64AudioSerializer extends StdSerializer<Base64Audio> {

    private static final long serialVersionUID = 1L;

    public Base64AudioSerializer() {
        super(Base64Audio.class);
    }

    @Override
    public void serialize(Base64Audio audio, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (audio.hasBytes()) {
            gen.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, audio.source(), audio.offset(), audio.length());
        } else {
            gen.writeString(audio.base64());
        }
    }
}
