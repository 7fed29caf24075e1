package io.gptrealtime.camel.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes mono WAV files from audio held in memory: PCM16 as format tag 1 (44-byte header), µ-law/A-law as format tags
 * 7/6 with the 18-byte {@code fmt } and the {@code fact} chunk the WAV spec asks of non-PCM formats (58-byte header).
 * For recordings that grow while a session runs, use {@link WavFileWriter}.
 */
public final class WavWriter {

    /** Largest data chunk a RIFF file can describe (32-bit sizes), minus the header. */
    public static final long MAX_DATA_BYTES = 0xFFFFFFFFL - 64;

    static final int PCM_FMT_BYTES = 16;
    static final int G711_FMT_BYTES = 18;
    static final int FACT_BYTES = 4;
    static final int CHUNK_HEADER_BYTES = 8;
    /** Offset of the RIFF size field. */
    static final int RIFF_SIZE_OFFSET = 4;

    private WavWriter() {
    }

    /** Writes a WAV of {@code data} (whole samples in {@code format}) to {@code out} (not closed). */
    public static void write(OutputStream out, AudioFormat format, byte[] data) throws IOException {
        write(out, format, data, 0, data.length);
    }

    /** Writes a WAV of {@code len} bytes of {@code data} from {@code off} to {@code out} (not closed). */
    public static void write(OutputStream out, AudioFormat format, byte[] data, int off, int len) throws IOException {
        Pcm16.checkRange(data.length, off, len);
        checkWholeSamples(format, len);
        out.write(header(format, len));
        out.write(data, off, len);
        if ((len & 1) != 0) {
            out.write(0); // RIFF pads odd chunks to an even size
        }
    }

    /** Writes a WAV of decoded samples as PCM16 to {@code out} (not closed). */
    public static void write(OutputStream out, PcmAudio audio) throws IOException {
        write(out, audio.format(), audio.toPcm16Bytes());
    }

    /** Writes a WAV file (created or replaced). */
    public static void write(Path path, AudioFormat format, byte[] data) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
            write(out, format, data);
        }
    }

    /** A complete WAV file in memory. */
    public static byte[] toBytes(AudioFormat format, byte[] data) {
        checkWholeSamples(format, data.length);
        byte[] header = header(format, data.length);
        byte[] wav = new byte[header.length + data.length + (data.length & 1)];
        System.arraycopy(header, 0, wav, 0, header.length);
        System.arraycopy(data, 0, wav, header.length, data.length);
        return wav;
    }

    /** A complete PCM16 WAV file in memory. */
    public static byte[] toBytes(PcmAudio audio) {
        return toBytes(audio.format(), audio.toPcm16Bytes());
    }

    /** Header size for a format: 44 for PCM16, 58 for G.711. */
    public static int headerSize(AudioFormat format) {
        return format.encoding().isG711()
                ? Wav.SIGNATURE_BYTES + CHUNK_HEADER_BYTES + G711_FMT_BYTES + CHUNK_HEADER_BYTES + FACT_BYTES + CHUNK_HEADER_BYTES
                : Wav.SIGNATURE_BYTES + CHUNK_HEADER_BYTES + PCM_FMT_BYTES + CHUNK_HEADER_BYTES;
    }

    /** Offset of the data chunk's size field. */
    static int dataSizeOffset(AudioFormat format) {
        return headerSize(format) - 4;
    }

    /** Offset of the fact chunk's sample count (G.711 only). */
    static int factOffset(AudioFormat format) {
        return Wav.SIGNATURE_BYTES + CHUNK_HEADER_BYTES + G711_FMT_BYTES + CHUNK_HEADER_BYTES;
    }

    /** The header for {@code dataBytes} of audio; sizes include the pad byte an odd data chunk needs. */
    static byte[] header(AudioFormat format, long dataBytes) {
        if (dataBytes < 0 || dataBytes > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("WAV data size " + dataBytes + " is outside 0.." + MAX_DATA_BYTES);
        }
        boolean g711 = format.encoding().isG711();
        int size = headerSize(format);
        byte[] h = new byte[size];
        Wav.putFourCc(h, 0, Wav.RIFF);
        Wav.put32(h, RIFF_SIZE_OFFSET, riffSize(format, dataBytes));
        Wav.putFourCc(h, 8, Wav.WAVE);
        int p = Wav.SIGNATURE_BYTES;
        Wav.putFourCc(h, p, Wav.FMT);
        Wav.put32(h, p + 4, g711 ? G711_FMT_BYTES : PCM_FMT_BYTES);
        p += CHUNK_HEADER_BYTES;
        int tag = format.encoding() == AudioEncoding.PCMU ? Wav.FORMAT_MULAW
                : format.encoding() == AudioEncoding.PCMA ? Wav.FORMAT_ALAW : Wav.FORMAT_PCM;
        int blockAlign = format.bytesPerSample() * AudioFormat.CHANNELS;
        Wav.put16(h, p, tag);
        Wav.put16(h, p + 2, AudioFormat.CHANNELS);
        Wav.put32(h, p + 4, format.sampleRate());
        Wav.put32(h, p + 8, (long) format.sampleRate() * blockAlign);
        Wav.put16(h, p + 12, blockAlign);
        Wav.put16(h, p + 14, format.bytesPerSample() * 8);
        if (g711) {
            Wav.put16(h, p + 16, 0); // cbSize: no extra format bytes
            p += G711_FMT_BYTES;
            Wav.putFourCc(h, p, Wav.FACT);
            Wav.put32(h, p + 4, FACT_BYTES);
            Wav.put32(h, p + 8, dataBytes / format.bytesPerSample());
            p += CHUNK_HEADER_BYTES + FACT_BYTES;
        } else {
            p += PCM_FMT_BYTES;
        }
        Wav.putFourCc(h, p, Wav.DATA);
        Wav.put32(h, p + 4, dataBytes);
        return h;
    }

    /** RIFF chunk size: everything after the 8-byte RIFF chunk header, pad byte included. */
    static long riffSize(AudioFormat format, long dataBytes) {
        return headerSize(format) - CHUNK_HEADER_BYTES + dataBytes + (dataBytes & 1);
    }

    private static void checkWholeSamples(AudioFormat format, long len) {
        if (len % format.bytesPerSample() != 0) {
            throw new IllegalArgumentException(len + " bytes are not whole " + format.encoding() + " samples ("
                                               + format.bytesPerSample() + " bytes each)");
        }
    }
}
