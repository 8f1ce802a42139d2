package org.opendoor.model;

/** Kafka topic names. A breaking payload change is a new topic version, never an edit here. */
public final class Topics {
    public static final String REFERRAL_RECEIVED = "opendoor.referral.received.v1";
    public static final String REFERRAL_TRIAGED = "opendoor.referral.triaged.v1";
    public static final String REFERRAL_DECIDED = "opendoor.referral.decided.v1";
    public static final String CASE_ESCALATED = "opendoor.case.escalated.v1";
    public static final String CASE_TRANSFERRED = "opendoor.case.transferred.v1";
    public static final String SOURCE_CODE_CORRECTED = "opendoor.referral.source-code-corrected.v1";
    public static final String NOTIFICATION_SETTLED = "opendoor.notification.settled.v1";
    /** Dead letters of a topic go to the topic's name with this suffix. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
