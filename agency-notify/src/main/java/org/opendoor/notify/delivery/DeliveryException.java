package org.opendoor.notify.delivery;

/** A channel could not deliver. Permanent failures (the recipient refused it) are not retried. */
public class DeliveryException extends Exception {
    private final boolean permanent;

    public DeliveryException(String reason, boolean permanent) {
        super(reason, null, false, false);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
