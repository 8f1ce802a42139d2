package org.opendoor.model;

import java.util.Arrays;

/** Every event OpenDoor publishes: its type name, schema version, topic and payload record. */
public enum EventType {
    REFERRAL_RECEIVED("ReferralReceived", 1, Topics.REFERRAL_RECEIVED, ReferralReceived.class),
    REFERRAL_TRIAGED("ReferralTriaged", 1, Topics.REFERRAL_TRIAGED, ReferralTriaged.class),
    REFERRAL_DECIDED("ReferralDecided", 1, Topics.REFERRAL_DECIDED, ReferralDecided.class),
    CASE_ESCALATED("CaseEscalated", 1, Topics.CASE_ESCALATED, CaseEscalated.class),
    CASE_TRANSFERRED("CaseTransferred", 1, Topics.CASE_TRANSFERRED, CaseTransferred.class),
    SOURCE_CODE_CORRECTED("SourceCodeCorrected", 1, Topics.SOURCE_CODE_CORRECTED, SourceCodeCorrected.class),
    NOTIFICATION_SETTLED("NotificationSettled", 1, Topics.NOTIFICATION_SETTLED, NotificationSettled.class);

    private final String typeName;
    private final int schemaVersion;
    private final String topic;
    private final Class<?> payloadType;

    EventType(String typeName, int schemaVersion, String topic, Class<?> payloadType) {
        this.typeName = typeName;
        this.schemaVersion = schemaVersion;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String typeName() {
        return typeName;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String topic() {
        return topic;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    public static EventType ofTypeName(String typeName) {
        return Arrays.stream(values())
                .filter(t -> t.typeName.equals(typeName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type: " + typeName));
    }
}
