package org.opendoor.notify.govuk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.opendoor.notify.delivery.DeliveryConfig;
import org.opendoor.notify.delivery.DeliveryException;
import org.opendoor.notify.delivery.OutgoingMessage;
import org.opendoor.notify.support.DeliveryWaits;
import org.opendoor.notify.support.FakeGovUkNotify;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.Referrals;
import org.opendoor.notify.support.SilentSmtpServer;

@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class GovUkNotifyDeliveryTest {

    @Inject
    DeliveryConfig delivery;

    @Test
    void aNotifyThatAcceptsAndNeverAnswersCostsOneBoundedAttemptThatIsRetried() {
        GovUkNotifyConfig silent = new GovUkNotifyConfig() {
            @Override
            public String baseUrl() {
                // accepts connections and never says a word, to HTTP as to SMTP
                return "http://127.0.0.1:" + SilentSmtpServer.shared().port();
            }

            @Override
            public Optional<String> apiKey() {
                return Optional.of(FakeGovUkNotify.API_KEY);
            }

            @Override
            public Optional<String> templateId() {
                return Optional.of(FakeGovUkNotify.TEMPLATE_ID);
            }
        };
        GovUkNotifyChannel channel = new GovUkNotifyChannel(silent, new DeliveryWaits(delivery, 2,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)));
        OutgoingMessage message = new OutgoingMessage(UUID.randomUUID(), "DUTY_ALERT", "OD-2026-000001",
                "dsl@notify-school.opendoor.local", "A subject", "A body", null, null, null);

        CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
            try {
                channel.send(message);
            } catch (DeliveryException e) {
                throw new CompletionException(e);
            }
        });

        assertThat(sent).failsWithin(Duration.ofSeconds(20)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.permanent()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("GOV.UK Notify answered nothing");
                });
    }

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
