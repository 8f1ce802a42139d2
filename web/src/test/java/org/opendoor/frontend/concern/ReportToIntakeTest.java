package org.opendoor.frontend.concern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The report in intake's terms (API.md: POST /api/v1/public/concerns). */
class ReportToIntakeTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), LONDON);
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void anAnonymousReportCarriesNoIdentityAndNamesTheChosenCouncil() throws Exception {
        JsonNode body = json.valueToTree(ReportToIntake.request(ReportTest.complete(), CLOCK, LONDON));
        assertThat(body.path("reporter").toString()).isEqualTo("{\"anonymous\":true}");
        assertThat(body.path("localAuthority").asText()).isEqualTo("E10000018");
        assertThat(body.path("concern").path("indicators").toString()).isEqualTo("[\"PROLONGED_CRYING\"]");
        assertThat(body.path("concern").path("immediateDanger").asBoolean()).isFalse();
        assertThat(body.path("concern").path("observedAt").asText()).isEqualTo("2026-11-19T18:30:00Z");
        JsonNode child = body.path("children").get(0);
        assertThat(child.path("name").asText()).isEqualTo("Amy");
        assertThat(child.path("estimatedAgeYears").asInt()).isEqualTo(6);
        assertThat(child.has("dateOfBirth")).as("absent answers are left out").isFalse();
        assertThat(child.path("address").toString()).isEqualTo("{\"town\":\"Loughborough\",\"postcode\":\"LE11 3TU\"}");
    }

    @Test
    void aNamedReportGivesTheWayBackAndTheRelationship() {
        Report report = ReportTest.complete();
        report.anonymous(false);
        report.reporter(new ReporterDetails("Sam Neighbour", "07700 900982", null, Relationship.NEIGHBOUR));
        JsonNode reporter = json.valueToTree(ReportToIntake.request(report, CLOCK, LONDON)).path("reporter");
        assertThat(reporter.toString()).isEqualTo(
                "{\"anonymous\":false,\"name\":\"Sam Neighbour\",\"phone\":\"07700 900982\",\"relationshipToChild\":\"NEIGHBOUR\"}");
    }
}
