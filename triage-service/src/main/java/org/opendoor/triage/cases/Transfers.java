package org.opendoor.triage.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The case_transfer table, by case id. */
@ApplicationScoped
public class Transfers implements PanacheRepositoryBase<CaseTransfer, UUID> {
}
