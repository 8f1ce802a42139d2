package org.opendoor.notify.plan;

/** Why someone is told. The names are the API's {@code purpose} values; each has a template file. */
public enum Purpose {
    REFERRER_ACKNOWLEDGEMENT,
    DUTY_ALERT,
    POLICE_STRATEGY_DISCUSSION,
    OPERATION_ENCOMPASS,
    MARAC_REFERRAL,
    HEALTH_VISITOR,
    REFERRER_FEEDBACK,
    SLA_ESCALATION,
    /** To another authority's front door: a case about a child in its area was transferred to it. */
    TRANSFER_NOTICE,
    /** To the sending front door: the receiving authority has no front door to notify, so someone must call it. */
    TRANSFER_CALL_REQUIRED,
    /** To the duty manager: another notification could not be delivered and someone must act. */
    DELIVERY_FAILED;
}
