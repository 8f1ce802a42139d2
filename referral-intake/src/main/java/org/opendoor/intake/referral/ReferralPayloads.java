package org.opendoor.intake.referral;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.opendoor.intake.child.UkPostcode;
import org.opendoor.intake.sourcecode.SourceCode;
import org.opendoor.model.CinCharacteristicCodes;
import org.opendoor.model.ReferralReceived;

/** Turns an authenticated submission into the ReferralReceived event payload. */
final class ReferralPayloads {
    private ReferralPayloads() {
    }

    /**
     * @param org        the submitting organisation, from the caller's token
     * @param sourceCode the CIN source-of-referral code, already decided (10 with review when it could not be)
     * @param forceCode  the police force, from the caller's token (null for other channels)
     * @param frontDoor  the caller's own authority (la claim), or null
     */
    static ReferralReceived received(UUID id, String reference, Instant receivedAt, ReferralSubmission s, String org,
            SourceCode sourceCode, String forceCode, String frontDoor) {
        return new ReferralReceived(id, reference, receivedAt, s.source(), sourceCode.code(), org,
                s.children().stream().map(ReferralPayloads::child).toList(),
                new ReferralReceived.Concern(s.concern().summary(), s.concern().categories(), s.concern().indicators(),
                        s.concern().inImmediateDanger(), s.concern().observedAt()),
                s.referrer() == null ? null : new ReferralReceived.Referrer(false, s.referrer().name(),
                        s.referrer().role(), s.referrer().organisation(), s.referrer().phone(), s.referrer().email(),
                        s.referrer().relationshipToChild(), s.referrer().consentToContactFamily()),
                s.police() == null ? null : police(s.police(), forceCode), sourceCode.needsReview(), frontDoor);
    }

    private static ReferralReceived.PoliceIncident police(ReferralSubmission.Police p, String forceCode) {
        Map<String, String> answers = null;
        if (p.dashAnswers() != null && !p.dashAnswers().isEmpty()) {
            answers = new TreeMap<>();
            for (var answer : p.dashAnswers().entrySet()) {
                answers.put(answer.getKey(), answer.getValue().name());
            }
        }
        return new ReferralReceived.PoliceIncident(p.incidentReference(), p.incidentAt(), p.dashRiskLevel(),
                p.dashScore(), p.childrenPresent(), p.voiceOfChild(), forceCode != null ? forceCode : p.forceCode(),
                p.location(), p.circumstances(), answers);
    }

    private static ReferralReceived.Child child(ReferralSubmission.Child c) {
        ReferralSubmission.Address a = c.address();
        // an unknown census code is left for the duty team to record, never a reason to refuse the concern
        CinCharacteristicCodes.Characteristics census = CinCharacteristicCodes.shipped().recognised(c.sex(),
                c.ethnicity(), c.disabilities());
        return new ReferralReceived.Child(c.firstName(), c.lastName(), c.dateOfBirth(), c.estimatedAgeYears(),
                c.gender(), c.nhsNumber(), c.upn(),
                a == null ? null : new ReferralReceived.Address(a.line1(), a.line2(), a.town(), UkPostcode.tidy(a.postcode())),
                c.schoolUrn(), c.homeEducated(), c.description(), census.sex(), census.ethnicity(), census.disabilities());
    }
}
