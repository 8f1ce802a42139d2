package org.opendoor.intake.security;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.InfraEndpoints;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;

/** Every token the API must not trust is 401, whatever it claims; a good one is accepted (the control). */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class TokenAttackTest {
    private static final InfraEndpoints INFRA = TestInfrastructure.shared();

    private static String claims(String issuer, String audience, Long exp) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\": \"" + issuer + "\", \"aud\": \"" + audience + "\", \"sub\": \"attacker\", \"upn\": \"attacker\","
                + " \"groups\": [\"school\"], \"org\": \"URN:100001\", \"iat\": " + (now - 60)
                + (exp == null ? "" : ", \"exp\": " + exp) + "}";
    }

    private static String validClaims() {
        return claims("https://opendoor.local", "opendoor", Instant.now().getEpochSecond() + 3600);
    }

    private static void answers(String token, int status) {
        var answer = given().auth().oauth2(token).contentType("application/json").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(status);
        if (status == 401) {
            answer.contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(UTF_8));
    }

    @Test
    void aProperlySignedTokenIsAccepted() {
        answers(INFRA.tokens().sign(validClaims()), 202);
    }

    @Test
    void anExpiredTokenIs401() {
        long anHourAgo = Instant.now().getEpochSecond() - 3600;
        answers(INFRA.tokens().sign(claims("https://opendoor.local", "opendoor", anHourAgo)), 401);
    }

    @Test
    void aTokenWithoutExpiryIs401() {
        answers(INFRA.tokens().sign(claims("https://opendoor.local", "opendoor", null)), 401);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        answers(INFRA.tokens().sign(validClaims().replace("\"aud\": \"opendoor\"", "\"aud\": \"someone-else\"")), 401);
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        answers(INFRA.tokens().sign(validClaims().replace("https://opendoor.local", "https://evil.example")), 401);
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(validClaims());
        jws.setKey(generator.generateKeyPair().getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        answers(jws.getCompactSerialization(), 401);
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        String header = b64("{\"alg\": \"none\", \"typ\": \"JWT\"}");
        answers(header + "." + b64(validClaims()) + ".", 401);
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIs401() throws Exception {
        byte[] publicKeyPem = Files.readAllBytes(INFRA.keys().publicKeyFile());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(validClaims());
        jws.setKey(new HmacKey(publicKeyPem));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        answers(jws.getCompactSerialization(), 401);
    }

    @Test
    void aTokenWhosePayloadWasTamperedWithIs401() {
        String[] parts = INFRA.tokens().mint("school", "URN:100001", null, null).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8).replace("URN:100001", "URN:100002");
        answers(parts[0] + "." + b64(payload) + "." + parts[2], 401);
    }

    @Test
    void aTokenNotValidYetIs401() {
        long inTenMinutes = Instant.now().getEpochSecond() + 600;
        answers(INFRA.tokens().sign(validClaims().replace("\"sub\"", "\"nbf\": " + inTenMinutes + ", \"sub\"")), 401);
    }

    @Test
    void aTokenCarryingTheAttackersOwnKeyInItsHeaderIs401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var foreign = generator.generateKeyPair();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(validClaims());
        jws.setKey(foreign.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.getHeaders().setObjectHeaderValue("jwk", new org.jose4j.jwk.RsaJsonWebKey(
                (java.security.interfaces.RSAPublicKey) foreign.getPublic())
                .toParams(org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        answers(jws.getCompactSerialization(), 401);
    }

    @Test
    void garbageIs401() {
        answers("not-a-token", 401);
    }
}
