package io.gptrealtime.camel.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavWriterTest {

    private static final int[] RATES = { 8000, 16000, 22050, 24000, 44100, 48000 };

    @TempDir
    Path dir;

    @Test
    void roundTripForEveryRateAndFormat() throws IOException {
        for (AudioEncoding encoding : AudioEncoding.values()) {
            for (int rate : RATES) {
                AudioFormat format = new AudioFormat(encoding, rate);
                byte[] data = payload(format, rate / 10 + 1); // odd sample counts exercise the pad byte
                byte[] wav = WavWriter.toBytes(format, data);
                assertTrue(Wav.isWav(wav));
                assertEquals(0, wav.length % 2, "RIFF files have an even size");
                assertEquals(wav.length - 8, Wav.u32(wav, 4), "RIFF size of " + format);
                WavContent content = WavReader.readContent(wav);
                assertEquals(format, content.format());
                assertTrue(content.isOriginal());
                assertArrayEquals(data, content.data(), format.toString());
                assertEquals(content.toPcm().samples().length, WavReader.readPcm(wav).samples().length);

                ByteArrayOutputStream out = new ByteArrayOutputStream();
                WavWriter.write(out, format, data);
                assertArrayEquals(wav, out.toByteArray());

                Path file = dir.resolve(encoding + "-" + rate + ".wav");
                WavWriter.write(file, format, data);
                assertArrayEquals(data, WavReader.readContent(file).data());
                assertEquals(rate, WavReader.readPcm(file).sampleRate());
            }
        }
    }

    @Test
    void headerLayout() {
        byte[] pcm = WavWriter.toBytes(AudioFormat.REALTIME_PCM, new byte[48]);
        assertEquals(44, WavWriter.headerSize(AudioFormat.REALTIME_PCM));
        assertEquals(44 + 48, pcm.length);
        assertEquals(16, Wav.u32(pcm, 16));
        assertEquals(Wav.FORMAT_PCM, Wav.u16(pcm, 20));
        assertEquals(48000, Wav.u32(pcm, 28)); // byte rate
        assertEquals(48, Wav.u32(pcm, 40)); // data size

        byte[] ulaw = WavWriter.toBytes(AudioFormat.PCMU_8K, new byte[160]);
        assertEquals(58, WavWriter.headerSize(AudioFormat.PCMU_8K));
        assertEquals(18, Wav.u32(ulaw, 16));
        assertEquals(Wav.FORMAT_MULAW, Wav.u16(ulaw, 20));
        assertEquals(8, Wav.u16(ulaw, 34)); // bits per sample
        assertEquals(Wav.FACT, Wav.readFourCc(ulaw, 38));
        assertEquals(160, Wav.u32(ulaw, 46)); // fact: sample count
        assertEquals(160, Wav.u32(ulaw, 54));
        assertEquals(Wav.FORMAT_ALAW, Wav.u16(WavWriter.toBytes(AudioFormat.PCMA_8K, new byte[2]), 20));
    }

    @Test
    void pcmAudioRoundTrip() throws IOException {
        PcmAudio audio = new PcmAudio(16000, Signals.noise(3, 999));
        PcmAudio back = WavReader.readPcm(WavWriter.toBytes(audio));
        assertEquals(16000, back.sampleRate());
        assertArrayEquals(audio.samples(), back.samples());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WavWriter.write(out, audio);
        assertArrayEquals(audio.samples(), WavReader.readPcm(out.toByteArray()).samples());
    }

    @Test
    void refusesPartialSamples() {
        assertThrows(IllegalArgumentException.class, () -> WavWriter.toBytes(AudioFormat.REALTIME_PCM, new byte[3]));
    }

    private static byte[] payload(AudioFormat format, int samples) {
        short[] pcm = Signals.noise(format.sampleRate() + format.encoding().ordinal(), samples);
        byte[] out = new byte[samples * format.bytesPerSample()];
        switch (format.encoding()) {
            case PCMU:
                G711.pcm16ToUlaw(pcm, 0, samples, out);
                break;
            case PCMA:
                G711.pcm16ToAlaw(pcm, 0, samples, out);
                break;
            default:
                Pcm16.toBytes(pcm, 0, samples, out);
                break;
        }
        return out;
    }
}
