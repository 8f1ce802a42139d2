package org.opendoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.Mailbox;

/** The three packaged services as real processes on the embedded infrastructure, followed end to end. */
class WholeSystemIT {
    static final String LEICESTERSHIRE_DUTY = "first-response@leicestershire.duty.opendoor.local";
    private static Stack stack;
    private static Path home;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();
        home = Files.createTempDirectory("opendoor-it-");
        stack = Stack.start(root, home, StackPorts.free(), true, System.out::println);
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
        // logs and keys too: a test run leaves nothing behind
        org.opendoor.infra.EmbeddedInfrastructure.deleteDirectory(home);
    }

    @Test
    void aSchoolReferralOfAChildInDangerReachesTheDutyTeamsMailbox() throws Exception {
        String token = stack.infra().endpoints().tokens().mint("school", "URN:100001", null, null);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(stack.intake().baseUrl() + "/api/v1/referrals"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"source": "SCHOOL",
                         "children": [{"firstName": "Ben", "lastName": "Canary", "dateOfBirth": "2017-05-02",
                                       "address": {"postcode": "LE11 3TU"}, "schoolUrn": "100001"}],
                         "concern": {"summary": "Told his teacher he is scared to go home tonight.",
                                     "categories": ["PHYSICAL_ABUSE"], "indicators": ["DISCLOSURE"],
                                     "immediateDanger": true},
                         "referrer": {"name": "D. Lead", "role": "DSL", "email": "dsl@100001.school.opendoor.local"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String reference = answer.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");

        List<Mailbox.Mail> alerts = awaitMail(LEICESTERSHIRE_DUTY, reference, Duration.ofSeconds(30));
        assertThat(alerts).as("duty alert for " + reference).hasSize(1);
        assertThat(alerts.get(0).subject()).contains(reference).contains("RED");
        assertThat(alerts.get(0).body()).doesNotContain("Canary").doesNotContain("scared");

        stack.services().forEach(s -> System.out.printf("%s: ready in %d ms, resident %d MiB after one referral%n",
                s.name(), s.lastStartUp().toMillis(), s.residentMiB()));
    }

    private static List<Mailbox.Mail> awaitMail(String address, String reference, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<Mailbox.Mail> mails = stack.infra().endpoints().mailbox().messagesFor(address).stream()
                    .filter(m -> m.subject().contains(reference)).toList();
            if (!mails.isEmpty()) {
                return mails;
            }
            Thread.sleep(200);
        }
        return List.of();
    }
}
