package org.opendoor.triage.returns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.opendoor.triage.Referrals.aReferral;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.triage.Messaging;
import org.opendoor.triage.Referrals;

/**
 * What the web's CIN census page relies on: a finding names its referral by reference, and that reference opens
 * the case (for the case's own authority only); the XML says the authority's DfE LA number, which names the file.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class CensusPageLinksTest {
    private static final String LEICESTERSHIRE = "E10000018";
    private static final String DERBY = "E06000015";

    @Inject
    Messaging consumer;

    @Test
    void aReferencesCaseOpensForItsOwnAuthorityOnly() throws Exception {
        Referrals referral = aReferral();
        consumer.deliver(referral.event());
        given().auth().oauth2(token("duty_manager", LEICESTERSHIRE))
                .get("/api/v1/cases/by-reference/" + referral.reference)
                .then().statusCode(200).body("reference", equalTo(referral.reference))
                .body("referralId", equalTo(referral.referralId.toString()));
        given().auth().oauth2(token("duty_worker", DERBY)).get("/api/v1/cases/by-reference/" + referral.reference)
                .then().statusCode(404);
        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).get("/api/v1/cases/by-reference/OD-1999-000000")
                .then().statusCode(404);
        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).get("/api/v1/cases/by-reference/not%20a%20ref")
                .then().statusCode(404);
    }

    @Test
    void theXmlNamesTheAuthoritysLaNumber() {
        int year = CollectionYear.of(LocalDate.now(CollectionYear.LONDON)).year();
        given().auth().oauth2(token("duty_manager", LEICESTERSHIRE)).accept("application/xml")
                .get("/api/v1/returns/cin-census/" + year + "?la=" + LEICESTERSHIRE)
                .then().statusCode(200).header("X-OpenDoor-LA-Number", "855");
    }

    private static String token(String role, String la) {
        return TestInfrastructure.shared().tokens().mint(role, "ORG:LA-" + la, la, null);
    }
}
