package org.opendoor.notify.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;

/**
 * The least of a received referral that notifications need: who referred (to acknowledge and feed back), each
 * child's name, date of birth and school (Operation Encompass), and the police incident's statutory facts and
 * DASH answers. No concern narrative, no addresses, no other identifiers.
 */
public record ReferralFacts(UUID referralId, String reference, ReferralSource source, Instant receivedAt,
        String referrerEmail, List<ChildFacts> children, IncidentFacts incident) {

    public record ChildFacts(String name, LocalDate dateOfBirth, Integer estimatedAgeYears, String schoolUrn,
            boolean homeEducated) {
    }

    public record IncidentFacts(String policeReference, Instant incidentAt, String location,
            boolean childrenPresent, String voiceOfChild, String circumstances, String dashRiskLevel,
            Integer dashScore, Map<String, String> dashAnswers, String forceCode) {
    }

    public static ReferralFacts of(ReferralReceived r) {
        List<ChildFacts> children = r.children().stream().map(c -> new ChildFacts(nameOf(c), c.dateOfBirth(),
                c.estimatedAgeYears(), blankToNull(c.schoolUrn()), Boolean.TRUE.equals(c.homeEducated()))).toList();
        IncidentFacts incident = null;
        ReferralReceived.PoliceIncident p = r.police();
        if (p != null) {
            incident = new IncidentFacts(p.incidentReference(), p.incidentAt(), p.location(), p.childrenPresent(),
                    p.voiceOfChild(), p.circumstances(), p.dashRiskLevel() == null ? null : p.dashRiskLevel().name(),
                    p.dashScore(), p.dashAnswers() == null ? Map.of() : Map.copyOf(p.dashAnswers()), p.forceCode());
        }
        String email = r.referrer() == null || r.referrer().anonymous() ? null : blankToNull(r.referrer().email());
        return new ReferralFacts(r.referralId(), r.reference(), r.source(), r.receivedAt(), email, children,
                incident);
    }

    private static String nameOf(ReferralReceived.Child c) {
        String name = ((c.firstName() == null ? "" : c.firstName()) + " "
                + (c.lastName() == null ? "" : c.lastName())).trim();
        return name.isEmpty() ? null : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
