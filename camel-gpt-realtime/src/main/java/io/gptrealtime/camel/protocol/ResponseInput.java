package io.gptrealtime.camel.protocol;

/**
 * An element of {@code response.create}'s {@code input}: a full {@link ConversationItem} or a
 * {@link ResponseItemReference} to an item that already exists.
 */
public interface ResponseInput {
}
