package org.opendoor.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendoor.intake.sourcecode.SourceCodes;
import org.opendoor.model.ReferralSource;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * What an authenticated referrer may submit: only its role's channel, only as its own organisation (from the
 * token), with the police block exactly when the channel is POLICE, and a CIN source code that is known or
 * can be defaulted.
 */
@ApplicationScoped
public class Channels {
    /** The one source each referring role may use. */
    static final Map<String, ReferralSource> SOURCE_OF_ROLE = Map.of(
            "school", ReferralSource.SCHOOL,
            "police", ReferralSource.POLICE,
            "call_handler", ReferralSource.PHONE,
            "professional", ReferralSource.PROFESSIONAL);
    private static final String FORCE_PREFIX = "FORCE:";

    private final SourceCodes sourceCodes;

    public Channels(SourceCodes sourceCodes) {
        this.sourceCodes = sourceCodes;
    }

    /** Checks the submission against the caller and returns how to complete it; throws the problem otherwise. */
    public ReferralIntake.Draft draft(ReferralSubmission s, Caller caller) {
        boolean sourceAllowed = SOURCE_OF_ROLE.entrySet().stream()
                .anyMatch(e -> caller.hasRole(e.getKey()) && e.getValue() == s.source());
        if (!sourceAllowed) {
            throw new Problem.Exception(Response.Status.FORBIDDEN,
                    "Your role may not submit referrals with source " + s.source() + ".");
        }
        if (caller.org() == null || caller.org().isBlank()) {
            throw new Problem.Exception(Response.Status.FORBIDDEN,
                    "Your token names no organisation (org claim); referrals are accepted only from a known organisation.");
        }
        String forceCode = s.source() == ReferralSource.POLICE ? forceOf(caller, s) : null;
        checkPoliceBlock(s);
        String sourceCode = sourceCodeOf(s);
        return (id, reference, receivedAt) -> ReferralPayloads.received(id, reference, receivedAt, s, caller.org(),
                sourceCode, forceCode);
    }

    private static void checkPoliceBlock(ReferralSubmission s) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (s.source() == ReferralSource.POLICE && s.police() == null) {
            violations.add(new Problem.Violation("police", "is required when source is POLICE"));
        }
        if (s.source() != ReferralSource.POLICE && s.police() != null) {
            violations.add(new Problem.Violation("police", "is only for source POLICE"));
        }
        if (!violations.isEmpty()) {
            throw new Problem.Exception(Problem.invalid("The police block does not fit the source.", violations));
        }
    }

    /** A force submits as itself: the force code comes from the token; a different one in the body is refused. */
    private static String forceOf(Caller caller, ReferralSubmission s) {
        String tokenForce = caller.org().startsWith(FORCE_PREFIX) ? caller.org().substring(FORCE_PREFIX.length()) : null;
        String bodyForce = s.police() == null ? null : s.police().forceCode();
        if (bodyForce != null && tokenForce != null && !bodyForce.equals(tokenForce)) {
            throw new Problem.Exception(Response.Status.FORBIDDEN,
                    "You may submit incidents only for your own force.");
        }
        return tokenForce != null ? tokenForce : bodyForce;
    }

    private String sourceCodeOf(ReferralSubmission s) {
        ReferralSubmission.Referrer referrer = s.referrer();
        return switch (s.source()) {
            case PHONE -> sourceCodes.resolve(s.source(), s.sourceCode(),
                    referrer == null ? null : referrer.relationshipToChild(), "referrer.relationshipToChild");
            case PROFESSIONAL -> sourceCodes.resolve(s.source(), s.sourceCode(),
                    referrer == null ? null : referrer.organisationType(), "referrer.organisationType");
            default -> sourceCodes.resolve(s.source(), s.sourceCode(), null, "sourceCode");
        };
    }
}
