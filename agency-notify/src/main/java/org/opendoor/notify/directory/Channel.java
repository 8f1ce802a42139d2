package org.opendoor.notify.directory;

/** How a recipient is reached. */
public enum Channel {
    EMAIL,
    WEBHOOK,
    GOVUK_NOTIFY;
}
