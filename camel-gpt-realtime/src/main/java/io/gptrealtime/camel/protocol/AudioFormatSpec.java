package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * An audio format of the session ({@code audio.input.format}, {@code audio.output.format}): 16-bit PCM at 24 kHz, or
 * G.711 μ-law or A-law at 8 kHz. Telephony keeps G.711 end to end, so those are as common as PCM here.
 */
public final class AudioFormatSpec extends JsonExtensible {

    /** 16-bit little-endian mono PCM. */
    public static final String PCM = "audio/pcm";
    /** G.711 μ-law, 8 kHz. */
    public static final String PCMU = "audio/pcmu";
    /** G.711 A-law, 8 kHz. */
    public static final String PCMA = "audio/pcma";
    /** The only PCM rate the service accepts. */
    public static final int PCM_RATE = 24000;
    /** The G.711 sample rate. */
    public static final int G711_RATE = 8000;

    @JsonProperty("type")
    private String type;

    @JsonProperty("rate")
    private Integer rate;

    public AudioFormatSpec() {
    }

    /** {@code {"type":"audio/pcm","rate":24000}}. */
    public static AudioFormatSpec pcm24k() {
        return new AudioFormatSpec().setType(PCM).setRate(PCM_RATE);
    }

    /** {@code {"type":"audio/pcmu"}}. */
    public static AudioFormatSpec pcmu() {
        return new AudioFormatSpec().setType(PCMU);
    }

    /** {@code {"type":"audio/pcma"}}. */
    public static AudioFormatSpec pcma() {
        return new AudioFormatSpec().setType(PCMA);
    }

    /** True for μ-law and A-law. */
    public boolean isG711() {
        return PCMU.equals(type) || PCMA.equals(type);
    }

    /** Samples per second: 8000 for G.711, otherwise the rate (24000 when absent, the service default). */
    public int sampleRate() {
        if (isG711()) {
            return G711_RATE;
        }
        return rate != null ? rate : PCM_RATE;
    }

    /** One of {@link #PCM}, {@link #PCMU}, {@link #PCMA}. */
    public String getType() {
        return type;
    }

    public AudioFormatSpec setType(String type) {
        this.type = type;
        return this;
    }

    /** Sample rate of {@link #PCM}; the service accepts only 24000. */
    public Integer getRate() {
        return rate;
    }

    public AudioFormatSpec setRate(Integer rate) {
        this.rate = rate;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
        d.add("rate", rate);
    }
}
