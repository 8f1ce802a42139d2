package org.opendoor.notify.notification;

/**
 * Fired in a transaction that stored notifications to send: the delivery engine observes it after the commit,
 * so it wakes for rows it can see.
 */
public record NotificationsQueued() {
}
