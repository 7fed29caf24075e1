package io.gptrealtime.camel.protocol;

/**
 * A response ended ({@code response.done}), always sent whatever the outcome: check the status. It lists every output
 * item (without audio bytes) and the usage.
 */
public final class ResponseDoneEvent extends ResponseLifecycleEvent {

    public ResponseDoneEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_DONE;
    }
}
