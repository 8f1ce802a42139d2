package org.opendoor.frontend.intake;

/** referral-intake's 202 answer: the reference to quote, and advice to call 999 when a child is in danger now. */
public record PublicConcernAccepted(String referralId, String reference, String status, String receivedAt,
        String urgentAdvice) {
}
