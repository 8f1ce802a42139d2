package org.opendoor.triage.children;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    public UUID id() {
        return id;
    }
}
