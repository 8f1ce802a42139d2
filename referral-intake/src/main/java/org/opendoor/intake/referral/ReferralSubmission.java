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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralSource;

/** A referral as a school, police force, call handler or professional submits it. */
@Schema(description = "A concern about one or more children, from an authenticated referrer.")
public record ReferralSubmission(
        @NotNull @Schema(description = "Channel; must match the caller's role.", example = "SCHOOL") ReferralSource source,
        @Pattern(regexp = "^(1[A-D]|2[AB]|3[A-F]|4|5[A-D]|6|7|8|9|10)$", message = "is not a CIN source-of-referral code")
        @Schema(description = "CIN census source-of-referral code (N00152); defaulted from source where unambiguous.", example = "2A")
        String sourceCode,
        @NotEmpty @Size(max = 20) @Valid List<@NotNull @Valid Child> children,
        @NotNull @Valid Concern concern,
        @Valid Referrer referrer,
        @Valid Police police) {

    @Schema(description = "A child the concern is about.")
    public record Child(
            @Size(max = 100) @Schema(example = "Amy") String firstName,
            @Size(max = 100) @Schema(example = "Example") String lastName,
            @PastOrPresent @Schema(description = "Date of birth; or give estimatedAgeYears.", example = "2019-04-01") LocalDate dateOfBirth,
            @Min(0) @Max(17) @Schema(description = "Approximate age when the date of birth is not known.", example = "7") Integer estimatedAgeYears,
            @Size(max = 40) @Schema(example = "F") String gender,
            @Pattern(regexp = "^\\d{10}$", message = "must be 10 digits") @Schema(example = "9434765919") String nhsNumber,
            @Pattern(regexp = "^[A-Z]\\d{12}$", message = "must be a letter and 12 digits") @Schema(description = "Unique pupil number.", example = "A123456789012") String upn,
            @Valid Address address,
            @Pattern(regexp = "^\\d{6}$", message = "must be a 6-digit URN") @Schema(example = "100001") String schoolUrn,
            @Schema(description = "True when the child is educated at home.", example = "false") Boolean homeEducated) {
    }

    @Schema(description = "Where the child lives, as far as it is known.")
    public record Address(
            @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @Size(max = 100) @Schema(example = "Loughborough") String town,
            @Pattern(regexp = "^(?i)[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}$", message = "is not a UK postcode")
            @Schema(example = "LE11 3TU") String postcode) {
    }

    @Schema(description = "What the referrer is worried about.")
    public record Concern(
            @NotBlank @Size(max = 10_000) @Schema(description = "Free text; stored and shown as text, never markup.") String summary,
            @Schema(example = "[\"NEGLECT\"]") List<@NotNull ConcernCategory> categories,
            @Schema(example = "[\"CHILD_UNKEMPT\"]") List<@NotNull Indicator> indicators,
            @Schema(description = "True when a child is in immediate danger.", example = "false") boolean immediateDanger,
            @PastOrPresent @Schema(example = "2026-11-20T18:30:00Z") Instant observedAt) {
    }

    @Schema(description = "Who is referring; the organisation itself comes from the caller's token.")
    public record Referrer(
            @Size(max = 200) String name,
            @Size(max = 200) @Schema(example = "Designated Safeguarding Lead") String role,
            @Size(max = 200) String organisation,
            @Size(max = 40) String phone,
            @Email @Size(max = 254) @Schema(example = "dsl@school.example") String email,
            @Size(max = 100) @Schema(example = "Teacher") String relationshipToChild,
            Boolean consentToContactFamily) {
    }

    @Schema(description = "Police domestic-abuse incident; required when source is POLICE.")
    public record Police(
            @NotBlank @Size(max = 60) @Schema(example = "LP-2026-11-20-0042") String incidentReference,
            @NotNull @PastOrPresent Instant incidentAt,
            @NotNull @Schema(example = "HIGH") DashRiskLevel dashRiskLevel,
            @Min(0) @Max(27) @Schema(description = "Number of yes answers on the DASH checklist.", example = "15") Integer dashScore,
            @NotNull @Schema(example = "true") Boolean childrenPresent,
            @Size(max = 5_000) String voiceOfChild,
            @Size(max = 20) @Schema(example = "LEICS") String forceCode,
            @Size(max = 200) String location,
            @Size(max = 2_000) String circumstances) {
    }
}
