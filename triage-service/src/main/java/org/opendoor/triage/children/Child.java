package org.opendoor.triage.children;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opendoor.model.ReferralReceived;

/** A child known to triage, by normalised identity keys ({@link ChildIdentity}); the referral holds names as given. */
@Entity
public class Child {
    @Id
    private UUID id;
    private String nhsNumber;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private String postcode;
    /** Set by the database: the oldest of equally good matches wins. */
    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    /** Handed out by the database once per child, never reused: the census LA child id ({@link #laChildId()}). */
    @Column(insertable = false, updatable = false)
    private Long laChildNumber;
    private String upn;
    private String formerUpn;
    private String sex;
    private String ethnicity;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> disabilities;

    protected Child() {
    }

    static Child of(ChildIdentity identity) {
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.nhsNumber = identity.nhsNumber();
        child.firstName = identity.firstName();
        child.lastName = identity.lastName();
        child.dateOfBirth = identity.dateOfBirth();
        child.postcode = identity.postcode();
        return child;
    }

    /** A child first known by name, date of birth and postcode now has its NHS number. */
    void knownByNhsNumber(String nhsNumber) {
        if (this.nhsNumber == null) {
            this.nhsNumber = nhsNumber;
        }
    }

    /**
     * What a referral says of the child's census identifiers and characteristics: each value given replaces the one
     * held (a new UPN keeps the old one as the former UPN); what it leaves out changes nothing.
     */
    void describedBy(ReferralReceived.Child child) {
        if (child.upn() != null && !child.upn().isBlank() && !child.upn().equals(upn)) {
            formerUpn = upn != null ? upn : formerUpn;
            upn = child.upn();
        }
        sex = child.sex() != null ? child.sex() : sex;
        ethnicity = child.ethnicity() != null ? child.ethnicity() : ethnicity;
        disabilities = child.disabilities() != null ? List.copyOf(child.disabilities()) : disabilities;
    }

    /** A duty worker recorded the characteristics: they replace what was held (null clears). */
    public ChildCharacteristics characterise(ChildCharacteristics recorded) {
        ChildCharacteristics before = characteristics();
        sex = recorded.sex();
        ethnicity = recorded.ethnicity();
        disabilities = recorded.disabilities() == null ? null : List.copyOf(recorded.disabilities());
        return before;
    }

    public ChildCharacteristics characteristics() {
        return new ChildCharacteristics(sex, ethnicity, disabilities);
    }

    public UUID id() {
        return id;
    }

    /** The census LA child id: "OD" and the child's number, alphanumeric and at most 20 characters (rules 1570, 1580). */
    public String laChildId() {
        return laChildId(Objects.requireNonNull(laChildNumber, "the child has not been written yet"));
    }

    public static String laChildId(long number) {
        return "OD" + String.format("%08d", number);
    }
}
