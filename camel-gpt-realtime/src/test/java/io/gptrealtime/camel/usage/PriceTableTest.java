package io.gptrealtime.camel.usage;

import java.math.BigDecimal;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceTableTest {

    @Test
    void defaultsAreTheListPricesOfTheGuide() {
        PriceTable t = PriceTable.defaults();
        assertEquals(6, t.models().size(), t.models().keySet().toString());
        // §9.2 rows, text in/cached/out, audio in/cached/out, image in/cached
        assertPrices(t.lookup("gpt-realtime"), "4.00", "0.40", "16.00", "32.00", "0.40", "64.00", "5.00", "0.50");
        assertPrices(t.lookup("gpt-realtime-1.5"), "4.00", "0.40", "16.00", "32.00", "0.40", "64.00", "5.00", "0.50");
        assertPrices(t.lookup("gpt-realtime-mini"), "0.60", "0.06", "2.40", "10.00", "0.30", "20.00", "0.80", "0.08");
        assertPrices(t.lookup("gpt-realtime-2"), "4.00", "0.40", "24.00", "32.00", "0.40", "64.00", "5.00", "0.50");
        assertPrices(t.lookup("gpt-realtime-2.1"), "4.00", "0.40", "24.00", "32.00", "0.40", "64.00", "5.00", "0.50");
        assertPrices(t.lookup("gpt-realtime-2.1-mini"), "0.60", "0.06", "2.40", "10.00", "0.30", "20.00", "0.80",
                "0.08");
    }

    @Test
    void datedSnapshotsArePricedAsTheirModelAndUnknownModelsHaveNoPrice() {
        PriceTable t = PriceTable.defaults();
        assertEquals(t.lookup("gpt-realtime"), t.lookup("gpt-realtime-2025-08-28"));
        assertEquals(t.lookup("gpt-realtime-mini"), t.lookup("gpt-realtime-mini-2025-12-15"));
        assertNull(t.lookup("gpt-4o-realtime-preview"));
        assertNull(t.lookup(null));
    }

    @Test
    void overridesChangeSinglePricesOfKnownModelsAndAddCompleteNewModels() {
        PriceTable t = PriceTable.defaults().withOverrides(PriceTable.parseInline(
                "gpt-realtime-2.1-mini.text.output=2.00; my-model.text.input=1, my-model.text.cached=0.1;"
                + "my-model.text.output=2;my-model.audio.input=3;my-model.audio.cached=0.3;my-model.audio.output=6;"
                + "my-model.image.input=1;my-model.image.cached=0.1"));
        assertEquals(0, new BigDecimal("2.00").compareTo(t.lookup("gpt-realtime-2.1-mini").textOutput()));
        assertEquals(0, new BigDecimal("0.60").compareTo(t.lookup("gpt-realtime-2.1-mini").textInput()),
                "the other prices of the model stay");
        assertEquals(0, new BigDecimal("6").compareTo(t.lookup("my-model").audioOutput()));
        assertEquals(PriceTable.defaults().lookup("gpt-realtime-2"), t.lookup("gpt-realtime-2"));
    }

    @Test
    void translationAndTranscriptionModelsArePricedPerAudioMinuteAndCanBeOverridden() {
        PriceTable t = PriceTable.defaults();
        assertEquals(0, new java.math.BigDecimal("0.034").compareTo(t.lookupPerMinute("gpt-realtime-translate")));
        assertEquals(0, new java.math.BigDecimal("0.017").compareTo(t.lookupPerMinute("gpt-realtime-whisper")));
        assertEquals(t.lookupPerMinute("gpt-realtime-translate"),
                t.lookupPerMinute("gpt-realtime-translate-2026-05-01"), "a snapshot is priced as its model");
        assertEquals(null, t.lookupPerMinute("gpt-realtime-2"), "token-priced");
        assertEquals(null, t.lookup("gpt-realtime-translate"), "no token prices for a per-minute model");
        PriceTable o = t.withOverrides(PriceTable.parseInline(
                "gpt-realtime-translate.audio.minute=0.03; my-translator.audio.minute=0.05"));
        assertEquals(0, new java.math.BigDecimal("0.03").compareTo(o.lookupPerMinute("gpt-realtime-translate")));
        assertEquals(0, new java.math.BigDecimal("0.05").compareTo(o.lookupPerMinute("my-translator")));
    }

    @Test
    void badOverridesAreClearErrors() {
        Properties incomplete = new Properties();
        incomplete.setProperty("new-model.text.input", "1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PriceTable.defaults().withOverrides(incomplete));
        assertTrue(e.getMessage().contains("new-model") && e.getMessage().contains("text.cached"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PriceTable.defaults().withOverrides(PriceTable.parseInline("gpt-realtime.video.input=1")));
        assertTrue(e.getMessage().contains("Invalid price key"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PriceTable.defaults().withOverrides(PriceTable.parseInline("gpt-realtime.text.input=cheap")));
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PriceTable.defaults().withOverrides(PriceTable.parseInline("gpt-realtime.text.input=-1")));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
    }

    static void assertPrices(ModelPrices p, String... expected) {
        BigDecimal[] actual = { p.textInput(), p.textCached(), p.textOutput(), p.audioInput(), p.audioCached(),
                p.audioOutput(), p.imageInput(), p.imageCached() };
        for (int i = 0; i < expected.length; i++) {
            assertEquals(0, new BigDecimal(expected[i]).compareTo(actual[i]),
                    "price " + i + ": " + actual[i] + " != " + expected[i]);
        }
    }
}
