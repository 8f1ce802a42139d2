package org.opendoor.proof;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.opendoor.infra.InfraEndpoints;

/** Tokens an API must refuse with 401, each built the way an attacker would. */
final class TokenAttacks {
    private TokenAttacks() {
    }

    /** Attack name → token, for a caller who would otherwise be allowed in. */
    static Map<String, String> all(InfraEndpoints endpoints, String role, String org, String la) throws Exception {
        KeyPair foreign = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("alg none", unsigned(claims(endpoints, role, org, la)));
        attacks.put("HS256 keyed with the public key", hmacWithPublicKey(endpoints, claims(endpoints, role, org, la)));
        JwtClaims wrongIssuer = claims(endpoints, role, org, la);
        wrongIssuer.setIssuer("https://attacker.example");
        attacks.put("wrong issuer", endpoints.tokens().sign(wrongIssuer.toJson()));
        JwtClaims wrongAudience = claims(endpoints, role, org, la);
        wrongAudience.setAudience("someone-else");
        attacks.put("wrong audience", endpoints.tokens().sign(wrongAudience.toJson()));
        JwtClaims expired = claims(endpoints, role, org, la);
        expired.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 600));
        attacks.put("expired beyond the grace", endpoints.tokens().sign(expired.toJson()));
        JwtClaims notYet = claims(endpoints, role, org, la);
        notYet.setNotBefore(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + 600));
        attacks.put("nbf in the future", endpoints.tokens().sign(notYet.toJson()));
        JwtClaims noExpiry = claims(endpoints, role, org, la);
        noExpiry.unsetClaim("exp");
        attacks.put("missing exp", endpoints.tokens().sign(noExpiry.toJson()));
        attacks.put("tampered payload", tampered(endpoints.tokens().sign(claims(endpoints, role, org, la).toJson())));
        attacks.put("foreign signing key", signedBy(foreign, claims(endpoints, role, org, la), Map.of()));
        RsaJsonWebKey embedded = new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) foreign.getPublic());
        attacks.put("jwk header with the attacker's key", signedBy(foreign, claims(endpoints, role, org, la),
                Map.of("jwk", embedded.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY))));
        attacks.put("jku header pointing elsewhere", signedBy(foreign, claims(endpoints, role, org, la),
                Map.of("jku", "http://127.0.0.1:9/jwks.json")));
        attacks.put("x5u header pointing elsewhere", signedBy(foreign, claims(endpoints, role, org, la),
                Map.of("x5u", "http://127.0.0.1:9/cert.pem")));
        return attacks;
    }

    static JwtClaims claims(InfraEndpoints endpoints, String role, String org, String la) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(endpoints.tokens().issuer());
        claims.setAudience("opendoor");
        claims.setSubject("attacker");
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(30);
        if (org != null) {
            claims.setClaim("org", org);
        }
        if (la != null) {
            claims.setClaim("la", la);
        }
        return claims;
    }

    private static String unsigned(JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        return jws.getCompactSerialization();
    }

    private static String hmacWithPublicKey(InfraEndpoints endpoints, JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(Files.readAllBytes(endpoints.keys().publicKeyFile())));
        jws.setDoKeyValidation(false);
        return jws.getCompactSerialization();
    }

    private static String signedBy(KeyPair key, JwtClaims claims, Map<String, Object> headers) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key.getPrivate());
        headers.forEach(jws.getHeaders()::setObjectHeaderValue);
        return jws.getCompactSerialization();
    }

    /** Swaps the payload of a genuinely signed token for one that claims more. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[\"", "\"groups\":[\"duty_manager\",\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
