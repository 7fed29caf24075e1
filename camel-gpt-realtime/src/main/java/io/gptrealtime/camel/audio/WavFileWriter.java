package io.gptrealtime.camel.audio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A WAV file that grows while a session runs (per-session recordings): the header is written first with sizes of 0,
 * audio is appended, and the sizes are patched in place by {@link #flush()} and {@link #close()}.
 * <p>
 * Crash safety: a file whose writer never closed keeps data sizes of 0 (or those of the last {@link #flush()}); 0 is
 * what a streamed WAV carries and {@link WavReader} reads such a file to its end, so an interrupted recording stays
 * readable.
 * <p>
 * Appends go through a {@value #BUFFER_BYTES}-byte buffer, so 20 ms frames do not cost a system call each. Methods
 * are synchronized: the writer may be fed from one thread and closed from another (session teardown).
 */
public final class WavFileWriter implements Closeable {

    /** Write buffer size. */
    public static final int BUFFER_BYTES = 32 * 1024;

    private final Path path;
    private final AudioFormat format;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    private final int headerSize;
    /** Audio bytes already written to the file; the buffer holds the rest. */
    private long writtenBytes;
    private boolean closed;

    private WavFileWriter(Path path, AudioFormat format, FileChannel channel) throws IOException {
        this.path = path;
        this.format = format;
        this.channel = channel;
        byte[] header = WavWriter.header(format, 0);
        this.headerSize = header.length;
        writeFully(ByteBuffer.wrap(header), 0);
    }

    /** Creates (or truncates) {@code path} and writes the header. */
    public static WavFileWriter create(Path path, AudioFormat format) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        try {
            return new WavFileWriter(path, format, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public AudioFormat format() {
        return format;
    }

    /** Audio bytes appended so far. */
    public synchronized long dataBytes() {
        return writtenBytes + buffer.position();
    }

    /** Milliseconds of audio appended so far. */
    public synchronized long durationMs() {
        return format.durationMs(dataBytes());
    }

    /** Appends all of {@code data} (whole samples in {@link #format()}). */
    public void write(byte[] data) throws IOException {
        write(data, 0, data.length);
    }

    /**
     * Appends {@code len} bytes of audio in {@link #format()} (whole samples).
     *
     * @throws IOException if the file would exceed the 4 GiB a RIFF header can describe
     */
    public synchronized void write(byte[] data, int off, int len) throws IOException {
        ensureOpen();
        Pcm16.checkRange(data.length, off, len);
        if (len % format.bytesPerSample() != 0) {
            throw new IllegalArgumentException(len + " bytes are not whole " + format.encoding() + " samples");
        }
        checkCapacity(len);
        while (len > 0) {
            if (!buffer.hasRemaining()) {
                drain();
            }
            int n = Math.min(len, buffer.remaining());
            buffer.put(data, off, n);
            off += n;
            len -= n;
        }
    }

    /** Appends 16-bit samples, encoded to {@link #format()}'s encoding (µ-law/A-law/PCM16 LE). */
    public synchronized void writeSamples(short[] samples, int off, int len) throws IOException {
        ensureOpen();
        Pcm16.checkRange(samples.length, off, len);
        int bps = format.bytesPerSample();
        checkCapacity((long) len * bps);
        while (len > 0) {
            if (buffer.remaining() < bps) {
                drain();
            }
            int n = Math.min(len, buffer.remaining() / bps);
            byte[] a = buffer.array();
            int at = buffer.arrayOffset() + buffer.position();
            switch (format.encoding()) {
                case PCMU:
                    G711.pcm16ToUlaw(samples, off, n, a, at);
                    break;
                case PCMA:
                    G711.pcm16ToAlaw(samples, off, n, a, at);
                    break;
                default:
                    Pcm16.toBytes(samples, off, n, a, at);
                    break;
            }
            buffer.position(buffer.position() + n * bps);
            off += n;
            len -= n;
        }
    }

    /** Writes buffered audio and patches the header sizes: the file is a complete WAV at this point. */
    public synchronized void flush() throws IOException {
        ensureOpen();
        drain();
        patchHeader();
    }

    /** Flushes, adds the pad byte an odd-sized data chunk needs, patches the header and closes. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            drain();
            if ((writtenBytes & 1) != 0) {
                writeFully(ByteBuffer.wrap(new byte[1]), headerSize + writtenBytes);
            }
            patchHeader();
        } finally {
            channel.close();
        }
    }

    private void checkCapacity(long bytes) throws IOException {
        if (writtenBytes + buffer.position() + bytes > WavWriter.MAX_DATA_BYTES) {
            throw new IOException("WAV recording " + path + " would exceed " + WavWriter.MAX_DATA_BYTES
                                  + " data bytes, the most a RIFF header can describe");
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        int n = buffer.remaining();
        writeFully(buffer, headerSize + writtenBytes);
        writtenBytes += n;
        buffer.clear();
    }

    private void patchHeader() throws IOException {
        byte[] header = WavWriter.header(format, writtenBytes);
        writeFully(ByteBuffer.wrap(header), 0);
    }

    private void writeFully(ByteBuffer b, long position) throws IOException {
        while (b.hasRemaining()) {
            position += channel.write(b, position);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("WAV writer for " + path + " is closed");
        }
    }

    @Override
    public String toString() {
        return "WavFileWriter[" + path + ", " + format + "]";
    }
}
