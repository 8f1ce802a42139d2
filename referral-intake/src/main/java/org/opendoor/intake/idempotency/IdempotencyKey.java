package org.opendoor.intake.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A submitting organisation's Idempotency-Key: the fingerprint of the body first sent with it and, once that
 * request's transaction commits, its answer.
 */
@Entity
public class IdempotencyKey {
    /** Keys are scoped per submitting organisation. */
    @Embeddable
    public record Id(String scope, @Column(name = "idempotency_key") String key) {
    }

    @EmbeddedId
    private Id id;
    private String requestHash;
    private UUID referralId;
    @JdbcTypeCode(SqlTypes.JSON)
    private String answer;

    protected IdempotencyKey() {
    }

    boolean sameRequest(String bodyHash) {
        return requestHash.equals(bodyHash);
    }

    /** The first request's answer (as JSON), once it has one. */
    Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    void answer(UUID referralId, String answerJson) {
        this.referralId = referralId;
        this.answer = answerJson;
    }
}
