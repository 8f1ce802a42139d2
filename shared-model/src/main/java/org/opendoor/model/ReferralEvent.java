package org.opendoor.model;

import java.util.UUID;

/** A payload about one referral: the consumer checks it names the referral its envelope is keyed by. */
public interface ReferralEvent {
    UUID referralId();
}
