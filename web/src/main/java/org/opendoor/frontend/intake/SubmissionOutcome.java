package org.opendoor.frontend.intake;

import java.time.Duration;
import java.util.List;

/** What sending a report to referral-intake came to. */
public sealed interface SubmissionOutcome {
    record Accepted(PublicConcernAccepted answer) implements SubmissionOutcome {
    }

    /** intake refused the content: names of the fields it objected to (never their values). */
    record Refused(List<String> fields) implements SubmissionOutcome {
    }

    /** Too many reports from this person's address; try again after {@code retryAfter}. */
    record TooMany(Duration retryAfter) implements SubmissionOutcome {
    }

    /**
     * intake could not be reached or could not store it now. It may have stored it before a reply was lost: trying
     * again with the same Idempotency-Key is safe either way.
     */
    record Unavailable() implements SubmissionOutcome {
    }
}
