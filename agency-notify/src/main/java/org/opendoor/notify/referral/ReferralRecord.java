package org.opendoor.notify.referral;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLInsert;
import org.hibernate.jdbc.Expectation;
import org.hibernate.type.SqlTypes;
import org.opendoor.model.Json;
import org.opendoor.model.ReferralSource;

/**
 * Notify's copy of the {@link ReferralFacts} of a received referral; written once, never changed. A referral
 * received again keeps its first facts: the insert does nothing on a conflict, so there is no row count to check
 * (its parameters are in Hibernate's order: the attributes alphabetically, then the id).
 */
@Entity
@Table(name = "referral_record")
@Immutable
@SQLInsert(sql = """
        INSERT INTO referral_record (children, police_incident, received_at, reference, referrer_email, source,
            referral_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (referral_id) DO NOTHING""",
        verify = Expectation.None.class)
class ReferralRecord extends PanacheEntityBase {
    private static final TypeReference<List<ReferralFacts.ChildFacts>> CHILDREN = new TypeReference<>() {
    };

    @Id
    private UUID referralId;
    private String reference;
    @Enumerated(EnumType.STRING)
    private ReferralSource source;
    private Instant receivedAt;
    private String referrerEmail;
    @JdbcTypeCode(SqlTypes.JSON)
    private String children;
    @JdbcTypeCode(SqlTypes.JSON)
    private String policeIncident;

    protected ReferralRecord() {
    }

    ReferralRecord(ReferralFacts r) {
        referralId = r.referralId();
        reference = r.reference();
        source = r.source();
        receivedAt = r.receivedAt();
        referrerEmail = r.referrerEmail();
        children = Json.write(r.children());
        policeIncident = r.incident() == null ? null : Json.write(r.incident());
    }

    ReferralFacts facts() {
        try {
            return new ReferralFacts(referralId, reference, source, receivedAt, referrerEmail,
                    Json.mapper().readValue(children, CHILDREN),
                    policeIncident == null ? null : Json.read(policeIncident, ReferralFacts.IncidentFacts.class));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Stored referral " + referralId + " is unreadable", e);
        }
    }
}
