package io.gptrealtime.camel.usage;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices per model, in USD per 1M tokens — or, for the models billed by duration (translation, transcription), in USD
 * per audio minute. The defaults are OpenAI's published list prices; overrides come as properties
 * {@code <model>.<text|audio|image>.<input|cached|output>=<USD per 1M tokens>} and
 * {@code <model>.audio.minute=<USD per audio minute>} (a file and/or the {@code prices} option), so a price change or
 * a negotiated rate needs no new release. Immutable.
 */
public final class PriceTable {

    /** A dated snapshot name (gpt-realtime-2025-08-28) is priced as its model (gpt-realtime). */
    private static final Pattern SNAPSHOT = Pattern.compile("^(.+)-\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern KEY = Pattern.compile("^(.+)\\.(text|audio|image)\\.(input|cached|output)$");
    private static final Pattern MINUTE_KEY = Pattern.compile("^(.+)\\.audio\\.minute$");

    private static final PriceTable DEFAULTS = createDefaults();

    private final Map<String, ModelPrices> models;
    /** USD per audio minute of the models billed by duration. */
    private final Map<String, BigDecimal> perMinute;

    private PriceTable(Map<String, ModelPrices> models, Map<String, BigDecimal> perMinute) {
        this.models = Collections.unmodifiableMap(new TreeMap<>(models));
        this.perMinute = Collections.unmodifiableMap(new TreeMap<>(perMinute));
    }

    /**
     * The list prices of docs realtime-api-guide.md §9.2 "Published prices (USD per 1M tokens)", from OpenAI's model
     * pages: text in / cached / out, audio in / cached / out, image in / cached.
     */
    public static PriceTable defaults() {
        return DEFAULTS;
    }

    private static PriceTable createDefaults() {
        Map<String, ModelPrices> m = new LinkedHashMap<>();
        // §9.2: gpt-realtime (-2025-08-28) and gpt-realtime-1.5 share one row
        ModelPrices realtime = prices("4.00", "0.40", "16.00", "32.00", "0.40", "64.00", "5.00", "0.50");
        m.put("gpt-realtime", realtime);
        m.put("gpt-realtime-1.5", realtime);
        // §9.2: gpt-realtime-mini; the guide marks its audio and image numbers "verify" (they equal 2.1-mini's)
        m.put("gpt-realtime-mini", prices("0.60", "0.06", "2.40", "10.00", "0.30", "20.00", "0.80", "0.08"));
        // §9.2: text output is 24.00 for the 2.x models (16.00 is gpt-realtime's)
        m.put("gpt-realtime-2", prices("4.00", "0.40", "24.00", "32.00", "0.40", "64.00", "5.00", "0.50"));
        m.put("gpt-realtime-2.1", prices("4.00", "0.40", "24.00", "32.00", "0.40", "64.00", "5.00", "0.50"));
        m.put("gpt-realtime-2.1-mini", prices("0.60", "0.06", "2.40", "10.00", "0.30", "20.00", "0.80", "0.08"));
        // §9.2: billed per audio minute, not per token
        Map<String, BigDecimal> minute = new LinkedHashMap<>();
        minute.put("gpt-realtime-translate", new BigDecimal("0.034"));
        minute.put("gpt-realtime-whisper", new BigDecimal("0.017"));
        minute.put("gpt-live-transcribe", new BigDecimal("0.017"));
        return new PriceTable(m, minute);
    }

    private static ModelPrices prices(String textIn, String textCached, String textOut, String audioIn,
                                      String audioCached, String audioOut, String imageIn, String imageCached) {
        return ModelPrices.builder()
                .textInput(new BigDecimal(textIn)).textCached(new BigDecimal(textCached))
                .textOutput(new BigDecimal(textOut))
                .audioInput(new BigDecimal(audioIn)).audioCached(new BigDecimal(audioCached))
                .audioOutput(new BigDecimal(audioOut))
                .imageInput(new BigDecimal(imageIn)).imageCached(new BigDecimal(imageCached))
                .build();
    }

    /**
     * The prices of a model, or null when the table does not know it (its cost is then unknown, never zero). A dated
     * snapshot falls back to its model's prices unless the table has the snapshot itself.
     */
    public ModelPrices lookup(String model) {
        if (model == null) {
            return null;
        }
        ModelPrices p = models.get(model);
        if (p != null) {
            return p;
        }
        Matcher m = SNAPSHOT.matcher(model);
        return m.matches() ? models.get(m.group(1)) : null;
    }

    /**
     * USD per audio minute of a model billed by duration, or null (a token-priced or unknown model). A dated snapshot
     * falls back to its model's price.
     */
    public BigDecimal lookupPerMinute(String model) {
        if (model == null) {
            return null;
        }
        BigDecimal p = perMinute.get(model);
        if (p != null) {
            return p;
        }
        Matcher m = SNAPSHOT.matcher(model);
        return m.matches() ? perMinute.get(m.group(1)) : null;
    }

    /** The models billed per audio minute and their prices, sorted by name. */
    public Map<String, BigDecimal> perMinuteModels() {
        return perMinute;
    }

    /** The models and their prices, sorted by name. */
    public Map<String, ModelPrices> models() {
        return models;
    }

    /**
     * This table with overrides applied. A known model may override single prices; a new model must give all eight.
     *
     * @throws IllegalArgumentException for a malformed key or price, or a new model with missing prices
     */
    public PriceTable withOverrides(Properties overrides) {
        Map<String, ModelPrices.Builder> builders = new TreeMap<>();
        Map<String, BigDecimal> minute = new LinkedHashMap<>(perMinute);
        for (String key : overrides.stringPropertyNames()) {
            String trimmed = key.trim();
            Matcher perMinuteKey = MINUTE_KEY.matcher(trimmed);
            if (perMinuteKey.matches()) {
                minute.put(perMinuteKey.group(1), parsePrice(key, overrides.getProperty(key)));
                continue;
            }
            Matcher m = KEY.matcher(trimmed);
            if (!m.matches()) {
                throw new IllegalArgumentException("Invalid price key '" + key
                                                   + "': expected <model>.<text|audio|image>.<input|cached|output>"
                                                   + " or <model>.audio.minute");
            }
            String model = m.group(1);
            String kind = m.group(2) + "." + m.group(3);
            if ("image.output".equals(kind)) {
                throw new IllegalArgumentException("Invalid price key '" + key + "': models do not output images");
            }
            BigDecimal price = parsePrice(key, overrides.getProperty(key));
            builders.computeIfAbsent(model, n -> models.containsKey(n) ? models.get(n).toBuilder()
                    : ModelPrices.builder()).set(kind, price);
        }
        Map<String, ModelPrices> merged = new LinkedHashMap<>(models);
        builders.forEach((model, b) -> {
            try {
                merged.put(model, b.build());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The prices of the new model " + model + " are incomplete: "
                                                   + e.getMessage(), e);
            }
        });
        return new PriceTable(merged, minute);
    }

    /**
     * Parses the inline form {@code model.kind.io=price} separated by {@code ;}, {@code ,} or line breaks.
     */
    public static Properties parseInline(String inline) {
        Properties p = new Properties();
        if (inline == null) {
            return p;
        }
        for (String entry : inline.split("[;,\\n\\r]+")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Invalid price entry '" + e + "': expected <model>.<kind>.<io>=<price>");
            }
            p.setProperty(e.substring(0, eq).trim(), e.substring(eq + 1).trim());
        }
        return p;
    }

    private static BigDecimal parsePrice(String key, String value) {
        try {
            BigDecimal price = new BigDecimal(value.trim());
            if (price.signum() < 0) {
                throw new IllegalArgumentException("The price " + key + " is negative: " + value);
            }
            return price;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The price " + key + " is not a number: '" + value + "'", e);
        }
    }

    @Override
    public String toString() {
        return "PriceTable" + models.keySet();
    }
}
