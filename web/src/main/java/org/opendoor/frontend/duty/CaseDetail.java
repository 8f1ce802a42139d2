package org.opendoor.frontend.duty;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case as triage gives it to the duty worker of its authority, with the referral as received. Only the fields the
 * case page shows; text from the referral is shown as text (Qute escapes it), never as markup.
 */
@TemplateData
public record CaseDetail(UUID caseId, UUID referralId, String reference, String localAuthority, String team,
        int level, String priority, String recommendedPathway, List<String> flags, String rulesetVersion,
        List<FiredRule> rulesFired, Instant receivedAt, Instant decisionDueAt, boolean overdue, String status,
        int priorReferrals12Months, int policeDomesticAbuseIncidents12Months, List<PossibleMatch> possibleMatches,
        Decision decision, String sourceCode, boolean sourceCodeNeedsReview, String routingBasis,
        boolean postcodeOutsidePartnership, Transfer transfer, Referral referral, String cinPrimaryNeed,
        List<IndexedChild> children) {

    public CaseWords words() {
        return new CaseWords(priority, status, recommendedPathway);
    }

    public boolean awaitingDecision() {
        return "AWAITING_DECISION".equals(status);
    }

    @TemplateData
    public record FiredRule(String ruleId, String explanation) {
    }

    @TemplateData
    public record PossibleMatch(UUID childId, UUID matchedChildId, String reason, String status,
            int matchedChildReferrals) {
        /** The form field of this match's answer, as the error summary names it. */
        public String field() {
            return "sameChild-" + matchedChildId;
        }

        public boolean open() {
            return "UNCONFIRMED".equals(status);
        }
    }

    @TemplateData
    public record Decision(String outcome, String rationale, String primaryNeedCode, String decidedBy,
            Instant decidedAt) {
        public String outcomeText() {
            return Outcome.textOf(outcome);
        }
    }

    /** A child of the case as the child index knows them: the census LA child id and characteristics. */
    @TemplateData
    public record IndexedChild(UUID childIndexId, String laChildId, Characteristics characteristics) {
    }

    /** DfE codes, each null when nobody has said. */
    @TemplateData
    public record Characteristics(String sex, String ethnicity, List<String> disabilities) {
        public static final Characteristics NONE_RECORDED = new Characteristics(null, null, null);
    }

    @TemplateData
    public record Transfer(String localAuthority, String name, String phone, String note, String transferredBy,
            Instant transferredAt) {
    }

    @TemplateData
    public record Referral(String source, List<Child> children, Concern concern, Referrer referrer, Police police) {
    }

    @TemplateData
    public record Child(String firstName, String lastName, LocalDate dateOfBirth, Integer estimatedAgeYears,
            String gender, String description, Address address, String schoolUrn) {
        public String name() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
            return name.isEmpty() ? "Name not known" : name;
        }

        public String age() {
            if (dateOfBirth != null) {
                return "Born " + dateOfBirth.getDayOfMonth() + " " + dateOfBirth.getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + dateOfBirth.getYear();
            }
            return estimatedAgeYears == null ? "Age not known" : "About " + estimatedAgeYears + " years old";
        }

        public String where() {
            if (address == null) {
                return "Not known";
            }
            return String.join(", ", java.util.stream.Stream.of(address.line1(), address.line2(), address.town(),
                    address.postcode()).filter(p -> p != null && !p.isBlank()).toList());
        }
    }

    @TemplateData
    public record Address(String line1, String line2, String town, String postcode) {
    }

    @TemplateData
    public record Concern(String summary, List<String> categories, List<String> indicators, Boolean immediateDanger,
            Instant observedAt) {
        /** The signs as words ("Aggressive shouting" for AGGRESSIVE_SHOUTING). */
        public List<String> signs() {
            return indicators == null ? List.of() : indicators.stream().map(CaseDetail::words).toList();
        }

        public List<String> kinds() {
            return categories == null ? List.of() : categories.stream().map(CaseDetail::words).toList();
        }
    }

    static String words(String code) {
        String text = code.replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @TemplateData
    public record Referrer(String name, String role, String organisation, String phone, String email,
            String relationshipToChild) {
        public boolean anonymous() {
            return (name == null || name.isBlank()) && (phone == null || phone.isBlank())
                    && (email == null || email.isBlank());
        }
    }

    @TemplateData
    public record Police(String incidentReference, Instant incidentAt, String dashRiskLevel, Integer dashScore,
            Boolean childrenPresent, String voiceOfChild, String forceCode, String circumstances,
            Map<String, String> dashAnswers) {
    }

    @TemplateData
    public record Notification(String purpose, String recipient, String channel, String status, int attempts,
            Instant dueBy, Instant sentAt) {
    }

    @TemplateData
    public record AuditEntry(Instant at, String actor, String role, String action, String outcome) {
        /** What they did, in words ("Read case", "Decide case"), with the result unless it went through. */
        public String what() {
            String did = words(action);
            return outcome == null || outcome.startsWith("OK") ? did : did + " (" + outcome.toLowerCase(java.util.Locale.UK) + ")";
        }
    }
}
