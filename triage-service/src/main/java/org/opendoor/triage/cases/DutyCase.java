package org.opendoor.triage.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;

/** A referral in a duty team's queue: where it was routed, how urgent it is, and by when it must be decided. */
@Entity
@Table(name = "duty_case")
public class DutyCase extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false, unique = true)
    public UUID referralId;

    @Column(nullable = false)
    public String reference;

    @Column(name = "local_authority")
    public String localAuthority;

    public String team;

    public int level;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_pathway")
    public Pathway recommendedPathway;

    @Column(name = "ruleset_version")
    public String rulesetVersion;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "decision_due_at")
    public Instant decisionDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    /** The referral as received, personal data included; shown to the routed authority's duty staff only. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String referral;
}
