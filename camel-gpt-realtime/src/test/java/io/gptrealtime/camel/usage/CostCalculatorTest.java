package io.gptrealtime.camel.usage;

import java.math.BigDecimal;

import io.gptrealtime.camel.protocol.RealtimeJson;
import io.gptrealtime.camel.protocol.ResponseUsage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CostCalculatorTest {

    /** The usage example of docs realtime-api-guide.md §9.1. */
    static final String GUIDE_USAGE = """
            {"total_tokens":253,"input_tokens":132,"output_tokens":121,
              "input_token_details":{"text_tokens":119,"audio_tokens":13,"image_tokens":0,"cached_tokens":64,
                 "cached_tokens_details":{"text_tokens":64,"audio_tokens":0,"image_tokens":0}},
              "output_token_details":{"text_tokens":30,"audio_tokens":91}}""";

    @Test
    void theGuidesWorkedExampleCosts6965point6MicroDollarsOnGptRealtime() throws Exception {
        TokenUsage u = TokenUsage.of(RealtimeJson.mapper().readValue(GUIDE_USAGE, ResponseUsage.class));
        assertEquals(new TokenUsage(119, 13, 0, 64, 0, 0, 30, 91), u);
        // 55·4 + 64·0.4 + 13·32 + 30·16 + 91·64 = 6,965.6 µ$
        BigDecimal cost = CostCalculator.cost(u, PriceTable.defaults().lookup("gpt-realtime"));
        assertEquals(0, new BigDecimal("0.0069656").compareTo(cost), cost.toPlainString());
        assertEquals(new BigDecimal("0.01"), CostCalculator.toCents(cost));
        // the same tokens on gpt-realtime-2, whose text output is 24 instead of 16: + 30·8 µ$
        assertEquals(0, new BigDecimal("0.0072056").compareTo(
                CostCalculator.cost(u, PriceTable.defaults().lookup("gpt-realtime-2"))));
    }

    @Test
    void cachedTokensWithoutABreakdownAreTextFirstAndNeverExceedTheInput() throws Exception {
        ResponseUsage usage = RealtimeJson.mapper().readValue("""
                {"input_tokens":150,"input_token_details":{"text_tokens":100,"audio_tokens":50,"cached_tokens":120},
                 "output_token_details":{"text_tokens":0,"audio_tokens":0}}""", ResponseUsage.class);
        TokenUsage u = TokenUsage.of(usage);
        assertEquals(100, u.cachedText());
        assertEquals(20, u.cachedAudio());
        // 0·4 + 100·0.4 + 30·32 + 20·0.4 = 1,008 µ$
        assertEquals(0, new BigDecimal("0.001008").compareTo(
                CostCalculator.cost(u, PriceTable.defaults().lookup("gpt-realtime-2"))));
    }

    @Test
    void costPerMinute() {
        assertEquals(new BigDecimal("0.300000"), CostCalculator.perMinute(new BigDecimal("0.15"), 30_000));
        assertNull(CostCalculator.perMinute(null, 30_000));
        assertNull(CostCalculator.perMinute(BigDecimal.ONE, 0));
    }
}
