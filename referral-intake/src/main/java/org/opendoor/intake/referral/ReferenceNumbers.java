package org.opendoor.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Year;

/** Issues human-friendly references, sequential per year: OD-2026-000123. */
@ApplicationScoped
public class ReferenceNumbers {
    private static final String NEXT = """
            INSERT INTO reference_counter (year, last_issued) VALUES (?1, 1)
            ON CONFLICT (year) DO UPDATE SET last_issued = reference_counter.last_issued + 1
            RETURNING last_issued""";

    private final EntityManager entityManager;

    public ReferenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Call inside the accepting transaction: a rolled-back referral gives its number back. */
    public String next(Year year) {
        Number n = (Number) entityManager.createNativeQuery(NEXT).setParameter(1, year.getValue()).getSingleResult();
        return String.format("OD-%d-%06d", year.getValue(), n.longValue());
    }
}
