package io.gptrealtime.camel.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WavFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void appendsChunksAndPatchesSizesOnClose() throws IOException {
        Path file = dir.resolve("call.wav");
        byte[] expected = new byte[0];
        try (WavFileWriter writer = WavFileWriter.create(file, AudioFormat.PCMU_8K)) {
            for (int i = 0; i < 301; i++) { // 301 × 161 bytes: crosses the buffer, odd total
                byte[] frame = new byte[161];
                java.util.Arrays.fill(frame, (byte) i);
                writer.write(frame);
                expected = Signals.concat(expected, frame);
            }
            assertEquals(301 * 161, writer.dataBytes());
            assertEquals(301 * 161 / 8, writer.durationMs());
        }
        byte[] wav = Files.readAllBytes(file);
        assertEquals(58 + expected.length + 1, wav.length, "header + data + pad byte");
        assertEquals(wav.length - 8, Wav.u32(wav, 4));
        assertEquals(expected.length, Wav.u32(wav, 54));
        assertEquals(expected.length, Wav.u32(wav, 46)); // fact sample count
        WavContent content = WavReader.readContent(file);
        assertEquals(AudioFormat.PCMU_8K, content.format());
        assertArrayEquals(expected, content.data());
    }

    @Test
    void samplesAreEncodedToTheFileFormat() throws IOException {
        short[] samples = Signals.noise(12, 50000);
        for (AudioFormat format : new AudioFormat[] { AudioFormat.REALTIME_PCM, AudioFormat.PCMU_8K, AudioFormat.PCMA_8K }) {
            Path file = dir.resolve(format.encoding() + ".wav");
            try (WavFileWriter writer = WavFileWriter.create(file, format)) {
                writer.writeSamples(samples, 0, 20001);
                writer.writeSamples(samples, 20001, samples.length - 20001);
            }
            WavContent content = WavReader.readContent(file);
            byte[] expected;
            switch (format.encoding()) {
                case PCMU:
                    expected = new byte[samples.length];
                    G711.pcm16ToUlaw(samples, 0, samples.length, expected);
                    break;
                case PCMA:
                    expected = new byte[samples.length];
                    G711.pcm16ToAlaw(samples, 0, samples.length, expected);
                    break;
                default:
                    expected = Pcm16.toBytes(samples);
                    break;
            }
            assertArrayEquals(expected, content.data(), format.toString());
        }
    }

    @Test
    void flushMakesTheFileReadableMidRecording() throws IOException {
        Path file = dir.resolve("live.wav");
        try (WavFileWriter writer = WavFileWriter.create(file, AudioFormat.REALTIME_PCM)) {
            writer.write(Pcm16.toBytes(new short[] { 1, 2, 3 }));
            writer.flush();
            assertArrayEquals(new short[] { 1, 2, 3 }, WavReader.readPcm(file).samples());
            writer.write(Pcm16.toBytes(new short[] { 4 }));
        }
        assertArrayEquals(new short[] { 1, 2, 3, 4 }, WavReader.readPcm(file).samples());
    }

    @Test
    void anUnclosedRecordingIsStillReadable() throws IOException {
        // the header carries size 0 until patched; readers treat 0 as "read to the end"
        Path file = dir.resolve("crashed.wav");
        short[] samples = Signals.noise(2, 40000); // more than the write buffer: part of it reaches the disk
        WavFileWriter writer = WavFileWriter.create(file, AudioFormat.REALTIME_PCM);
        try {
            writer.writeSamples(samples, 0, samples.length);
            byte[] onDisk = Files.readAllBytes(file);
            assertEquals(0, Wav.u32(onDisk, 40));
            short[] recovered = WavReader.readPcm(onDisk).samples();
            int n = recovered.length;
            assertEquals(0, (onDisk.length - 44) % WavFileWriter.BUFFER_BYTES);
            assertArrayEquals(java.util.Arrays.copyOf(samples, n), recovered);
        } finally {
            writer.close();
        }
        writer.close(); // idempotent
        assertArrayEquals(samples, WavReader.readPcm(file).samples());
    }

    @Test
    void misuseIsRefused() throws IOException {
        WavFileWriter writer = WavFileWriter.create(dir.resolve("x.wav"), AudioFormat.REALTIME_PCM);
        assertThrows(IllegalArgumentException.class, () -> writer.write(new byte[3]));
        writer.close();
        assertThrows(IllegalStateException.class, () -> writer.write(new byte[2]));
    }
}
