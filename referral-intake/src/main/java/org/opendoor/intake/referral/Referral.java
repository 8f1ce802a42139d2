package org.opendoor.intake.referral;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;

/**
 * A referral as intake stored it, and what intake has learnt since about where it went and what was decided (the
 * feedback the referrer is given). {@code body} is the whole referral as received, personal data included: loaded
 * only when duty staff read it, and only ever written once, so learning a status never rewrites it.
 */
@Entity
@DynamicUpdate // a status change writes its own columns, never the body again
public class Referral {
    @Id
    private UUID id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private ReferralSource source;
    private String sourceCode;
    private boolean sourceCodeNeedsReview;
    private String submittingOrg;
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    private String localAuthority;
    private String team;
    private UUID caseId;
    private String outcome;
    private Instant triagedAt;
    private Instant decidedAt;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    private String body;

    protected Referral() {
    }

    /**
     * A referral just received: nothing learnt from triage yet.
     *
     * @param body the referral as received (the event payload, as JSON)
     */
    static Referral received(ReferralReceived referral, String body) {
        Referral r = new Referral();
        r.id = referral.referralId();
        r.reference = referral.reference();
        r.source = referral.source();
        r.sourceCode = referral.sourceCode();
        r.sourceCodeNeedsReview = referral.sourceCodeNeedsReview();
        r.submittingOrg = referral.submittingOrg();
        r.receivedAt = referral.receivedAt();
        r.status = ReferralStatus.RECEIVED;
        r.body = body;
        return r;
    }

    /**
     * Triage placed it (or placed it again) in a queue. The topics are not ordered against each other, so a late
     * triage event never takes a decided referral back.
     */
    public void triaged(String localAuthority, String team, UUID caseId, Instant at, boolean transferredOut) {
        this.localAuthority = localAuthority;
        this.team = team;
        this.caseId = caseId;
        this.triagedAt = at;
        if (status != ReferralStatus.DECIDED) {
            status = transferredOut ? ReferralStatus.TRANSFERRED_OUT_OF_AREA : ReferralStatus.TRIAGED;
        }
    }

    /** The duty team decided; the decision may arrive before the triage event that placed the case. */
    public void decided(String outcome, Instant at, String localAuthority, UUID caseId) {
        this.status = ReferralStatus.DECIDED;
        this.outcome = outcome;
        this.decidedAt = at;
        if (localAuthority != null) {
            this.localAuthority = localAuthority;
        }
        if (this.caseId == null) {
            this.caseId = caseId;
        }
    }

    /** Handed to another authority's front door: theirs from now on, unless it was already decided. */
    public void transferredOut(String toLocalAuthority, UUID caseId) {
        if (status != ReferralStatus.DECIDED) {
            status = ReferralStatus.TRANSFERRED_OUT_OF_AREA;
        }
        this.localAuthority = toLocalAuthority;
        if (this.caseId == null) {
            this.caseId = caseId;
        }
    }

    /** Duty staff corrected the CIN source-of-referral code on the case. */
    public void sourceCodeCorrected(String sourceCode) {
        this.sourceCode = sourceCode;
        this.sourceCodeNeedsReview = false;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public ReferralSource source() {
        return source;
    }

    public String sourceCode() {
        return sourceCode;
    }

    public boolean sourceCodeNeedsReview() {
        return sourceCodeNeedsReview;
    }

    public String submittingOrg() {
        return submittingOrg;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ReferralStatus status() {
        return status;
    }

    public String localAuthority() {
        return localAuthority;
    }

    public String team() {
        return team;
    }

    public UUID caseId() {
        return caseId;
    }

    public String outcome() {
        return outcome;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** The referral as received, as JSON; personal data. */
    public String body() {
        return body;
    }
}
