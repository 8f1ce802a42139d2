package org.opendoor.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendoor.intake.sourcecode.SourceCode;
import org.opendoor.intake.sourcecode.SourceCodes;
import org.opendoor.model.ReferralSource;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * What an authenticated referrer may submit: only its role's channel, only as its own organisation (from the
 * token), with the police block exactly when the channel is POLICE. The CIN source code is decided here too,
 * and never refuses a referral: one that cannot be decided is stored as 10 for review.
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

    /** The role a referral of this source is submitted in, for the audit trail. */
    static Set<String> rolesUsing(ReferralSource source) {
        return SOURCE_OF_ROLE.entrySet().stream().filter(e -> e.getValue() == source).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

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
        SourceCode sourceCode = sourceCodeOf(s, caller.org());
        return (id, reference, receivedAt) -> ReferralPayloads.received(id, reference, receivedAt, s, caller.org(),
                sourceCode, forceCode, caller.localAuthority());
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

    private SourceCode sourceCodeOf(ReferralSubmission s, String org) {
        ReferralSubmission.Referrer referrer = s.referrer();
        String key = switch (s.source()) {
            case PHONE -> referrer == null ? null : referrer.relationshipToChild();
            case PROFESSIONAL -> referrer == null ? null : referrer.organisationType();
            default -> null;
        };
        // a call handler's organisation is the council's contact centre, which says nothing of who called
        return sourceCodes.resolve(s.source(), s.sourceCode(), key, s.source() == ReferralSource.PHONE ? null : org);
    }
}
