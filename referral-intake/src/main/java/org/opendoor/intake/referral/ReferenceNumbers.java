package org.opendoor.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Year;

/**
 * Issues human-friendly references, increasing per year: OD-2026-000123. Each year has its own database sequence
 * (next_reference, migration V12), so concurrent submissions never wait for each other's commit to get a
 * number. The price: a transaction that rolls back after taking a number leaves a gap; references are unique
 * and increasing, but not gap-free.
 */
@ApplicationScoped
class ReferenceNumbers {
    private final EntityManager entityManager;

    ReferenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The year's next reference, in the caller's transaction (which creates the year's sequence if need be). */
    String next(Year year) {
        Number next = (Number) entityManager.createNativeQuery("SELECT next_reference(:year)", Long.class)
                .setParameter("year", year.getValue()).getSingleResult();
        return String.format("OD-%d-%06d", year.getValue(), next.longValue());
    }
}
