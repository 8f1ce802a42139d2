package org.opendoor.infra;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Mints RS256 bearer tokens with the development key: for tests and {@code ./opendoor token --role}. The issuer is
 * the embedded Keycloak's when it runs (the key is then its realm key, named by its {@code kid} in the JWKS), else
 * {@link DevKeys#ISSUER}.
 */
public final class Tokens {
    private final PrivateKey key;
    private final String keyId;
    private final String issuer;

    public Tokens(DevKeys keys, String issuer) {
        this.key = keys.privateKey();
        this.keyId = keys.keyId();
        this.issuer = issuer;
    }

    /** The issuer every minted token names. */
    public String issuer() {
        return issuer;
    }

    /** A token for one role, with the organisation claims the APIs scope records by. */
    public String mint(String role, String org, String la, String team) {
        return mint(role, org, la, team, null);
    }

    /** As {@link #mint(String, String, String, String)}, with the safeguarding partnership an analyst reads. */
    public String mint(String role, String org, String la, String team, String partnership) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (org != null) {
            claims.put("org", org);
        }
        if (la != null) {
            claims.put("la", la);
        }
        if (team != null) {
            claims.put("team", team);
        }
        if (partnership != null) {
            claims.put("partnership", partnership);
        }
        return mint(role, claims, Duration.ofHours(8));
    }

    public String mint(String role, Map<String, Object> extraClaims, Duration validFor) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(DevKeys.AUDIENCE);
        claims.setSubject(role + "-" + UUID.randomUUID().toString().substring(0, 8));
        claims.setClaim("upn", claims.getClaimValueAsString("sub"));
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(validFor.toSeconds() / 60f);
        claims.setGeneratedJwtId();
        extraClaims.forEach(claims::setClaim);
        return sign(claims.toJson());
    }

    /** Signs any claims JSON, for tests that need a token the API must refuse. */
    public String sign(String claimsJson) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claimsJson);
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKeyIdHeaderValue(keyId);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }
}
