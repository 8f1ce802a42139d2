package org.opendoor.notify.directory;

/**
 * One entry of the directory: who, in which authority, and how to reach them. {@code secret} is the webhook's
 * shared signing secret; it is never shown by the API.
 */
public record Recipient(RecipientKind kind, String key, String name, String localAuthority, Channel channel,
        String address, String secret) {
}
