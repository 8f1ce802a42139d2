package org.opendoor.triage.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The case_decision table, by case id. */
@ApplicationScoped
public class Decisions implements PanacheRepositoryBase<CaseDecision, UUID> {
}
