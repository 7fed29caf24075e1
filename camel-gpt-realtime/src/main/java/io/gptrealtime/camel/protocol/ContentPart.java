package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Base64Audio;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * One part of a message's content: text, audio or an image. User messages use {@link #INPUT_TEXT},
 * {@link #INPUT_AUDIO} and {@link #INPUT_IMAGE}; assistant messages {@link #OUTPUT_TEXT} and {@link #OUTPUT_AUDIO};
 * {@code response.content_part.*} events and some retrieved items use {@link #TEXT} and {@link #AUDIO} for the same
 * things, so readers should accept both spellings ({@link #isText()}, {@link #isAudio()}).
 */
public final class ContentPart extends JsonExtensible {

    public static final String INPUT_TEXT = "input_text";
    public static final String INPUT_AUDIO = "input_audio";
    public static final String INPUT_IMAGE = "input_image";
    public static final String OUTPUT_TEXT = "output_text";
    public static final String OUTPUT_AUDIO = "output_audio";
    /** The spelling of {@code response.content_part.*} events. */
    public static final String TEXT = "text";
    /** The spelling of {@code response.content_part.*} events. */
    public static final String AUDIO = "audio";
    public static final String DETAIL_AUTO = "auto";
    public static final String DETAIL_LOW = "low";
    public static final String DETAIL_HIGH = "high";

    @JsonProperty("type")
    private String type;

    @JsonProperty("text")
    private String text;

    @JsonProperty("audio")
    private Base64Audio audio;

    @JsonProperty("transcript")
    private String transcript;

    @JsonProperty("image_url")
    private String imageUrl;

    @JsonProperty("detail")
    private String detail;

    public ContentPart() {
    }

    public static ContentPart inputText(String text) {
        return new ContentPart().setType(INPUT_TEXT).setText(text);
    }

    /** User audio from raw bytes in the session input format (not copied). */
    public static ContentPart inputAudio(byte[] audio) {
        return new ContentPart().setType(INPUT_AUDIO).setAudio(Base64Audio.of(audio));
    }

    /** User audio already in base64. */
    public static ContentPart inputAudioBase64(String base64) {
        return new ContentPart().setType(INPUT_AUDIO).setAudio(Base64Audio.ofBase64(base64));
    }

    /** An image as a data URI ({@code data:image/jpeg;base64,...}). */
    public static ContentPart inputImage(String imageUrl) {
        return new ContentPart().setType(INPUT_IMAGE).setImageUrl(imageUrl);
    }

    /** An image as a data URI with a detail level ({@link #DETAIL_LOW}, {@link #DETAIL_HIGH}, {@link #DETAIL_AUTO}). */
    public static ContentPart inputImage(String imageUrl, String detail) {
        return inputImage(imageUrl).setDetail(detail);
    }

    /** Assistant text (the client can create assistant text, never assistant audio). */
    public static ContentPart outputText(String text) {
        return new ContentPart().setType(OUTPUT_TEXT).setText(text);
    }

    /** True for every text spelling. */
    public boolean isText() {
        return INPUT_TEXT.equals(type) || OUTPUT_TEXT.equals(type) || TEXT.equals(type);
    }

    /** True for every audio spelling. */
    public boolean isAudio() {
        return INPUT_AUDIO.equals(type) || OUTPUT_AUDIO.equals(type) || AUDIO.equals(type);
    }

    /** The decoded audio, or null when the part carries none. */
    public byte[] audioBytes() {
        return audio == null ? null : audio.bytes();
    }

    public String getType() {
        return type;
    }

    public ContentPart setType(String type) {
        this.type = type;
        return this;
    }

    public String getText() {
        return text;
    }

    public ContentPart setText(String text) {
        this.text = text;
        return this;
    }

    /**
     * Base64 audio in the session input format; never present in {@code response.done} or {@code
     * conversation.item.done}.
     */
    public Base64Audio getAudio() {
        return audio;
    }

    public ContentPart setAudio(Base64Audio audio) {
        this.audio = audio;
        return this;
    }

    /** For user audio, stored for reference only: the model does not read it. */
    public String getTranscript() {
        return transcript;
    }

    public ContentPart setTranscript(String transcript) {
        this.transcript = transcript;
        return this;
    }

    /** A PNG or JPEG data URI, {@code data:image/png;base64,...}. */
    public String getImageUrl() {
        return imageUrl;
    }

    public ContentPart setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
        return this;
    }

    /** Image detail: {@code auto} (= high), {@code low} or {@code high}. */
    public String getDetail() {
        return detail;
    }

    public ContentPart setDetail(String detail) {
        this.detail = detail;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
        d.add("text", text);
        d.add("audio", audio);
        d.add("transcript", transcript);
        d.add("image_url", imageUrl == null ? null : imageUrl.length() + " chars");
        d.add("detail", detail);
    }
}
