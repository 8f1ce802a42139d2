package org.opendoor.intake.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendoor.intake.child.IdentifiableChild;
import org.opendoor.intake.child.NamedOrDescribed;
import org.opendoor.intake.child.UkPostcode;
import org.opendoor.intake.child.UnderEighteen;
import org.opendoor.intake.police.ConsistentDash;
import org.opendoor.intake.police.DashAnswer;
import org.opendoor.intake.police.DashAssessment;
import org.opendoor.intake.police.DashRisk;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralSource;

/** A referral as a school, police force, call handler or professional submits it. Unknown fields are refused. */
@Schema(description = "A concern about one or more children, from an authenticated referrer.")
public record ReferralSubmission(
        @NotNull
        @Schema(description = "Channel; must be the one the caller's role allows (school → SCHOOL, police → POLICE, "
                + "call_handler → PHONE, professional → PROFESSIONAL).", example = "SCHOOL",
                enumeration = {"SCHOOL", "POLICE", "PHONE", "PROFESSIONAL"})
        ReferralSource source,
        @Size(max = 3)
        @Schema(description = "DfE CIN census source-of-referral code (N00152). Optional: defaulted from the channel "
                + "(school 2A, police 6), the caller's relationship to the child (phone) or the referrer's "
                + "organisationType (professional). When given it must be one of the 22 census codes.", example = "2A")
        String sourceCode,
        @NotEmpty @Size(max = 20)
        @Schema(description = "The children the concern is about; at least one, each with a name or a description.")
        List<@NotNull @Valid Child> children,
        @NotNull @Valid
        @Schema(description = "What the referrer is worried about.")
        Concern concern,
        @Valid
        @Schema(description = "The person referring. Their organisation is taken from the caller's token, never from here.")
        Referrer referrer,
        @Valid
        @Schema(description = "The police domestic-abuse incident; required when source is POLICE, refused otherwise.")
        Police police) {

    @NamedOrDescribed
    @Schema(name = "ReferralChild", description = "A child the concern is about.")
    public record Child(
            @Size(max = 100) @Schema(description = "Given name, as known.", example = "Amy") String firstName,
            @Size(max = 100) @Schema(description = "Family name, as known.", example = "Example") String lastName,
            @UnderEighteen
            @Schema(description = "Date of birth: not in the future, and the child under 18. Or give estimatedAgeYears.",
                    example = "2019-04-01")
            LocalDate dateOfBirth,
            @Min(0) @Max(17)
            @Schema(description = "Approximate age in years (0-17) when the date of birth is not known.", example = "7")
            Integer estimatedAgeYears,
            @Size(max = 40) @Schema(description = "Gender as recorded by the referrer.", example = "Female") String gender,
            @Pattern(regexp = "^\\d{10}$", message = "must be 10 digits")
            @Schema(description = "NHS number, 10 digits.", example = "9434765919")
            String nhsNumber,
            @Pattern(regexp = "^[A-Z]\\d{12}$", message = "must be a letter and 12 digits")
            @Schema(description = "Unique pupil number (UPN).", example = "A123456789012")
            String upn,
            @Valid @Schema(description = "Where the child lives, as far as it is known.") Address address,
            @Pattern(regexp = "^\\d{6}$", message = "must be a 6-digit URN")
            @Schema(description = "URN of the child's school.", example = "100001")
            String schoolUrn,
            @Schema(description = "True when the child is educated at home (Operation Encompass then tells children's "
                    + "social care instead of a school).", example = "false")
            Boolean homeEducated,
            @Size(max = 1_000)
            @Schema(description = "Who the child is when the name is not known; free text, stored as text.",
                    example = "Girl of about 6 who lives at the corner house")
            String description,
            @Size(max = 100)
            @Schema(description = "DfE CIN census sex code (cin/sex-codes.csv): M, F or U. Optional; an unknown code is "
                    + "not refused but left unrecorded for the duty team.", example = "F")
            String sex,
            @Size(max = 100)
            @Schema(description = "DfE ethnicity code (cin/ethnicity-codes.csv), e.g. WBRI; NOBT when not obtained, REFU "
                    + "when refused. Optional; an unknown code is left unrecorded for the duty team.", example = "WBRI")
            String ethnicity,
            @Size(max = 50)
            @Schema(description = "DfE disability codes (cin/disability-codes.csv); [\"NONE\"] when the child has none. "
                    + "Optional; a list with unknown or repeated codes, or NONE with another code, is left unrecorded "
                    + "for the duty team.",
                    example = "[\"NONE\"]")
            List<@NotNull String> disabilities) implements IdentifiableChild {

        @Override
        public boolean hasNameOrDescription() {
            return IdentifiableChild.present(firstName) || IdentifiableChild.present(lastName)
                    || IdentifiableChild.present(description);
        }
    }

    @Schema(name = "ReferralAddress", description = "An address, as far as it is known.")
    public record Address(
            @Size(max = 200) @Schema(description = "First line.", example = "12 Example Street") String line1,
            @Size(max = 200) @Schema(description = "Second line.", example = "Flat 2") String line2,
            @Size(max = 100) @Schema(description = "Town or city.", example = "Loughborough") String town,
            @Pattern(regexp = UkPostcode.PATTERN, message = UkPostcode.MESSAGE)
            @Schema(description = "UK postcode; case and spacing are forgiven and tidied.", example = "LE11 3TU")
            String postcode) {
    }

    @Schema(name = "ReferralConcern", description = "What the referrer is worried about.")
    public record Concern(
            @NotBlank @Size(max = 10_000)
            @Schema(description = "What happened and why the referrer is worried; up to 10000 characters of free text, "
                    + "stored and shown as text, never as markup.",
                    example = "Arrives hungry and unkempt most days; said there is no food at home.")
            String summary,
            @Size(max = 9)
            @Schema(description = "Categories of concern.", example = "[\"NEGLECT\"]")
            List<@NotNull ConcernCategory> categories,
            @Size(max = 30)
            @Schema(description = "Observed signs.", example = "[\"CHILD_UNKEMPT\"]")
            List<@NotNull Indicator> indicators,
            @Schema(description = "True when a child is in immediate danger now.", example = "false")
            Boolean immediateDanger,
            @PastOrPresent
            @Schema(description = "When the referrer saw or heard it (UTC); not in the future.", example = "2026-11-20T18:30:00Z")
            Instant observedAt) {

        /** Not saying a child is in immediate danger is not saying they are: an absent answer is no. */
        public boolean inImmediateDanger() {
            return Boolean.TRUE.equals(immediateDanger);
        }
    }

    @Schema(name = "Referrer", description = "Who is referring; the organisation itself comes from the caller's token.")
    public record Referrer(
            @Size(max = 200) @Schema(description = "Name of the person referring.", example = "Dee Lead") String name,
            @Size(max = 200) @Schema(description = "Their job or role.", example = "Designated Safeguarding Lead") String role,
            @Size(max = 200) @Schema(description = "Name of their organisation, for people to read.",
                    example = "Example Primary School") String organisation,
            @Size(max = 40) @Pattern(regexp = "^[0-9+() -]*$", message = "may contain only digits, spaces, +, ( and )")
            @Schema(description = "Phone number to call back.", example = "0116 496 0000") String phone,
            @Email @Size(max = 254) @Schema(description = "Email to reply to.", example = "dsl@school.example") String email,
            @Size(max = 100)
            @Schema(description = "Their relationship to the child. For PHONE referrals this is the caller's relationship "
                    + "and decides the source code: one of the PHONE keys of cin/source-code-defaults.csv, e.g. PARENT, "
                    + "RELATIVE, NEIGHBOUR, SELF, GP, HEALTH_VISITOR, ANONYMOUS, OTHER.", example = "NEIGHBOUR")
            String relationshipToChild,
            @Size(max = 60)
            @Schema(description = "For PROFESSIONAL referrals: the kind of organisation, which decides the source code "
                    + "when sourceCode is not given (GP, HEALTH_VISITOR, SCHOOL_NURSE, HOUSING, EARLY_HELP, …).",
                    example = "HEALTH_VISITOR")
            String organisationType,
            @Schema(description = "Whether the family may be told who referred.", example = "true")
            Boolean consentToContactFamily) {
    }

    @ConsistentDash
    @Schema(name = "PoliceIncident", description = "Police domestic-abuse incident; required when source is POLICE.")
    public record Police(
            @NotBlank @Size(max = 60)
            @Schema(description = "The force's incident reference.", example = "LP-2026-11-20-0042")
            String incidentReference,
            @NotNull @PastOrPresent
            @Schema(description = "When the incident happened (UTC).", example = "2026-11-20T22:10:00Z")
            Instant incidentAt,
            @NotNull
            @Schema(description = "DASH risk level; may be higher than the score implies, never lower "
                    + "(14+ HIGH, 10-13 MEDIUM).", example = "HIGH")
            DashRiskLevel dashRiskLevel,
            @NotNull @Min(0) @Max(27)
            @Schema(description = "Number of YES answers on the 27-question DASH checklist.", example = "15")
            Integer dashScore,
            @NotNull
            @Schema(description = "Whether children were present at the incident.", example = "true")
            Boolean childrenPresent,
            @NotBlank @Size(max = 5_000)
            @Schema(description = "What the child said, saw or felt, in their words where possible; free text.",
                    example = "Said she hid in her room and heard shouting.")
            String voiceOfChild,
            @Size(max = 20) @Pattern(regexp = "^[A-Z_]+$", message = "must be upper-case letters")
            @Schema(description = "Force code; must match the caller's FORCE: organisation when given.", example = "LEICS")
            String forceCode,
            @Size(max = 200)
            @Schema(description = "Where the incident happened.", example = "Home address")
            String location,
            @Size(max = 2_000)
            @Schema(description = "Brief circumstances, for the school's key adult.", example = "Verbal argument between adults.")
            String circumstances,
            @Size(max = DashRisk.QUESTIONS)
            @Schema(description = "DASH answers by question number 1-27 (YES, NO, NOT_KNOWN), carried on to MARAC so "
                    + "nobody re-keys them. When given, dashScore must equal the number of YES answers.",
                    example = "{\"1\": \"YES\", \"2\": \"NO\"}")
            Map<String, @NotNull DashAnswer> dashAnswers) implements DashAssessment {
    }
}
