package io.gptrealtime.camel.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static io.gptrealtime.camel.audio.WavBuilder.ascii;
import static io.gptrealtime.camel.audio.WavBuilder.chunk;
import static io.gptrealtime.camel.audio.WavBuilder.fmt;
import static io.gptrealtime.camel.audio.WavBuilder.fmtExtensible;
import static io.gptrealtime.camel.audio.WavBuilder.le16;
import static io.gptrealtime.camel.audio.WavBuilder.le32;
import static io.gptrealtime.camel.audio.WavBuilder.le64;
import static io.gptrealtime.camel.audio.WavBuilder.riff;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavReaderTest {

    private static final String SUPPORTED = "supported: PCM, IEEE float, µ-law, A-law";

    // ---------------------------------------------------------------- sample formats

    @Test
    void stereoIsDownMixedByAveraging() {
        byte[] frames = Signals.concat(le16(1000), le16(3000), le16(-1000), le16(-3001), le16(32767), le16(32767),
                le16(-32768), le16(32767));
        byte[] wav = riff(chunk("fmt ", fmt(Wav.FORMAT_PCM, 2, 44100, 16)), chunk("data", frames));
        PcmAudio audio = WavReader.readPcm(wav);
        assertEquals(44100, audio.sampleRate());
        assertArrayEquals(new short[] { 2000, -2000, 32767, 0 }, audio.samples()); // -2000.5 rounds half up
        WavContent content = WavReader.readContent(wav);
        assertFalse(content.isOriginal());
        assertEquals(AudioFormat.pcm16(44100), content.format());
        assertArrayEquals(Pcm16.toBytes(audio.samples()), content.data());
        assertEquals(2, content.source().channels());
    }

    @Test
    void sixChannelsAreAveragedToo() {
        byte[] frame = Signals.concat(le16(600), le16(600), le16(600), le16(0), le16(0), le16(0));
        byte[] wav = riff(chunk("fmt ", fmt(Wav.FORMAT_PCM, 6, 48000, 16)), chunk("data", Signals.concat(frame, frame)));
        assertArrayEquals(new short[] { 300, 300 }, WavReader.readPcm(wav).samples());
    }

    @Test
    void eightBitIsUnsigned() {
        byte[] wav = riff(chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 8000, 8)),
                chunk("data", G711Test.bytes(0x80, 0xFF, 0x00, 0x81, 0x7F)));
        assertArrayEquals(new short[] { 0, 32512, -32768, 256, -256 }, WavReader.readPcm(wav).samples());
    }

    @Test
    void twentyFourAndThirtyTwoBitAreRoundedTo16() {
        byte[] pcm24 = G711Test.bytes(
                0xFF, 0xFF, 0x7F, // max → 32767.996 → saturates at 32767
                0x00, 0x00, 0x80, // min → -32768
                0x00, 0x01, 0x00, // 256 → 1
                0x80, 0x00, 0x00, // 128 → 0.5 → 1
                0x7F, 0xFF, 0xFF); // -129 → -0.504 → -1
        byte[] wav = riff(chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 16000, 24)), chunk("data", pcm24));
        assertArrayEquals(new short[] { 32767, -32768, 1, 1, -1 }, WavReader.readPcm(wav).samples());

        byte[] pcm32 = Signals.concat(le32(0x00010000), le32(Integer.MIN_VALUE), le32(Integer.MAX_VALUE), le32(-0x00028000));
        wav = riff(chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 16000, 32)), chunk("data", pcm32));
        assertArrayEquals(new short[] { 1, -32768, 32767, -2 }, WavReader.readPcm(wav).samples());
    }

    @Test
    void floatFormatsAreScaledAndClipped() {
        byte[] f32 = Signals.concat(le32(Float.floatToIntBits(0.5f)), le32(Float.floatToIntBits(-1f)),
                le32(Float.floatToIntBits(1f)), le32(Float.floatToIntBits(3f)), le32(Float.floatToIntBits(Float.NaN)));
        byte[] wav = riff(chunk("fmt ", fmt(Wav.FORMAT_IEEE_FLOAT, 1, 48000, 32)), chunk("fact", le32(5)), chunk("data", f32));
        assertArrayEquals(new short[] { 16384, -32768, 32767, 32767, 0 }, WavReader.readPcm(wav).samples());

        byte[] f64 = Signals.concat(le64(Double.doubleToLongBits(-0.25)), le64(Double.doubleToLongBits(0.25)));
        wav = riff(chunk("fmt ", fmt(Wav.FORMAT_IEEE_FLOAT, 2, 48000, 64)), chunk("data", f64));
        assertArrayEquals(new short[] { 0 }, WavReader.readPcm(wav).samples());
    }

    @Test
    void g711IsKeptAsIsInContentAndDecodedInPcm() {
        byte[] codes = G711Test.bytes(0x00, 0x7F, 0x80, 0xFF, 0x12);
        byte[] wav = riff(chunk("fmt ", Signals.concat(fmt(Wav.FORMAT_MULAW, 1, 8000, 8), le16(0))), chunk("fact", le32(5)),
                chunk("data", codes));
        WavContent content = WavReader.readContent(wav);
        assertEquals(AudioFormat.PCMU_8K, content.format());
        assertTrue(content.isOriginal());
        assertArrayEquals(codes, content.data());
        short[] expected = new short[5];
        G711.ulawToPcm16(codes, 0, 5, expected);
        assertArrayEquals(expected, WavReader.readPcm(wav).samples());
        assertArrayEquals(expected, content.toPcm().samples());

        wav = riff(chunk("fmt ", fmt(Wav.FORMAT_ALAW, 1, 8000, 8)), chunk("data", codes));
        assertEquals(AudioFormat.PCMA_8K, WavReader.readContent(wav).format());
    }

    @Test
    void stereoG711IsDecodedAndDownMixed() {
        byte[] frames = G711Test.bytes(0xD5, 0x55, 0xAA, 0xAA); // A-law +8/-8, max/max
        byte[] wav = riff(chunk("fmt ", fmt(Wav.FORMAT_ALAW, 2, 8000, 8)), chunk("data", frames));
        WavContent content = WavReader.readContent(wav);
        assertEquals(AudioFormat.pcm16(8000), content.format());
        assertArrayEquals(new short[] { 0, 32256 }, content.toPcm().samples());
    }

    // ---------------------------------------------------------------- header variants

    @Test
    void extensibleHeaderWithPcmSubFormat() {
        byte[] frames = Signals.concat(le16(100), le16(300), le16(-100), le16(-300));
        byte[] wav = riff(chunk("fmt ", fmtExtensible(Wav.FORMAT_PCM, 2, 48000, 16, 16)), chunk("data", frames));
        PcmAudio audio = WavReader.readPcm(wav);
        assertArrayEquals(new short[] { 200, -200 }, audio.samples());
        assertTrue(WavReader.readContent(wav).source().extensible());
    }

    @Test
    void extensibleMonoPcm16AndMulawAreKeptAsIs() {
        byte[] pcm = Signals.concat(le16(1), le16(-2));
        byte[] wav = riff(chunk("fmt ", fmtExtensible(Wav.FORMAT_PCM, 1, 24000, 16, 16)), chunk("data", pcm));
        WavContent content = WavReader.readContent(wav);
        assertEquals(AudioFormat.REALTIME_PCM, content.format());
        assertTrue(content.isOriginal());
        assertArrayEquals(pcm, content.data());

        wav = riff(chunk("fmt ", fmtExtensible(Wav.FORMAT_MULAW, 1, 8000, 8, 8)), chunk("data", G711Test.bytes(1, 2)));
        assertEquals(AudioFormat.PCMU_8K, WavReader.readContent(wav).format());
    }

    @Test
    void extensible24BitsIn32BitContainers() {
        byte[] frames = Signals.concat(le32(0x7FFFFF00), le32(0x00010000)); // left-justified 24-bit samples
        byte[] wav = riff(chunk("fmt ", fmtExtensible(Wav.FORMAT_PCM, 1, 96000, 32, 24)), chunk("data", frames));
        PcmAudio audio = WavReader.readPcm(wav);
        assertArrayEquals(new short[] { 32767, 1 }, audio.samples());
        assertEquals(24, WavReader.readContent(wav).source().bitsPerSample());
    }

    @Test
    void extensibleWithUnknownGuidIsRefused() {
        byte[] ambisonic = G711Test.bytes(0x01, 0x00, 0x00, 0x00, 0x21, 0x07, 0xD3, 0x11, 0x86, 0x44, 0xC8, 0xC1, 0xCA, 0x00,
                0x00, 0x00);
        byte[] wav = riff(chunk("fmt ", WavBuilder.fmtExtensible(1, 48000, 16, 16, ambisonic)), chunk("data", new byte[4]));
        UnsupportedAudioException e = assertThrows(UnsupportedAudioException.class, () -> WavReader.readPcm(wav));
        assertEquals("WAV extensible sub-format {00000001-0721-11D3-8644-C8C1CA000000} is not supported; " + SUPPORTED,
                e.getMessage());
    }

    @Test
    void extraChunksAndOddPaddingAreSkipped() {
        short[] samples = { 1, -1, 300, -300 };
        byte[] wav = riff(
                chunk("LIST", ascii("INFOx")), // 5 bytes: odd, followed by a pad byte
                chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 22050, 16)),
                chunk("fact", le32(4)),
                chunk("JUNK", new byte[7]),
                chunk("bext", new byte[3]),
                chunk("data", Pcm16.toBytes(samples)),
                chunk("LIST", ascii("trailing")));
        assertArrayEquals(samples, WavReader.readPcm(wav).samples());
        assertEquals(22050, WavReader.readPcm(wav).sampleRate());
    }

    @Test
    void oddSizedDataChunkDoesNotSwallowItsPadByte() {
        byte[] codes = G711Test.bytes(1, 2, 3);
        byte[] wav = riff(chunk("fmt ", fmt(Wav.FORMAT_MULAW, 1, 8000, 8)), chunk("data", codes), chunk("LIST", ascii("ab")));
        assertArrayEquals(codes, WavReader.readContent(wav).data());
    }

    @Test
    void streamedSizesMeanReadToTheEnd() {
        byte[] pcm = Pcm16.toBytes(Signals.noise(11, 1000));
        for (long size : new long[] { 0L, 0xFFFFFFFFL }) {
            byte[] wav = riff("RIFF", size, chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 16000, 16)), chunk("data", size, pcm, false));
            WavContent content = WavReader.readContent(wav);
            assertArrayEquals(pcm, content.data(), "size " + size);
            // a trailing half sample is dropped
            byte[] odd = Signals.concat(wav, new byte[] { 7 });
            assertArrayEquals(pcm, WavReader.readContent(odd).data(), "size " + size + " + 1 byte");
        }
    }

    @Test
    void dataShorterThanDeclaredYieldsWhatIsThere() {
        byte[] pcm = Pcm16.toBytes(new short[] { 5, 6, 7 });
        byte[] wav = riff(chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 8000, 16)), chunk("data", 1000, pcm, false));
        assertArrayEquals(new short[] { 5, 6, 7 }, WavReader.readPcm(wav).samples());
    }

    @Test
    void rf64TakesTheDataSizeFromDs64() {
        byte[] pcm = Pcm16.toBytes(new short[] { 9, 8, 7, 6 });
        byte[] ds64 = Signals.concat(le64(100), le64(pcm.length), le64(4), le32(0));
        byte[] wav = riff("RF64", 0xFFFFFFFFL, chunk("ds64", ds64), chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 8000, 16)),
                chunk("data", 0xFFFFFFFFL, pcm, false), chunk("LIST", new byte[10]));
        assertArrayEquals(new short[] { 9, 8, 7, 6 }, WavReader.readPcm(wav).samples());
    }

    @Test
    void readsFromAStream() throws IOException {
        byte[] wav = WavWriter.toBytes(AudioFormat.PCMA_8K, G711Test.bytes(1, 2, 3, 4));
        ByteArrayInputStream in = new ByteArrayInputStream(Signals.concat(wav, new byte[] { 42 }));
        WavContent content = WavReader.readContent(in);
        assertArrayEquals(G711Test.bytes(1, 2, 3, 4), content.data());
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void adpcmIsRefusedByName() {
        byte[] wav = riff(chunk("fmt ", Signals.concat(fmt(0x0011, 1, 8000, 4), le16(2), le16(505))), chunk("data", new byte[256]));
        assertEquals("WAV format tag 0x0011 (IMA ADPCM) is not supported; " + SUPPORTED, refusal(wav));
    }

    @Test
    void mp3InWavIsRefusedByName() {
        byte[] wav = riff(chunk("fmt ", Signals.concat(fmt(0x0055, 2, 44100, 0), le16(12), new byte[12])),
                chunk("data", new byte[100]));
        assertEquals("WAV format tag 0x0055 (MPEG Layer 3) is not supported; " + SUPPORTED, refusal(wav));
        wav = riff(chunk("fmt ", fmtExtensible(0x0055, 2, 44100, 16, 16)), chunk("data", new byte[100]));
        assertEquals("WAV format tag 0xFFFE (extensible) with sub-format 0x0055 (MPEG Layer 3) is not supported; " + SUPPORTED,
                refusal(wav));
        wav = riff(chunk("fmt ", fmt(0x1234, 1, 8000, 16)), chunk("data", new byte[2]));
        assertEquals("WAV format tag 0x1234 (unknown) is not supported; " + SUPPORTED, refusal(wav));
    }

    @Test
    void notRiffIsRefused() {
        assertEquals("not a WAV file: expected 'RIFF' at offset 0, found bytes 49 44 33 04",
                refusal(G711Test.bytes('I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        assertEquals("not a WAV file: expected 'RIFF' at offset 0, found 'OggS'", refusal(ascii("OggS\0\2\0\0\0\0\0\0\0\0")));
        assertEquals("not a WAV file: expected 'RIFF' at offset 0, found 'ab'", refusal(ascii("ab")));
        assertEquals("not a WAV file: the input is empty", refusal(new byte[0]));
        assertEquals("not a WAV file: RIFF form type is 'AVI ', expected 'WAVE'", refusal(ascii("RIFF\4\0\0\0AVI ")));
        assertEquals("big-endian RIFX WAV files are not supported; supported: little-endian RIFF",
                refusal(ascii("RIFX\0\0\0\4WAVE")));
    }

    @Test
    void truncatedHeadersAreRefused() {
        byte[] wav = WavWriter.toBytes(AudioFormat.REALTIME_PCM, new byte[100]);
        assertEquals("truncated WAV: the input ends after 8 bytes, inside the 12-byte RIFF header",
                refusal(Arrays.copyOf(wav, 8)));
        assertEquals("truncated WAV: the input ends after 16 bytes, inside the chunk header at offset 12",
                refusal(Arrays.copyOf(wav, 16)));
        assertEquals("truncated WAV: the input ends after 30 bytes, inside the fmt chunk (16 bytes declared)",
                refusal(Arrays.copyOf(wav, 30)));
        assertEquals("malformed WAV: no data chunk (chunks found: ['fmt '])", refusal(Arrays.copyOf(wav, 36)));
    }

    @Test
    void structuralErrorsAreRefused() {
        byte[] fmt = chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 8000, 16));
        assertEquals("malformed WAV: the data chunk at offset 12 comes before any fmt chunk",
                refusal(riff(chunk("data", new byte[4]), fmt)));
        assertEquals("malformed WAV: no fmt chunk (chunks found: ['LIST'])", refusal(riff(chunk("LIST", new byte[4]))));
        assertEquals("malformed WAV: the fmt chunk has 14 bytes, at least 16 expected",
                refusal(riff(chunk("fmt ", new byte[14]), chunk("data", new byte[2]))));
        assertEquals("WAV with 0 channels is not supported; supported: 1..64",
                refusal(riff(chunk("fmt ", fmt(Wav.FORMAT_PCM, 0, 8000, 16)), chunk("data", new byte[2]))));
        assertEquals("WAV sample rate 0 Hz is not supported; supported: 1000..384000 Hz",
                refusal(riff(chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 0, 16)), chunk("data", new byte[2]))));
        assertEquals("WAV µ-law with 16 bits per sample is not supported; supported: 8",
                refusal(riff(chunk("fmt ", fmt(Wav.FORMAT_MULAW, 1, 8000, 16)), chunk("data", new byte[2]))));
        assertEquals("WAV PCM with 48 bits per sample is not supported; supported: 8, 16, 24, 32",
                refusal(riff(chunk("fmt ", fmt(Wav.FORMAT_PCM, 1, 8000, 48)), chunk("data", new byte[6]))));
    }

    @Test
    void dataBeyondTheLimitIsRefused() {
        byte[] wav = WavWriter.toBytes(AudioFormat.PCMU_8K, new byte[1000]);
        assertEquals(1000, WavReader.readContent(wav, 1000).data().length);
        UnsupportedAudioException e = assertThrows(UnsupportedAudioException.class, () -> WavReader.readContent(wav, 999));
        assertEquals("WAV audio data of 1000 bytes exceeds the limit of 999 bytes", e.getMessage());
        byte[] streamed = riff("RIFF", 0, chunk("fmt ", fmt(Wav.FORMAT_MULAW, 1, 8000, 8)), chunk("data", 0, new byte[1000], false));
        e = assertThrows(UnsupportedAudioException.class, () -> WavReader.readContent(streamed, 999));
        assertEquals("WAV audio data (size not declared) exceeds the limit of 999 bytes", e.getMessage());
    }

    // ---------------------------------------------------------------- detection

    @Test
    void detection() {
        byte[] wav = WavWriter.toBytes(AudioFormat.PCMU_8K, new byte[10]);
        assertTrue(Wav.isWav(wav));
        assertTrue(Wav.isWav(Arrays.copyOf(wav, 12)));
        assertFalse(Wav.isWav(Arrays.copyOf(wav, 11)));
        assertTrue(Wav.isWav(Signals.concat(new byte[3], wav), 3, 12));
        assertFalse(Wav.isWav(ascii("RIFF\0\0\0\0AVI ")));
        assertFalse(Wav.isWav(Pcm16.toBytes(Signals.noise(1, 100))));
        assertTrue(Wav.isWav(ascii("RF64\0\0\0\0WAVE")));
        assertFalse(Wav.isWav(null));
    }

    @Test
    void contentAndPcmHelpers() {
        PcmAudio audio = new PcmAudio(24000, new short[24000]);
        assertEquals(1000, audio.durationMs());
        assertSame(audio, audio.resample(24000));
        short[] click = new short[24000];
        click[3000] = 20000;
        PcmAudio down = new PcmAudio(24000, click).resample(8000);
        assertEquals(8000, down.sampleRate());
        assertTrue(Math.abs(down.length() - 8000) <= 1, "" + down.length());
        int peak = 0;
        for (int i = 1; i < down.length(); i++) {
            peak = down.samples()[i] > down.samples()[peak] ? i : peak;
        }
        assertEquals(1000, peak, 1, "delay-compensated");
        assertEquals(0, new PcmAudio(8000, new short[1]).resample(48000).length(), 6);
        WavContent content = WavReader.readContent(WavWriter.toBytes(AudioFormat.PCMU_8K, new byte[4000]));
        assertEquals(500, content.durationMs());
    }

    private static String refusal(byte[] wav) {
        return assertThrows(UnsupportedAudioException.class, () -> WavReader.readPcm(wav)).getMessage();
    }
}
