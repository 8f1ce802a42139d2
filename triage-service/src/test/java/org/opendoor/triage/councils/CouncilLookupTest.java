package org.opendoor.triage.councils;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;

/** A person asks which council to report to: one, a choice for a shared district, or GOV.UK's finder. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class CouncilLookupTest {

    @Test
    void aPostcodeInOneCouncilNamesItsFrontDoorAndPhones() {
        given().queryParam("postcode", "le11 3tu").get("/api/v1/councils").then().statusCode(200)
                .body("postcode", equalTo("LE11 3TU"))
                .body("councils.localAuthority", contains("E10000018"))
                .body("councils[0].name", equalTo("Leicestershire"))
                .body("councils[0].frontDoor", equalTo("First Response Children's Duty"))
                .body("councils[0].phone", equalTo("0116 305 0005"))
                .body("councils[0].outOfHoursPhone", equalTo("0116 305 0005"))
                .body("councils[0].website", notNullValue())
                .body("councils[0].servedByOpenDoor", equalTo(true));
    }

    @Test
    void aSharedDistrictNamesEveryCouncilItReachesInto() {
        given().queryParam("postcode", "LE2 1AA").get("/api/v1/councils").then().statusCode(200)
                .body("councils.localAuthority", containsInAnyOrder("E06000016", "E10000018"));
        // a district shared with a council outside the partnerships says so
        given().queryParam("postcode", "NG10 1AA").get("/api/v1/councils").then().statusCode(200)
                .body("councils.localAuthority", contains("E10000007", "E10000024"))
                .body("councils[1].name", equalTo("Nottinghamshire"))
                .body("councils[1].servedByOpenDoor", equalTo(false));
    }

    @Test
    void aPostcodeOutsideThePartnershipsPointsToGovUksCouncilFinder() {
        given().queryParam("postcode", "SW1A 1AA").get("/api/v1/councils").then().statusCode(200)
                .body("councils", empty())
                .body("findYourCouncil", equalTo("https://www.gov.uk/find-local-council"));
    }

    @Test
    void aMalformedOrMissingPostcodeIsAProblemNamingTheField() {
        for (String postcode : new String[] {"nonsense", "LE11", ""}) {
            given().queryParam("postcode", postcode).get("/api/v1/councils").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("postcode"));
        }
        given().get("/api/v1/councils").then().statusCode(400).contentType("application/problem+json");
    }
}
