package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the protocol model, shared by every codec (an ObjectMapper is thread-safe once
 * configured, and building one is expensive). Do not reconfigure the returned mapper.
 * <ul>
 * <li>Unknown properties are never an error (the model keeps them anyway), trailing content after the event object
 * is.</li>
 * <li>Nulls are omitted on write; explicit nulls are modelled with {@code Tristate}.</li>
 * <li>The string length limit is raised to {@value #MAX_STRING_CHARS} characters: an
 * {@code input_audio_buffer.append} may carry 15 MiB of audio, which is 20 Mi characters of base64, right at
 * Jackson's default limit.</li>
 * </ul>
 */
public final class RealtimeJson {

    /** 64 Mi characters of base64 carry 48 MiB of audio, well above the 15 MiB limit of one append. */
    public static final int MAX_STRING_CHARS = 64 * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
            .build();

    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.USE_DEFAULTS))
            .build();

    private RealtimeJson() {
    }

    /** The shared mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The mapper's factory, for streaming reads and writes. */
    public static JsonFactory factory() {
        return FACTORY;
    }
}
