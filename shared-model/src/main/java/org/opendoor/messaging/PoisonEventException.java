package org.opendoor.messaging;

/**
 * Thrown by a handler for an event that can never succeed (invalid content, unknown code). The consumer loop
 * dead-letters it instead of retrying. Any other exception is treated as transient and retried.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
