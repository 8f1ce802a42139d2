package org.opendoor.notify.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.model.EventType;
import org.opendoor.model.Flag;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralReceived;

/** Whole referrals through the broker, and their notifications through the API. */
public final class Referrals {
    private Referrals() {
    }

    /** A police referral for one child at the school, triaged in the authority with the Encompass flag. */
    public static UUID encompassReferralFor(String urn, String la) throws Exception {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.policeReferral(referralId, reference, "PR-" + urn, List.of(
                Events.child("Eve", "Green", LocalDate.parse("2017-02-03"), urn, false)));
        Events.publish(Events.envelope(EventType.REFERRAL_RECEIVED, referralId, referral, Instant.now()),
                Events.envelope(EventType.REFERRAL_TRIAGED, referralId, Events.triaged(referral, la,
                        Priority.AMBER, Set.of(Flag.OPERATION_ENCOMPASS)), Instant.now()));
        return referralId;
    }

    /** The notification of that purpose once it is no longer PENDING, as a duty worker of the authority sees it. */
    public static Map<String, Object> awaitFinal(UUID referralId, String la, String purpose) {
        String token = TestInfrastructure.shared().tokens().mint("duty_worker", null, la, null);
        return Awaitility.await("a final " + purpose + " notification for " + referralId)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var answer = given().auth().oauth2(token).queryParam("referralId", referralId.toString())
                            .when().get("/api/v1/notifications").then().extract();
                    List<Map<String, Object>> found = answer.statusCode() == 200
                            ? answer.jsonPath().getList("findAll { it.purpose == '" + purpose + "' }") : List.of();
                    return found.isEmpty() ? null : found.get(0);
                }, found -> found != null && !"PENDING".equals(found.get("status")));
    }

    /** Registers a new school on the given channel through the admin API; answers its URN. */
    public static String registerSchool(String la, String channel, String address, String secret) {
        String urn = Integer.toString(ThreadLocalRandom.current().nextInt(300000, 999998));
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Test school " + urn, "localAuthority", la,
                "channel", channel, "address", address));
        if (secret != null) {
            body.put("secret", secret);
        }
        given().auth().oauth2(TestInfrastructure.shared().tokens().mint("rules_admin", "ORG:PARTNERSHIP", la, null))
                .contentType("application/json").body(body)
                .when().put("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200)
                .body("hasSecret", org.hamcrest.Matchers.equalTo(secret != null))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
        return urn;
    }
}
