package org.opendoor.intake.publicreport;

import com.fasterxml.jackson.annotation.JsonAlias;
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
import org.opendoor.intake.child.IdentifiableChild;
import org.opendoor.intake.child.NamedOrDescribed;
import org.opendoor.intake.child.UkPostcode;
import org.opendoor.intake.child.UnderEighteen;

/** A member of the public's report, from the open web form. Anonymous reports are welcome. */
@Schema(description = "A concern about a child reported by a member of the public; may be anonymous.")
public record PublicConcern(
        @NotEmpty @Size(max = 10)
        @Schema(description = "The children you are worried about: at least one, with a name or a description.")
        List<@NotNull @Valid Child> children,
        @NotNull @Valid @Schema(description = "What you saw or heard.") Concern concern,
        @NotNull @Valid @Schema(description = "About you: anonymous, or your name, a way to contact you and how you know the child.")
        Reporter reporter,
        @Pattern(regexp = "^E\\d{8}$", message = "must be the ONS code of an English council, e.g. E10000018")
        @Schema(description = "The council you chose to report to (ONS code), e.g. after a postcode lookup. It looks "
                + "at the report when the child's postcode is not known or lies outside its area.", example = "E10000018")
        String localAuthority) {

    @NamedOrDescribed
    @Schema(name = "PublicChild", description = "A child, as far as you know them.")
    public record Child(
            @Size(max = 100) @Schema(description = "The child's first name, as you know it.", example = "Amy")
            String firstName,
            @Size(max = 100) @Schema(description = "The child's last name, as you know it.", example = "Example")
            String lastName,
            @Size(max = 200)
            @Schema(description = "The child's name as one text, when you do not know which part is which; "
                    + "firstName and lastName are preferred.", example = "Amy Example")
            String name,
            @JsonAlias("approximateAgeYears") @Min(0) @Max(17)
            @Schema(description = "Roughly how old the child is, in years (0-17).", example = "6") Integer estimatedAgeYears,
            @UnderEighteen
            @Schema(description = "Date of birth if you know it: not in the future, and under 18.", example = "2019-04-01")
            LocalDate dateOfBirth,
            @Size(max = 1_000)
            @Schema(description = "How to recognise the child if you do not know their name.",
                    example = "Girl of about 6 from the house with the blue door")
            String description,
            @Valid @Schema(description = "Where the child lives, as far as you know.") Address address)
            implements IdentifiableChild {

        @Override
        public boolean hasNameOrDescription() {
            return IdentifiableChild.present(firstName) || IdentifiableChild.present(lastName)
                    || IdentifiableChild.present(name) || IdentifiableChild.present(description);
        }
    }

    @Schema(name = "PublicAddress", description = "An address, as far as you know it.")
    public record Address(
            @Size(max = 200) @Schema(description = "House and street.", example = "12 Example Street") String line1,
            @Size(max = 200) @Schema(description = "More of the address.", example = "Flat 2") String line2,
            @Size(max = 100) @Schema(description = "Town or city.", example = "Leicester") String town,
            @Pattern(regexp = UkPostcode.PATTERN, message = UkPostcode.MESSAGE)
            @Schema(description = "UK postcode.", example = "LE1 6ZG") String postcode) {
    }

    @Schema(name = "PublicConcernDetails", description = "What you saw or heard.")
    public record Concern(
            @NotBlank @Size(max = 10_000)
            @Schema(description = "In your own words, up to 10000 characters. Stored as text.",
                    example = "I hear a toddler crying for hours most evenings and no adult seems to be there.")
            String summary,
            @Size(max = 7)
            @Schema(description = "The signs you noticed, from the campaign's list.", example = "[\"PROLONGED_CRYING\"]")
            List<@NotNull CampaignSign> indicators,
            @Schema(description = "Is a child in immediate danger right now? If so, call 999 and ask for the police.",
                    example = "false")
            Boolean immediateDanger,
            @PastOrPresent
            @Schema(description = "When you saw or heard it (UTC); not in the future.", example = "2026-11-20T18:30:00Z")
            Instant observedAt) {

        /** Not saying a child is in immediate danger is not saying they are: an absent answer is no. */
        public boolean inImmediateDanger() {
            return Boolean.TRUE.equals(immediateDanger);
        }
    }

    @Schema(name = "PublicReporter", description = "About you. Anonymous reports are welcome; a named report lets the duty team call you back.")
    public record Reporter(
            @Schema(description = "True to stay anonymous; then leave name and contact details out.", example = "false")
            boolean anonymous,
            @Size(max = 200) @Schema(description = "Your name (named reports).", example = "Sam Neighbour") String name,
            @Size(max = 40) @Pattern(regexp = "^[0-9+() -]*$", message = "may contain only digits, spaces, +, ( and )")
            @Schema(description = "A phone number to reach you.", example = "07700 900123") String phone,
            @Email @Size(max = 254) @Schema(description = "An email address to reach you.", example = "sam@example.org")
            String email,
            @Size(max = 40)
            @Schema(description = "How you know the child: PARENT, RELATIVE, CARER, NEIGHBOUR, FRIEND, CHILD_MINDER, "
                    + "ACQUAINTANCE, SELF or OTHER (everyday words such as 'grandmother' or 'teacher' are understood "
                    + "too).", example = "NEIGHBOUR")
            String relationshipToChild) {
    }
}
