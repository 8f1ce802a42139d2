package org.opendoor.intake.referral;

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
import org.opendoor.model.ReferralSource;

/** A referral as stored by intake. {@code body} holds the whole referral, personal data included. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralSource source;

    @Column(name = "source_code", nullable = false)
    public String sourceCode;

    @Column(name = "submitting_org")
    public String submittingOrg;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "local_authority")
    public String localAuthority;

    public String team;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    public String outcome;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String body;
}
