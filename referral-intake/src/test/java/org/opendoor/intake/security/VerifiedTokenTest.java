package org.opendoor.intake.security;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.InfraEndpoints;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.web.VerifiedTokens;

/**
 * A bearer token is verified once and then remembered (VerifiedTokens): remembering must not let through a token
 * that has expired since, nor anything made from a remembered token.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class VerifiedTokenTest {
    private static final InfraEndpoints INFRA = TestInfrastructure.shared();
    /** smallrye.jwt.expiration.grace in application.properties. */
    private static final long GRACE_SECONDS = 30;

    @Inject
    JWTParser parser;

    private static void answers(String token, int status) {
        given().auth().oauth2(token).contentType("application/json").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(status);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(UTF_8));
    }

    @Test
    void bearerTokensAreParsedByTheRememberingParser() {
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void aRememberedTokenIs401OnceItHasExpired() throws Exception {
        long now = Instant.now().getEpochSecond();
        long exp = now - GRACE_SECONDS + 6; // expired, but within the grace for six more seconds
        String token = INFRA.tokens().sign("{\"iss\": \"https://opendoor.local\", \"aud\": \"opendoor\", \"sub\": \"s\","
                + " \"upn\": \"s\", \"groups\": [\"school\"], \"org\": \"URN:100001\", \"iat\": " + (now - 60)
                + ", \"exp\": " + exp + "}");
        answers(token, 202);
        answers(token, 202);

        Awaitility.await("the token's grace over").atMost(Duration.ofSeconds(GRACE_SECONDS + 10))
                .pollInterval(Duration.ofMillis(200)).until(() -> Instant.now().getEpochSecond() > exp + GRACE_SECONDS);
        answers(token, 401);
    }

    @Test
    void nothingMadeFromARememberedTokenIsAccepted() {
        String genuine = INFRA.tokens().mint("school", "URN:100001", null, null);
        answers(genuine, 202);
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8);
        assertThat(claims).contains("\"aud\":\"opendoor\"", "\"exp\":", "https://opendoor.local", "URN:100001");

        answers(parts[0] + "." + b64(claims.replace("URN:100001", "URN:100002")) + "." + parts[2], 401);
        answers(b64("{\"alg\": \"none\", \"typ\": \"JWT\"}") + "." + parts[1] + ".", 401);
        answers(parts[0] + "." + parts[1] + ".", 401);
        answers(INFRA.tokens().sign(claims.replace("https://opendoor.local", "https://evil.example")), 401);
        answers(INFRA.tokens().sign(claims.replace("\"aud\":\"opendoor\"", "\"aud\":\"someone-else\"")), 401);
        answers(INFRA.tokens().sign(claims.replaceFirst("\"exp\":\\d+", "\"exp\":" + (Instant.now().getEpochSecond() - 3600))), 401);
        answers(genuine, 202);
    }
}
