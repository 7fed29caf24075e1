package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.util.concurrent.EventExecutor;

/** What a {@link ResponseStreamer} needs from its session. All calls happen on the session's event loop. */
interface ResponseHost {

    ServerEvents events();

    Ids ids();

    SimulatorConfig config();

    Conversation conversation();

    EventExecutor executor();

    /** Queues an event for the client (serialised now, written in order). */
    void send(ObjectNode event);

    /** True while the client is not reading fast enough; streaming pauses until {@link ResponseStreamer#resume()}. */
    boolean backlogged();

    /** Takes {@code bytes} from the session's kept-audio budget; false when it is spent. */
    boolean keepAudio(int bytes);

    /** The model produced audio in this session (the voice is now locked). */
    void audioProduced();

    /** Sends {@code rate_limits.updated} for a response that reserves this many tokens. */
    void sendRateLimits(int reservedTokens);

    /** Called once, right after the response's {@code response.done} was queued. */
    void responseFinished(ResponseStreamer streamer);
}
