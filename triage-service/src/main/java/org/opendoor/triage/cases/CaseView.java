package org.opendoor.triage.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.triage.children.ChildCharacteristics;
import org.opendoor.triage.rules.FiredRule;

/** A case as duty staff see it (API.md). The queue leaves out the referral itself; the detail includes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Case", description = "A referral in a duty queue, with the triage recommendation and why")
public record CaseView(
        @Schema(description = "Case id", example = "3f6c1a9e-5b7d-4c1e-9a34-2f0e8d7b6c51") UUID caseId,
        @Schema(description = "The referral this case was opened for", example = "0b8e4c2a-1d3f-4e5a-8b6c-7d9e0f1a2b3c")
        UUID referralId,
        @Schema(description = "Referral reference quoted to the referrer", example = "OD-2026-000123") String reference,
        @Schema(description = "ONS code of the authority that owns the case; absent for a partnership hub case no "
                + "authority owns yet",
                example = "E10000018") String localAuthority,
        @Schema(description = "Duty team or queue holding the case", example = "leicestershire-first-response")
        String team,
        @Schema(description = "Continuum-of-need level, 1 (universal) to 4 (specialist)", example = "4") int level,
        @Schema(description = "Triage RAG priority", example = "RED") Priority priority,
        @Schema(description = "Pathway the threshold rules recommend", example = "S47_STRATEGY_DISCUSSION")
        Pathway recommendedPathway,
        @Schema(description = "Actions for partner agencies, added up over the fired rules",
                example = "[\"MARAC_REFERRAL\", \"OPERATION_ENCOMPASS\"]") Set<Flag> flags,
        @Schema(description = "Ruleset version the case was triaged with", example = "llr-2026.1") String rulesetVersion,
        @Schema(description = "Every rule that fired, with its plain-English explanation") List<FiredRule> rulesFired,
        @Schema(description = "Suggested CIN census primary need code (N00101)", example = "N1") String cinPrimaryNeed,
        @Schema(description = "Suggested CIN census factor codes (N00181)", example = "[\"3A\"]") List<String> cinFactors,
        @Schema(description = "When intake accepted the referral (UTC)", example = "2026-04-02T09:15:00Z")
        Instant receivedAt,
        @Schema(description = "When the duty decision is due (UTC)", example = "2026-04-07T16:00:00Z")
        Instant decisionDueAt,
        @Schema(description = "True when the case passed its decision deadline undecided", example = "false")
        boolean overdue,
        @Schema(description = "Where the case is", example = "AWAITING_DECISION") CaseStatus status,
        @Schema(description = "Other referrals confirmed as about the same child in the last 12 months", example = "2")
        int priorReferrals12Months,
        @Schema(description = "Police domestic-abuse incidents for the child in the last 12 months, this one included",
                example = "1") int policeDomesticAbuseIncidents12Months,
        @Schema(description = "Children in the index who may be the same child; a person confirms or rejects them")
        List<PossibleMatchView> possibleMatches,
        @Schema(description = "The duty decision, once made") DecisionView decision,
        @Schema(description = "CIN source-of-referral code (N00152)", example = "2A") String sourceCode,
        @Schema(description = "True when intake could not derive the source code and stored 10 (unknown): correct it",
                example = "false") boolean sourceCodeNeedsReview,
        @Schema(description = "Why the case is in this queue: DISTRICT, SHARED_DISTRICT, POSTCODE_DIRECTORY (placed by "
                + "the child's postcode), FRONT_DOOR (the council chosen or the submitter's own), REFERRER (the "
                + "referring organisation's authority) or PARTNERSHIP_HUB", example = "DISTRICT") String routingBasis,
        @Schema(description = "True when the child's postcode lies outside the partnerships: transfer the case to the "
                + "child's authority", example = "false") boolean postcodeOutsidePartnership,
        @Schema(description = "The transfer to another authority's front door, once made") TransferView transfer,
        @Schema(description = "The referral as received (detail only): children, concern, referrer, police incident")
        JsonNode referral,
        @Schema(description = "The referral's children as the child index knows them (detail only), in the "
                + "referral's order: ids for the characteristics endpoint, the census LA child id and characteristics")
        List<ChildView> children) {

    @Schema(name = "CaseChild", description = "A child of the case in the child index")
    public record ChildView(
            @Schema(description = "Child-index id (for PUT .../children/{childIndexId}/characteristics)",
                    example = "9a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d") UUID childIndexId,
            @Schema(description = "Stable LA child id for the CIN census (LAchildID), never reused",
                    example = "OD00000042") String laChildId,
            @Schema(description = "Census characteristics as recorded") ChildCharacteristics characteristics) {
    }

    @Schema(name = "PossibleMatch", description = "A near match in the child index, never merged without a person")
    public record PossibleMatchView(
            @Schema(description = "Child-index id of the child in this referral",
                    example = "9a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d") UUID childId,
            @Schema(description = "Child-index id of the possibly identical child",
                    example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID matchedChildId,
            @Schema(description = "Why it may be the same child", example = "same surname and date of birth")
            String reason,
            @Schema(description = "UNCONFIRMED, CONFIRMED or REJECTED", example = "UNCONFIRMED") String status,
            @Schema(description = "Referrals already linked to the matched child", example = "2")
            int matchedChildReferrals) {
    }

    @Schema(name = "Decision", description = "The duty team's decision on a case")
    public record DecisionView(
            @Schema(description = "Outcome", example = "S17_ASSESSMENT") Pathway outcome,
            @Schema(description = "Why, in the decider's words", example = "Level 3 concerns; family known to early help.")
            String rationale,
            @Schema(description = "CIN census primary need code (N00101) recorded with the decision; absent for an "
                    + "NFA decision with none suggested, and for decisions made before it was recorded", example = "N1")
            String primaryNeedCode,
            @Schema(description = "Who decided (token subject)", example = "duty_worker-1a2b3c4d") String decidedBy,
            @Schema(description = "When (UTC)", example = "2026-04-03T10:00:00Z") Instant decidedAt) {
    }

    @Schema(name = "Transfer", description = "A case handed to the front door of another authority")
    public record TransferView(
            @Schema(description = "ONS code of the receiving authority", example = "E09000033") String localAuthority,
            @Schema(description = "Its name", example = "Westminster") String name,
            @Schema(description = "Its children's services front-door phone, when known", example = "020 7641 4000")
            String phone,
            @Schema(description = "The note for the record", example = "Family moved to Westminster.") String note,
            @Schema(description = "Who transferred it (token subject)", example = "duty_worker-1a2b3c4d")
            String transferredBy,
            @Schema(description = "When (UTC)", example = "2026-04-03T10:00:00Z") Instant transferredAt) {
    }

    static CaseView of(DutyCase c, List<PossibleMatchView> matches, DecisionView decision, TransferView transfer,
            JsonNode referral, List<ChildView> children, Instant now) {
        return new CaseView(c.id(), c.referralId(), c.reference(), c.localAuthority(), c.team(), c.level(),
                c.priority(), c.recommendedPathway(), c.flags(), c.rulesetVersion(), c.rulesFired(),
                c.cin().primaryNeed(), c.cin().factors(), c.receivedAt(), c.decisionDueAt(),
                c.status() == CaseStatus.AWAITING_DECISION && c.decisionDueAt() != null
                        && c.decisionDueAt().isBefore(now),
                c.status(), c.priorReferrals12Months(), c.policeDomesticAbuseIncidents12Months(), matches, decision,
                c.sourceCode(), c.sourceCodeNeedsReview(), c.routingBasis(), c.postcodeOutsidePartnership(), transfer,
                referral, children);
    }
}
