package org.opendoor.model;

/** Channel a referral arrived by. PUBLIC is the open web form; the others are authenticated callers. */
public enum ReferralSource {
    SCHOOL,
    POLICE,
    PHONE,
    PROFESSIONAL,
    PUBLIC;
}
