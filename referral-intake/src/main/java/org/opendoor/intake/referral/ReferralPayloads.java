package org.opendoor.intake.referral;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;

/** Turns an API submission into the ReferralReceived event payload. */
final class ReferralPayloads {
    /** CIN source-of-referral codes where the channel alone decides it. */
    private static final Map<ReferralSource, String> DEFAULT_SOURCE_CODES = Map.of(
            ReferralSource.SCHOOL, "2A",
            ReferralSource.POLICE, "6",
            ReferralSource.PHONE, "10",
            ReferralSource.PROFESSIONAL, "10");

    private ReferralPayloads() {
    }

    static ReferralReceived received(UUID id, String reference, Instant receivedAt, ReferralSubmission s, String org) {
        String sourceCode = s.sourceCode() != null ? s.sourceCode() : DEFAULT_SOURCE_CODES.get(s.source());
        return new ReferralReceived(id, reference, receivedAt, s.source(), sourceCode, org,
                s.children().stream().map(ReferralPayloads::child).toList(),
                new ReferralReceived.Concern(s.concern().summary(), s.concern().categories(), s.concern().indicators(),
                        s.concern().immediateDanger(), s.concern().observedAt()),
                s.referrer() == null ? null : new ReferralReceived.Referrer(false, s.referrer().name(),
                        s.referrer().role(), s.referrer().organisation(), s.referrer().phone(), s.referrer().email(),
                        s.referrer().relationshipToChild(), s.referrer().consentToContactFamily()),
                s.police() == null ? null : new ReferralReceived.PoliceIncident(s.police().incidentReference(),
                        s.police().incidentAt(), s.police().dashRiskLevel(), s.police().dashScore(),
                        s.police().childrenPresent(), s.police().voiceOfChild(), s.police().forceCode(),
                        s.police().location(), s.police().circumstances(), null));
    }

    private static ReferralReceived.Child child(ReferralSubmission.Child c) {
        ReferralSubmission.Address a = c.address();
        return new ReferralReceived.Child(c.firstName(), c.lastName(), c.dateOfBirth(), c.estimatedAgeYears(),
                c.gender(), c.nhsNumber(), c.upn(),
                a == null ? null : new ReferralReceived.Address(a.line1(), a.line2(), a.town(),
                        a.postcode() == null ? null : a.postcode().toUpperCase().replaceAll("\\s+", " ").trim()),
                c.schoolUrn(), c.homeEducated());
    }
}
