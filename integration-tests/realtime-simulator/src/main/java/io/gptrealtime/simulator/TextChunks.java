package io.gptrealtime.simulator;

import java.util.ArrayList;
import java.util.List;

/** Splits text into the pieces streamed as deltas: words with their leading space, or fixed-size slices. */
final class TextChunks {

    private TextChunks() {
    }

    /** "I heard you." → ["I", " heard", " you."]; concatenating the pieces gives the text back. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || (Character.isWhitespace(text.charAt(i))
                    && !Character.isWhitespace(text.charAt(i - 1)))) {
                out.add(text.substring(start, i));
                start = i;
            }
        }
        return out;
    }

    static List<String> slices(String text, int size) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            out.add(text.substring(i, Math.min(text.length(), i + size)));
        }
        return out;
    }
}
