package io.gptrealtime.camel.usage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Money arithmetic. Costs are exact {@link BigDecimal}s in USD (a token costs a price per 1M tokens moved six places
 * left, which is exact in decimal); rounding happens only where a value is shown or divided.
 */
public final class CostCalculator {

    private CostCalculator() {
    }

    /**
     * The cost of some tokens (docs realtime-api-guide.md §9.1): cached tokens are a subset of the input, so each
     * modality bills its cached part at the cached price and the rest at the input price; output at output prices.
     */
    public static BigDecimal cost(TokenUsage u, ModelPrices p) {
        BigDecimal perMillion = p.textInput().multiply(BigDecimal.valueOf(u.inputText() - u.cachedText()))
                .add(p.textCached().multiply(BigDecimal.valueOf(u.cachedText())))
                .add(p.audioInput().multiply(BigDecimal.valueOf(u.inputAudio() - u.cachedAudio())))
                .add(p.audioCached().multiply(BigDecimal.valueOf(u.cachedAudio())))
                .add(p.imageInput().multiply(BigDecimal.valueOf(u.inputImage() - u.cachedImage())))
                .add(p.imageCached().multiply(BigDecimal.valueOf(u.cachedImage())))
                .add(p.textOutput().multiply(BigDecimal.valueOf(u.outputText())))
                .add(p.audioOutput().multiply(BigDecimal.valueOf(u.outputAudio())));
        return perMillion.movePointLeft(6);
    }

    /** USD per minute over a duration, to 6 decimals; null for an unknown cost or a zero duration. */
    public static BigDecimal perMinute(BigDecimal cost, long durationMillis) {
        if (cost == null || durationMillis <= 0) {
            return null;
        }
        return cost.multiply(BigDecimal.valueOf(60_000))
                .divide(BigDecimal.valueOf(durationMillis), new MathContext(20))
                .setScale(6, RoundingMode.HALF_UP);
    }

    /** A cost as a plain string without trailing zeros (0.0500736, not 0.05007360), for JSON and text. */
    public static String plain(BigDecimal cost) {
        return cost == null ? null : cost.signum() == 0 ? "0" : cost.stripTrailingZeros().toPlainString();
    }

    /** A cost rounded to cents, for display. */
    public static BigDecimal toCents(BigDecimal cost) {
        return cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP);
    }
}
