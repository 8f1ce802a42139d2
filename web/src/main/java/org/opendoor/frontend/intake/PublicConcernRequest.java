package org.opendoor.frontend.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The body of referral-intake's {@code POST /api/v1/public/concerns} (API.md). Absent answers are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicConcernRequest(List<Child> children, Concern concern, Reporter reporter, String localAuthority) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Child(String name, LocalDate dateOfBirth, Integer estimatedAgeYears, String description,
            Address address) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String line1, String line2, String town, String postcode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Concern(String summary, List<String> indicators, boolean immediateDanger, Instant observedAt) {
    }

    /** Anonymous: only {@code anonymous: true}. Named: a name, a phone number or email, and how they know the child. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reporter(boolean anonymous, String name, String phone, String email, String relationshipToChild) {
        public static Reporter anonymously() {
            return new Reporter(true, null, null, null, null);
        }
    }
}
