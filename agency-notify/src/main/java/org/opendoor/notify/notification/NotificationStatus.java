package org.opendoor.notify.notification;

/** Where a notification is: waiting to be delivered (or retried), delivered, or given up on. */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED;
}
