package io.gptrealtime.camel.usage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The list prices of one model in USD per 1M tokens, by modality: text, audio and image input, their cached rates
 * (cached tokens are the part of the input the service read from its prompt cache) and text and audio output.
 * Immutable.
 */
public final class ModelPrices {

    private final BigDecimal textInput;
    private final BigDecimal textCached;
    private final BigDecimal textOutput;
    private final BigDecimal audioInput;
    private final BigDecimal audioCached;
    private final BigDecimal audioOutput;
    private final BigDecimal imageInput;
    private final BigDecimal imageCached;

    private ModelPrices(Builder b) {
        this.textInput = required(b.textInput, "text.input");
        this.textCached = required(b.textCached, "text.cached");
        this.textOutput = required(b.textOutput, "text.output");
        this.audioInput = required(b.audioInput, "audio.input");
        this.audioCached = required(b.audioCached, "audio.cached");
        this.audioOutput = required(b.audioOutput, "audio.output");
        this.imageInput = required(b.imageInput, "image.input");
        this.imageCached = required(b.imageCached, "image.cached");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these prices, to override some of them. */
    public Builder toBuilder() {
        return new Builder().textInput(textInput).textCached(textCached).textOutput(textOutput)
                .audioInput(audioInput).audioCached(audioCached).audioOutput(audioOutput)
                .imageInput(imageInput).imageCached(imageCached);
    }

    public BigDecimal textInput() {
        return textInput;
    }

    public BigDecimal textCached() {
        return textCached;
    }

    public BigDecimal textOutput() {
        return textOutput;
    }

    public BigDecimal audioInput() {
        return audioInput;
    }

    public BigDecimal audioCached() {
        return audioCached;
    }

    public BigDecimal audioOutput() {
        return audioOutput;
    }

    public BigDecimal imageInput() {
        return imageInput;
    }

    public BigDecimal imageCached() {
        return imageCached;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelPrices p && textInput.compareTo(p.textInput) == 0
               && textCached.compareTo(p.textCached) == 0 && textOutput.compareTo(p.textOutput) == 0
               && audioInput.compareTo(p.audioInput) == 0 && audioCached.compareTo(p.audioCached) == 0
               && audioOutput.compareTo(p.audioOutput) == 0 && imageInput.compareTo(p.imageInput) == 0
               && imageCached.compareTo(p.imageCached) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(textInput.stripTrailingZeros(), textOutput.stripTrailingZeros(),
                audioInput.stripTrailingZeros(), audioOutput.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "text " + textInput.toPlainString() + "/" + textCached.toPlainString() + "/"
               + textOutput.toPlainString() + ", audio " + audioInput.toPlainString() + "/"
               + audioCached.toPlainString() + "/" + audioOutput.toPlainString() + ", image "
               + imageInput.toPlainString() + "/" + imageCached.toPlainString() + " USD per 1M tokens";
    }

    private static BigDecimal required(BigDecimal price, String what) {
        if (price == null) {
            throw new IllegalArgumentException("The price " + what + " is missing");
        }
        if (price.signum() < 0) {
            throw new IllegalArgumentException("The price " + what + " is negative: " + price.toPlainString());
        }
        return price;
    }

    public static final class Builder {
        private BigDecimal textInput;
        private BigDecimal textCached;
        private BigDecimal textOutput;
        private BigDecimal audioInput;
        private BigDecimal audioCached;
        private BigDecimal audioOutput;
        private BigDecimal imageInput;
        private BigDecimal imageCached;

        private Builder() {
        }

        /** Sets one price by its key: text.input, text.cached, text.output, audio.*, image.input, image.cached. */
        public Builder set(String key, BigDecimal price) {
            switch (key) {
                case "text.input" -> textInput = price;
                case "text.cached" -> textCached = price;
                case "text.output" -> textOutput = price;
                case "audio.input" -> audioInput = price;
                case "audio.cached" -> audioCached = price;
                case "audio.output" -> audioOutput = price;
                case "image.input" -> imageInput = price;
                case "image.cached" -> imageCached = price;
                default -> throw new IllegalArgumentException("Unknown price '" + key
                                                              + "': use text.input, text.cached, text.output,"
                                                              + " audio.input, audio.cached, audio.output,"
                                                              + " image.input or image.cached");
            }
            return this;
        }

        public Builder textInput(BigDecimal p) {
            textInput = p;
            return this;
        }

        public Builder textCached(BigDecimal p) {
            textCached = p;
            return this;
        }

        public Builder textOutput(BigDecimal p) {
            textOutput = p;
            return this;
        }

        public Builder audioInput(BigDecimal p) {
            audioInput = p;
            return this;
        }

        public Builder audioCached(BigDecimal p) {
            audioCached = p;
            return this;
        }

        public Builder audioOutput(BigDecimal p) {
            audioOutput = p;
            return this;
        }

        public Builder imageInput(BigDecimal p) {
            imageInput = p;
            return this;
        }

        public Builder imageCached(BigDecimal p) {
            imageCached = p;
            return this;
        }

        public ModelPrices build() {
            return new ModelPrices(this);
        }
    }
}
