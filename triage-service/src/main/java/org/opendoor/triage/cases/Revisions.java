package org.opendoor.triage.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The case_revision table. */
@ApplicationScoped
public class Revisions implements PanacheRepositoryBase<CaseRevision, CaseRevision.Id> {
}
