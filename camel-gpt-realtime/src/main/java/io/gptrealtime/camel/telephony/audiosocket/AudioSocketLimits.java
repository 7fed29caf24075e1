package io.gptrealtime.camel.telephony.audiosocket;

/**
 * Bounds on what a peer may send.
 *
 * @param maxAudioPayload bytes of one audio frame (Asterisk sends 20 ms: 320 bytes at 8 kHz, 960 at 24 kHz)
 * @param uuidTimeoutMs   a connection that sends no UUID frame for this long is closed
 */
public record AudioSocketLimits(int maxAudioPayload, long uuidTimeoutMs) {

    public static final AudioSocketLimits DEFAULT = new AudioSocketLimits(16_384, 5_000);
}
