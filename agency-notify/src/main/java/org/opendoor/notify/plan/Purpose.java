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
    /** To the duty manager: another notification could not be delivered and someone must act. */
    DELIVERY_FAILED;
}
