package org.opendoor.triage.children;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The child table: children known to triage, found by their identity keys. */
@ApplicationScoped
class Children implements PanacheRepositoryBase<Child, UUID> {
    private static final String REASON = """
            case when c.dateOfBirth = :dob and c.lastName = :last then 'same surname and date of birth'
                 when c.dateOfBirth = :dob and c.firstName = :first then 'same first name, date of birth and postcode'
                 else 'same name and postcode' end""";
    /** Surname and date of birth; first name, date of birth and postcode; or full name and postcode. */
    private static final String NEAR = """
            ((c.dateOfBirth = :dob and c.lastName = :last)
             or (c.dateOfBirth = :dob and c.firstName = :first and c.postcode = :postcode)
             or (c.firstName = :first and c.lastName = :last and c.postcode = :postcode))""";

    Optional<Child> byNhsNumber(String nhsNumber) {
        return find("nhsNumber", nhsNumber).firstResultOptional();
    }

    /**
     * The oldest child with the same name, date of birth and postcode; a child with a different NHS number is
     * another child, so when the referral has one only children without one are candidates.
     */
    Optional<Child> byNameBirthAndPostcode(ChildIdentity identity) {
        return find("firstName = ?1 and lastName = ?2 and dateOfBirth = ?3 and postcode = ?4"
                        + (identity.nhsNumber() != null ? " and nhsNumber is null" : "") + " order by createdAt",
                identity.firstName(), identity.lastName(), identity.dateOfBirth(), identity.postcode())
                .firstResultOptional();
    }

    /** Up to five other children who may be this one, oldest first, with why. */
    List<ChildLink.PossibleMatch> nearMatches(ChildIdentity identity, UUID childId) {
        return getEntityManager().createQuery("select c.id, " + REASON + " from Child c where c.id <> :id"
                        + (identity.nhsNumber() != null ? " and c.nhsNumber is null" : "") + " and " + NEAR
                        + " order by c.createdAt", Object[].class)
                .setParameter("id", childId).setParameter("dob", identity.dateOfBirth())
                .setParameter("first", identity.firstName()).setParameter("last", identity.lastName())
                .setParameter("postcode", identity.postcode()).setMaxResults(5).getResultStream()
                .map(row -> new ChildLink.PossibleMatch((UUID) row[0], (String) row[1])).toList();
    }
}
