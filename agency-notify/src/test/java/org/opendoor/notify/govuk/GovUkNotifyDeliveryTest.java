package org.opendoor.notify.govuk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.notify.support.FakeGovUkNotify;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.Referrals;

@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class GovUkNotifyDeliveryTest {

    @Test
    void aSchoolOnGovUkNotifyIsSentItsNoticeThroughTheOfficialClient() throws Exception {
        String address = "dsl-" + UUID.randomUUID() + "@notify-school.opendoor.local";
        String urn = Referrals.registerSchool("E06000017", "GOVUK_NOTIFY", address, null);

        UUID referralId = Referrals.encompassReferralFor(urn, "E06000017");

        Map<String, Object> notice = Referrals.awaitFinal(referralId, "E06000017", "OPERATION_ENCOMPASS");
        assertThat(notice).containsEntry("status", "SENT").containsEntry("channel", "GOVUK_NOTIFY")
                .containsEntry("attempts", 1);
        FakeGovUkNotify.Received call = FakeGovUkNotify.shared().received().stream()
                .filter(r -> r.body().path("email_address").asText().equals(address)).findFirst().orElseThrow();
        assertThat(call.authorization()).startsWith("Bearer ey");
        assertThat(call.body().path("template_id").asText()).isEqualTo(FakeGovUkNotify.TEMPLATE_ID);
        assertThat(call.body().path("reference").asText()).isEqualTo(notice.get("id").toString());
        assertThat(call.body().path("personalisation").path("subject").asText())
                .isEqualTo("Operation Encompass: police reference PR-" + urn);
        assertThat(call.body().path("personalisation").path("body").asText()).contains("Child: Eve Green");
    }
}
