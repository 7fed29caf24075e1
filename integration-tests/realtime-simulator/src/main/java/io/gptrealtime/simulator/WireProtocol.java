package io.gptrealtime.simulator;

import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;

/**
 * One WebSocket connection's protocol, driven by {@link WebSocketSessionHandler} on the connection's event loop:
 * {@link SessionProtocol} for realtime and transcription sessions, {@link TranslationProtocol} for translation
 * sessions.
 */
interface WireProtocol {

    /** The upgrade completed. */
    void onOpen();

    void onText(String raw);

    void onBinary();

    void onCloseFrame(CloseWebSocketFrame frame);

    /** The client caught up: paused output may resume. */
    void onWritable();

    /** TCP is gone. */
    void onClosed();
}
