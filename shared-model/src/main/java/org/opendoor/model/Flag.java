package org.opendoor.model;

/** Actions that add up across fired rules and set agencies moving. */
public enum Flag {
    MARAC_REFERRAL,
    OPERATION_ENCOMPASS,
    POLICE_STRATEGY_DISCUSSION,
    HEALTH_VISITOR,
    CONFIRM_AUTHORITY;
}
