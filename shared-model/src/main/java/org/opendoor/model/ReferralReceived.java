package org.opendoor.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@link Topics#REFERRAL_RECEIVED}: the whole referral as intake accepted it.
 * Carries personal data; it never goes to logs.
 */
public record ReferralReceived(
        UUID referralId,
        String reference,
        Instant receivedAt,
        ReferralSource source,
        String sourceCode,
        String submittingOrg,
        List<Child> children,
        Concern concern,
        Referrer referrer,
        PoliceIncident police,
        /** True when intake could not derive {@code sourceCode} and stored 10 (unknown): duty staff should correct it. */
        boolean sourceCodeNeedsReview,
        /**
         * ONS code of the authority whose front door the concern came in through (the council a member of the public
         * chose, the caller's own authority), or null. It owns the case when the child's postcode cannot place it.
         */
        String frontDoor) implements ReferralEvent {

    public ReferralReceived {
        Objects.requireNonNull(referralId, "referralId is required");
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(receivedAt, "receivedAt is required");
        Objects.requireNonNull(source, "source is required");
        Objects.requireNonNull(concern, "concern is required");
        if (children == null || children.isEmpty()) {
            throw new IllegalArgumentException("A referral names at least one child");
        }
        children = List.copyOf(children);
    }

    public record Child(
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            Integer estimatedAgeYears,
            String gender,
            String nhsNumber,
            String upn,
            Address address,
            String schoolUrn,
            Boolean homeEducated,
            /** Who the child is when the name is not known ("girl of about 6 at number 12"); free text. */
            String description,
            /** DfE CIN census sex code (M, F, U; {@link CinCharacteristicCodes}), or null when not given. */
            String sex,
            /** DfE ethnicity code (WBRI, ..., NOBT not obtained, REFU refused), or null when not given. */
            String ethnicity,
            /** DfE disability codes (NONE when the child has none); null when not given. */
            List<String> disabilities) {

        public Child {
            disabilities = disabilities == null ? null : List.copyOf(disabilities);
        }

        /** A child without census characteristics: the shape before {@code sex}, {@code ethnicity} were added. */
        public Child(String firstName, String lastName, LocalDate dateOfBirth, Integer estimatedAgeYears,
                String gender, String nhsNumber, String upn, Address address, String schoolUrn, Boolean homeEducated,
                String description) {
            this(firstName, lastName, dateOfBirth, estimatedAgeYears, gender, nhsNumber, upn, address, schoolUrn,
                    homeEducated, description, null, null, null);
        }

        /** A child without a description: the shape before {@code description} was added. */
        public Child(String firstName, String lastName, LocalDate dateOfBirth, Integer estimatedAgeYears,
                String gender, String nhsNumber, String upn, Address address, String schoolUrn, Boolean homeEducated) {
            this(firstName, lastName, dateOfBirth, estimatedAgeYears, gender, nhsNumber, upn, address, schoolUrn,
                    homeEducated, null);
        }
    }

    public record Address(String line1, String line2, String town, String postcode) {
    }

    public record Concern(
            String summary,
            List<ConcernCategory> categories,
            List<Indicator> indicators,
            boolean immediateDanger,
            Instant observedAt) {

        public Concern {
            categories = categories == null ? List.of() : List.copyOf(categories);
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    public record Referrer(
            boolean anonymous,
            String name,
            String role,
            String organisation,
            String phone,
            String email,
            String relationshipToChild,
            Boolean consentToContactFamily) {
    }

    public record PoliceIncident(
            String incidentReference,
            Instant incidentAt,
            DashRiskLevel dashRiskLevel,
            Integer dashScore,
            boolean childrenPresent,
            String voiceOfChild,
            String forceCode,
            String location,
            String circumstances,
            /** DASH checklist answers by question number ("1".."27" → YES, NO, NOT_KNOWN), carried to MARAC. */
            java.util.Map<String, String> dashAnswers) {
    }
}
