package org.opendoor.intake.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.opendoor.model.Json;
import org.opendoor.web.Problem;

/**
 * The {@code Idempotency-Key} contract: a retry with the same key and body gets the first answer, the same key
 * with another body is 409, and a retry never creates a second referral. Keys ({@link IdempotencyKey}) are scoped
 * per submitting organisation. The primary key on (scope, key) makes it safe under concurrency: a second request
 * with the same key waits on the first one's row until that transaction ends, then reads its answer.
 */
@ApplicationScoped
public class IdempotencyKeys implements PanacheRepositoryBase<IdempotencyKey, IdempotencyKey.Id> {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SHAPE = Pattern.compile("^[\\x21-\\x7E]{1,200}$");
    private static final String CLAIM = """
            INSERT INTO idempotency_key (scope, idempotency_key, request_hash) VALUES (:scope, :key, :hash)
            ON CONFLICT DO NOTHING""";

    /** A request that carried a key: who it is scoped to, the key, and a fingerprint of its body. */
    public record Request(String scope, String key, String bodyHash) {
        IdempotencyKey.Id id() {
            return new IdempotencyKey.Id(scope, key);
        }
    }

    /** Null when there is no key; 400 when the key is malformed. */
    public static Request of(String scope, String key, Object body) {
        if (key == null) {
            return null;
        }
        if (!SHAPE.matcher(key).matches()) {
            throw new Problem.Exception(Problem.invalid("The Idempotency-Key header is not usable.",
                    List.of(new Problem.Violation(HEADER, "must be 1-200 visible ASCII characters"))));
        }
        return new Request(scope, key, sha256(canonical(body)));
    }

    /**
     * Claims the key in the caller's transaction. Empty when this request is the first with the key; the
     * earlier answer (as JSON) when it is a retry of the same body.
     *
     * @throws Problem.Exception 409 when the key was used with a different body
     */
    public Optional<String> claim(Request request) {
        // INSERT ... ON CONFLICT, not persist(): a second request with the key must wait on the first one's row until
        // that transaction ends and then read its answer, where a plain insert would fail on the primary key
        int claimed = getEntityManager().createNativeQuery(CLAIM).setParameter("scope", request.scope())
                .setParameter("key", request.key()).setParameter("hash", request.bodyHash()).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        IdempotencyKey earlier = findById(request.id());
        if (earlier == null || earlier.answer().isEmpty()) {
            // the first request is still in flight in a way we cannot wait for; let the client retry
            throw new Problem.Exception(Response.Status.CONFLICT,
                    "A request with this Idempotency-Key is still being processed; retry shortly.");
        }
        if (!earlier.sameRequest(request.bodyHash())) {
            throw new Problem.Exception(Response.Status.CONFLICT,
                    "This Idempotency-Key was already used with a different request body.");
        }
        return earlier.answer();
    }

    /** Records the answer of the first request, in its transaction. */
    public void answer(Request request, UUID referralId, String answerJson) {
        findById(request.id()).answer(referralId, answerJson);
    }

    /** The body as parsed, written with map entries in key order: whitespace and key order do not matter. */
    private static String canonical(Object body) {
        try {
            return Json.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot fingerprint " + body.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
