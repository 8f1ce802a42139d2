package org.opendoor.web;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import java.security.PrivateKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens that already verified, so that a client sending the same token with every request pays for the
 * RSA signature check once instead of every time (it was a fifth of intake's CPU per referral).
 *
 * <p>Quarkus's bearer-token validator asks the {@link JWTParser} bean to parse each token; this alternative
 * answers from memory when it has verified the exact same token text before, and otherwise delegates to
 * smallrye-jwt's own parser. Any change to the text (a tampered payload, another signature) is a miss and is
 * verified afresh. A token is remembered until the earlier of its expiry (exp plus the configured
 * {@code smallrye.jwt.expiration.grace}) and {@link #MAX_AGE}; after that it is verified again, so an expired
 * token fails as before. Failures are never remembered: a token not yet valid (nbf), or otherwise refused,
 * is refused every time. At most {@link #MAX_ENTRIES} tokens are held; beyond that new ones are simply not
 * remembered until old ones expire.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    /** A verified token and until when (epoch milliseconds) it may be answered from memory. */
    private record Verified(JsonWebToken token, long untilMillis) {
    }

    private final JWTParser verifier;
    private final long graceMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier, JWTAuthContextInfo settings) {
        this(verifier, Duration.ofSeconds(settings.getClockSkew()), Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, Duration grace, Clock clock) {
        this.verifier = verifier;
        this.graceMillis = grace.toMillis();
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.millis();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.untilMillis()) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken fresh = verifier.parse(token);
        remember(token, fresh, now);
        return fresh;
    }

    private void remember(String token, JsonWebToken fresh, long now) {
        long until = Math.min(now + MAX_AGE.toMillis(), fresh.getExpirationTime() * 1000 + graceMillis);
        if (until <= now) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(v -> v.untilMillis() <= now);
            if (verified.size() >= MAX_ENTRIES) {
                return;
            }
        }
        verified.put(token, new Verified(fresh, until));
    }

    int size() {
        return verified.size();
    }

    // Everything else is not the bearer-token path: answered by smallrye-jwt's parser as it is.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
