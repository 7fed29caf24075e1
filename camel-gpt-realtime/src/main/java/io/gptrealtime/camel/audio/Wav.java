package io.gptrealtime.camel.audio;

/**
 * RIFF/WAVE constants and detection shared by {@link WavReader}, {@link WavWriter} and {@link WavFileWriter}.
 */
public final class Wav {

    /** {@code WAVE_FORMAT_PCM}: integer PCM. */
    public static final int FORMAT_PCM = 0x0001;
    /** {@code WAVE_FORMAT_IEEE_FLOAT}: 32/64-bit float. */
    public static final int FORMAT_IEEE_FLOAT = 0x0003;
    /** {@code WAVE_FORMAT_ALAW}: G.711 A-law. */
    public static final int FORMAT_ALAW = 0x0006;
    /** {@code WAVE_FORMAT_MULAW}: G.711 µ-law. */
    public static final int FORMAT_MULAW = 0x0007;
    /** {@code WAVE_FORMAT_EXTENSIBLE}: the real format tag is in the sub-format GUID. */
    public static final int FORMAT_EXTENSIBLE = 0xFFFE;

    /** Bytes needed to recognise a WAV file: "RIFF", size, "WAVE". */
    public static final int SIGNATURE_BYTES = 12;

    static final int RIFF = fourCc("RIFF");
    static final int RF64 = fourCc("RF64");
    static final int RIFX = fourCc("RIFX");
    static final int WAVE = fourCc("WAVE");
    static final int FMT = fourCc("fmt ");
    static final int DATA = fourCc("data");
    static final int FACT = fourCc("fact");
    static final int DS64 = fourCc("ds64");

    /** Human-readable names of the codecs a WAV is most likely to carry, for error messages. */
    static String formatName(int tag) {
        switch (tag) {
            case FORMAT_PCM:
                return "PCM";
            case 0x0002:
                return "Microsoft ADPCM";
            case FORMAT_IEEE_FLOAT:
                return "IEEE float";
            case FORMAT_ALAW:
                return "A-law";
            case FORMAT_MULAW:
                return "µ-law";
            case 0x0011:
                return "IMA ADPCM";
            case 0x0014:
                return "G.723 ADPCM";
            case 0x0022:
                return "DSP Group TrueSpeech";
            case 0x0031:
                return "GSM 6.10";
            case 0x0040:
                return "G.721 ADPCM";
            case 0x0050:
                return "MPEG audio";
            case 0x0055:
                return "MPEG Layer 3";
            case FORMAT_EXTENSIBLE:
                return "extensible";
            default:
                return "unknown";
        }
    }

    private Wav() {
    }

    /** Whether {@code bytes} starts with a RIFF/WAVE (or RF64/WAVE) signature. */
    public static boolean isWav(byte[] bytes) {
        return bytes != null && isWav(bytes, 0, bytes.length);
    }

    /** Whether {@code len} bytes from {@code off} start with a RIFF/WAVE (or RF64/WAVE) signature. */
    public static boolean isWav(byte[] bytes, int off, int len) {
        if (bytes == null || len < SIGNATURE_BYTES || off < 0 || off > bytes.length - SIGNATURE_BYTES) {
            return false;
        }
        int id = readFourCc(bytes, off);
        return (id == RIFF || id == RF64) && readFourCc(bytes, off + 8) == WAVE;
    }

    static int fourCc(String s) {
        return (s.charAt(0) << 24) | (s.charAt(1) << 16) | (s.charAt(2) << 8) | s.charAt(3);
    }

    static int readFourCc(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    /** A chunk id for messages: printable ASCII as 'text', anything else as hex bytes. */
    static String describeFourCc(byte[] b, int off, int len) {
        StringBuilder hex = new StringBuilder();
        StringBuilder text = new StringBuilder();
        boolean printable = len > 0;
        for (int i = 0; i < len; i++) {
            int c = b[off + i] & 0xFF;
            if (hex.length() > 0) {
                hex.append(' ');
            }
            hex.append(String.format("%02X", c));
            printable &= c >= 0x20 && c < 0x7F;
            text.append((char) c);
        }
        return printable ? "'" + text + "'" : "bytes " + hex;
    }

    static String describeFourCc(int id) {
        byte[] b = { (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id };
        return describeFourCc(b, 0, 4);
    }

    static String hexTag(int tag) {
        return String.format("0x%04X", tag);
    }

    static int u16(byte[] b, int off) {
        return (b[off] & 0xFF) | ((b[off + 1] & 0xFF) << 8);
    }

    static long u32(byte[] b, int off) {
        return ((b[off] & 0xFFL)) | ((b[off + 1] & 0xFFL) << 8) | ((b[off + 2] & 0xFFL) << 16) | ((b[off + 3] & 0xFFL) << 24);
    }

    static long u64(byte[] b, int off) {
        return u32(b, off) | (u32(b, off + 4) << 32);
    }

    static void put16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    static void put32(byte[] b, int off, long v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }

    static void putFourCc(byte[] b, int off, int id) {
        b[off] = (byte) (id >>> 24);
        b[off + 1] = (byte) (id >>> 16);
        b[off + 2] = (byte) (id >>> 8);
        b[off + 3] = (byte) id;
    }
}
