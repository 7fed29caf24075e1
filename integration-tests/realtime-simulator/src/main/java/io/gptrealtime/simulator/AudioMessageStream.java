package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A spoken assistant message: {@code response.content_part.added} (audio part), then per chunk the transcript words
 * due by then and one {@code response.output_audio.delta} in the session's output format, then
 * {@code response.output_audio.done}, {@code response.output_audio_transcript.done},
 * {@code response.content_part.done},
 * {@code response.output_item.done}, {@code conversation.item.done}. The audio actually sent is kept on the
 * conversation item, so truncation is checked against it.
 */
final class AudioMessageStream extends OutputItemStream {

    private final byte[] encoded;
    private final int chunkBytes;
    private final double chunkMs;
    private final int chunks;
    private final String transcript;
    private final List<String> words;
    /** words.get(i) is sent just before audio chunk wordChunk[i]. */
    private final int[] wordChunk;
    private final AudioClip clip;
    private final StringBuilder transcriptSent = new StringBuilder();
    /** Owner: Event loop of the session. */
    private int nextChunk;
    /** Owner: Event loop of the session. */
    private int nextWord;

    AudioMessageStream(ResponseHost host, ResponsePlan plan, int outputIndex, double baseMs,
                       ReplyItem.Message message) {
        super(host, plan, outputIndex, baseMs, newMessageItem(host.ids().item()));
        this.encoded = plan.outputFormat.encodeFrom24k(message.audioOrPlaceholder().samples24k());
        this.chunkMs = host.config().audioChunk().toMillis();
        this.chunkBytes = (int) (plan.outputFormat.bytesPerMs() * chunkMs);
        this.chunks = (encoded.length + chunkBytes - 1) / chunkBytes;
        this.transcript = message.text();
        this.words = TextChunks.words(transcript);
        this.wordChunk = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            wordChunk[i] = chunks == 0 ? 0 : (int) ((long) i * chunks / words.size());
        }
        this.clip = new AudioClip(plan.outputFormat);
    }

    @Override
    double nextDueMs() {
        return baseMs + (state == State.PENDING ? 0 : nextChunk * chunkMs);
    }

    @Override
    double mediaMs() {
        return plan.outputFormat.millisOf(encoded.length);
    }

    @Override
    protected void onConversationItem(ConversationItem conversationItem) {
        conversationItem.audio(clip);
    }

    @Override
    void step() {
        switch (state) {
            case PENDING:
                openItem();
                host.send(host.events().contentPartAdded(plan.responseId, itemId, outputIndex, 0, part("")));
                break;
            case OPEN:
                if (nextChunk < chunks) {
                    sendWordsUpTo(nextChunk);
                    int from = nextChunk * chunkBytes;
                    byte[] chunk = Arrays.copyOfRange(encoded, from, Math.min(encoded.length, from + chunkBytes));
                    clip.append(chunk, host.keepAudio(chunk.length));
                    host.audioProduced();
                    host.send(host.events().audioDelta(plan.responseId, itemId, outputIndex, 0,
                            Base64.getEncoder().encodeToString(chunk)));
                    nextChunk++;
                } else {
                    sendWordsUpTo(Integer.MAX_VALUE);
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

    private void sendWordsUpTo(int chunkIndex) {
        while (nextWord < words.size() && wordChunk[nextWord] <= chunkIndex) {
            String word = words.get(nextWord++);
            transcriptSent.append(word);
            host.send(host.events().audioTranscriptDelta(plan.responseId, itemId, outputIndex, 0, word));
        }
    }

    private void finish(String status) {
        String said = transcriptSent.toString();
        host.send(host.events().audioDone(plan.responseId, itemId, outputIndex, 0));
        host.send(host.events().audioTranscriptDone(plan.responseId, itemId, outputIndex, 0, said));
        host.send(host.events().contentPartDone(plan.responseId, itemId, outputIndex, 0, part(said)));
        ObjectNode content = item.withArray("content").addObject();
        content.put("type", "output_audio");
        content.put("transcript", said);
        closeItem(status);
    }

    private static ObjectNode part(String transcript) {
        ObjectNode part = Json.object();
        part.put("type", "audio");
        part.put("transcript", transcript);
        return part;
    }

    @Override
    long producedChars() {
        return transcriptSent.length();
    }

    @Override
    double producedAudioMs() {
        return clip.durationMs();
    }

    String fullTranscript() {
        return transcript;
    }
}
