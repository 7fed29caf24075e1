package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A written assistant message (text output modality): {@code response.content_part.added} (text part),
 * {@code response.output_text.delta} per word, {@code response.output_text.done}, {@code response.content_part.done},
 * {@code response.output_item.done}, {@code conversation.item.done}.
 */
final class TextMessageStream extends OutputItemStream {

    private final List<String> words;
    private final StringBuilder sent = new StringBuilder();
    /** Owner: Event loop of the session. */
    private int next;

    TextMessageStream(ResponseHost host, ResponsePlan plan, int outputIndex, double baseMs, String text) {
        super(host, plan, outputIndex, baseMs, newMessageItem(host.ids().item()));
        this.words = TextChunks.words(text);
    }

    @Override
    double nextDueMs() {
        return baseMs + (state == State.PENDING ? 0 : next * TEXT_DELTA_MS);
    }

    @Override
    double mediaMs() {
        return words.size() * (double) TEXT_DELTA_MS;
    }

    @Override
    void step() {
        switch (state) {
            case PENDING:
                openItem();
                host.send(host.events().contentPartAdded(plan.responseId, itemId, outputIndex, 0, part("")));
                break;
            case OPEN:
                if (next < words.size()) {
                    String word = words.get(next++);
                    sent.append(word);
                    host.send(host.events().textDelta(plan.responseId, itemId, outputIndex, 0, word));
                } else {
                    finish("completed");
                }
                break;
            default:
                throw new IllegalStateException("stream already closed");
        }
    }

    @Override
    void abort() {
        if (state == State.OPEN) {
            finish("incomplete");
        }
    }

    private void finish(String status) {
        String text = sent.toString();
        host.send(host.events().textDone(plan.responseId, itemId, outputIndex, 0, text));
        host.send(host.events().contentPartDone(plan.responseId, itemId, outputIndex, 0, part(text)));
        ObjectNode content = item.withArray("content").addObject();
        content.put("type", "output_text");
        content.put("text", text);
        closeItem(status);
    }

    private static ObjectNode part(String text) {
        ObjectNode part = Json.object();
        part.put("type", "text");
        part.put("text", text);
        return part;
    }

    @Override
    long producedChars() {
        return sent.length();
    }
}
