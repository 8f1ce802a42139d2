package org.opendoor.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;

/** Builds ReferralReceived events for tests: a school referral about one child, with a name unique to the test. */
public final class Referrals {
    private static final Random RANDOM = new Random();

    public UUID referralId = UUID.randomUUID();
    public String reference = "OD-2026-" + (100000 + RANDOM.nextInt(899999));
    public Instant receivedAt = Instant.now();
    public ReferralSource source = ReferralSource.SCHOOL;
    public String firstName = "Amy" + uniqueSurname().substring(4, 8);
    public String lastName = uniqueSurname();
    public LocalDate dateOfBirth = LocalDate.of(2018, 3, 1);
    public Integer estimatedAge;
    public String nhsNumber;
    public String postcode = "LE11 3TU";
    public List<Indicator> indicators = new ArrayList<>();
    public List<ConcernCategory> categories = new ArrayList<>();
    public boolean immediateDanger;
    public ReferralReceived.PoliceIncident police;
    public String submittingOrg = "URN:100001";
    public String schoolUrn = "100001";
    public String frontDoor;
    public String sourceCode;
    public boolean sourceCodeNeedsReview;
    /** The child's census identifiers and characteristics, as intake carries them (null: not given). */
    public String upn;
    public String sex;
    public String ethnicity;
    public List<String> disabilities;
    /** Children named after this one, in order. */
    public List<Referrals> alsoNamed = new ArrayList<>();

    public static Referrals aReferral() {
        return new Referrals();
    }

    /** A new referral about the same child. */
    public Referrals again() {
        Referrals r = new Referrals();
        r.firstName = firstName;
        r.lastName = lastName;
        r.dateOfBirth = dateOfBirth;
        r.nhsNumber = nhsNumber;
        r.postcode = postcode;
        r.upn = upn;
        return r;
    }

    public Referrals with(Indicator... values) {
        indicators.addAll(List.of(values));
        return this;
    }

    public Referrals about(ConcernCategory... values) {
        categories.addAll(List.of(values));
        return this;
    }

    /** The referral also names the child of {@code other}, after the ones it names already. */
    public Referrals alsoAbout(Referrals other) {
        alsoNamed.add(other);
        return this;
    }

    public Referrals inDanger() {
        immediateDanger = true;
        return this;
    }

    /** A member of the public's report, with no organisation or school behind it. */
    public Referrals fromThePublic() {
        source = ReferralSource.PUBLIC;
        submittingOrg = null;
        schoolUrn = null;
        sourceCode = "9";
        return this;
    }

    public Referrals postcode(String value) {
        postcode = value;
        return this;
    }

    public Referrals policeDomesticAbuse(DashRiskLevel level) {
        source = ReferralSource.POLICE;
        categories.add(ConcernCategory.DOMESTIC_ABUSE);
        police = new ReferralReceived.PoliceIncident("LP-" + RANDOM.nextInt(99999), receivedAt, level, null, true,
                null, "LEICS", null, null, null);
        return this;
    }

    public ReferralReceived build() {
        return new ReferralReceived(referralId, reference, receivedAt, source, sourceCode != null ? sourceCode
                : source == ReferralSource.POLICE ? "6" : "2A", submittingOrg,
                children(),
                new ReferralReceived.Concern("Worried about the child", categories, indicators, immediateDanger,
                        null),
                null, police, sourceCodeNeedsReview, frontDoor);
    }

    private List<ReferralReceived.Child> children() {
        List<ReferralReceived.Child> named = new ArrayList<>();
        named.add(new ReferralReceived.Child(firstName, lastName, dateOfBirth, estimatedAge, null, nhsNumber, upn,
                new ReferralReceived.Address(null, null, null, postcode), schoolUrn, false, null, sex, ethnicity,
                disabilities));
        alsoNamed.forEach(other -> named.addAll(other.children()));
        return named;
    }

    public EventEnvelope event() {
        return EventEnvelope.of(EventType.REFERRAL_RECEIVED, referralId, null, build(), Instant.now());
    }

    public static String uniqueSurname() {
        StringBuilder name = new StringBuilder("Test");
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }
}
