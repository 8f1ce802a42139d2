package org.opendoor.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.EmbeddedInfrastructure;
import org.opendoor.infra.InfraEndpoints;
import org.opendoor.launcher.ServiceProcess;
import org.opendoor.launcher.Stack;
import org.opendoor.launcher.StackPorts;
import org.opendoor.infra.PostgresServer;
import org.opendoor.proof.load.IntakeClient;
import org.opendoor.proof.load.OpenLoopDriver;
import org.opendoor.proof.load.ReferralMix;

/**
 * Nothing accepted is ever lost, nothing is done twice: referrals flow continuously while each service is killed
 * with SIGKILL and restarted, the Kafka broker is down for longer than a minute and PostgreSQL restarts. The
 * broker is secured as in Kubernetes: SASL/SCRAM, each service its own user with exactly the ACLs of
 * deploy/k8s/kafka.yaml. The short run is part of {@code ./mvnw verify}; a long one:
 * {@code -Dopendoor.chaos.pause-seconds=60}.
 */
class ChaosIT {
    private static final Duration PAUSE = Duration.ofSeconds(Long.getLong("opendoor.chaos.pause-seconds", 6));
    /** Longer than the consumers' API timeout and readiness's stalled-after (60 s): the outage issue 15 asked for. */
    private static final Duration BROKER_OUTAGE = Duration.ofSeconds(Long.getLong("opendoor.chaos.broker-outage-seconds",
            75));
    private static final int RATE = Integer.getInteger("opendoor.chaos.rate", 10);
    private static Stack stack;
    private static Path home;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();
        home = Files.createTempDirectory("opendoor-chaos-");
        stack = Stack.start(root, home, StackPorts.free(), true, Map.of(), EmbeddedInfrastructure.Options.defaults()
                .withKafkaUsers(root.resolve("deploy/k8s/kafka.yaml")).reportingTo(System.out::println));
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
        // logs and keys too: a test run leaves nothing behind
        EmbeddedInfrastructure.deleteDirectory(home);
    }

    @Test
    void everyAcceptedReferralEndsWithExactlyOneCaseAndNoDuplicateNotification() throws Exception {
        InfraEndpoints endpoints = stack.infra().endpoints();
        IntakeClient client = new IntakeClient(stack.intake().baseUrl(),
                roleAndOrg -> endpoints.tokens().mint(roleAndOrg[0], roleAndOrg[1], null, null));
        // public reports carry no Idempotency-Key contract, so a client cannot safely retry them through a crash
        OpenLoopDriver driver = new OpenLoopDriver(client, new ReferralMix(7, 50), s -> s.role() != null);
        driver.start(RATE);

        Map<String, Long> chaos = new TreeMap<>();
        for (ServiceProcess service : stack.services()) {
            pause();
            chaos.put("kill -9 and restart " + service.name() + " (ms)", timed("kill -9 " + service.name(), () -> {
                service.kill();
                service.start();
            }));
        }
        pause();
        BrokerOutage outage = brokerOutage(driver);
        chaos.put("Kafka broker down (ms)", outage.downMs());
        chaos.put("Kafka broker back until triage ready again (ms)", outage.recoveryMs());
        pause();
        chaos.put("restart PostgreSQL (ms)", timed("restart PostgreSQL", () -> {
            stack.infra().postgres().stop();
            stack.infra().postgres().start();
        }));
        long recovered = System.nanoTime();
        pause();
        boolean settled = driver.stopAndSettle(Duration.ofSeconds(60));
        System.out.printf("Load stopped: submitted %d, answered %d, unresolved %d, answers other than 202 %s%n",
                driver.submitted(), driver.outcomes().size(), driver.unresolved(), otherAnswers(driver));
        assertThat(settled).as("every request got a definitive answer").isTrue();

        Set<String> accepted = accepted(driver);
        boolean drained = awaitDrained(accepted, Duration.ofSeconds(60).minusNanos(System.nanoTime() - recovered));
        long drainMs = (System.nanoTime() - recovered) / 1_000_000;

        try (Connection db = connect(endpoints)) {
            Set<String> stored = ids(db, "SELECT id::text FROM intake.referral");
            Map<String, Integer> casesPerReferral = counts(db, "SELECT referral_id::text, count(*) FROM triage.duty_case GROUP BY 1");
            int duplicateNotifications = single(db, """
                    SELECT count(*) FROM (SELECT 1 FROM notify.notification
                    GROUP BY referral_id, purpose, recipient HAVING count(*) > 1) d""");
            int notifications = single(db, "SELECT count(*) FROM notify.notification");

            System.out.printf("%nChaos run: submitted %d, accepted %d, other answers %s, client retries %d%n",
                    driver.submitted(), accepted.size(), otherAnswers(driver), driver.retries());
            chaos.forEach((what, ms) -> System.out.printf("  %s: %d%n", what, ms));
            System.out.printf("  referrals stored %d, cases %d, notifications %d, duplicate notifications %d, "
                    + "drained %s in %d ms after recovery%n", stored.size(), casesPerReferral.size(), notifications,
                    duplicateNotifications, drained, drainMs);

            assertThat(accepted).as("referrals were accepted throughout").hasSizeGreaterThan(driver.submitted() / 2);
            assertThat(stored).as("exactly the referrals that got a 202 are stored").isEqualTo(accepted);
            assertThat(casesPerReferral.keySet()).as("every accepted referral has a case, and no other does")
                    .isEqualTo(accepted);
            assertThat(casesPerReferral.values()).as("one case per referral").containsOnly(1);
            assertThat(duplicateNotifications).as("one notification per (referral, purpose, recipient)").isZero();
            assertThat(drained).as("backlog drained within 60 s of recovery").isTrue();
        }
    }

    /** How the system behaved while the broker was down, and how long it took to consume again. */
    private record BrokerOutage(long downMs, long recoveryMs) {
    }

    /**
     * Stops the broker for {@link #BROKER_OUTAGE}. Meanwhile intake must go on accepting concerns (into its outbox)
     * and stay ready, while triage, which can do nothing without its events, must say so in its readiness instead
     * of looking healthy. Once the broker is back, triage's consumer must be consuming again within a minute.
     */
    private static BrokerOutage brokerOutage(OpenLoopDriver driver) throws InterruptedException {
        System.out.printf("%s chaos: Kafka broker down for %d s%n", java.time.LocalTime.now(), BROKER_OUTAGE.toSeconds());
        long start = System.nanoTime();
        int acceptedBefore = accepted(driver).size();
        stack.infra().kafka().stop();
        await("triage reports that it cannot consume").atMost(BROKER_OUTAGE).pollInterval(Duration.ofSeconds(1))
                .until(() -> !stack.triage().ready());
        // the outage itself: deliberately the whole of it, with referrals still coming
        Thread.sleep(Math.max(0, BROKER_OUTAGE.minusNanos(System.nanoTime() - start).toMillis()));
        int acceptedDuring = accepted(driver).size() - acceptedBefore;
        boolean intakeReady = stack.intake().ready();
        long down = (System.nanoTime() - start) / 1_000_000;
        stack.infra().kafka().start();
        long back = System.nanoTime();
        await("triage consumes again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> stack.triage().ready());
        long recovery = (System.nanoTime() - back) / 1_000_000;
        System.out.printf("  during the outage: referrals accepted %d, intake ready at its end %s%n", acceptedDuring,
                intakeReady);
        assertThat(acceptedDuring).as("concerns are accepted while Kafka is down").isGreaterThan(0);
        assertThat(intakeReady).as("intake stays ready while Kafka is down").isTrue();
        return new BrokerOutage(down, recovery);
    }

    /** The referrals that got a 202 so far. */
    private static Set<String> accepted(OpenLoopDriver driver) {
        return driver.outcomes().stream().filter(IntakeClient.Answer::accepted).map(IntakeClient.Answer::referralId)
                .collect(Collectors.toSet());
    }

    /** True once nothing is left in flight; the progress of a slow drain is printed every ten seconds. */
    private static boolean awaitDrained(Set<String> accepted, Duration within) {
        int[] rounds = {0};
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(250)).until(() -> drained(accepted, ++rounds[0] % 40 == 0));
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    private static boolean drained(Set<String> accepted, boolean report) {
        try (Connection db = connect(stack.infra().endpoints())) {
            boolean outboxesEmpty = single(db, "SELECT count(*) FROM intake.outbox_event WHERE published_at IS NULL") == 0
                    && single(db, "SELECT count(*) FROM triage.outbox_event WHERE published_at IS NULL") == 0;
            boolean allTriaged = ids(db, "SELECT referral_id::text FROM triage.duty_case").containsAll(accepted);
            boolean nothingPending = single(db, "SELECT count(*) FROM notify.notification WHERE status = 'PENDING'") == 0;
            if (outboxesEmpty && allTriaged && nothingPending) {
                return true;
            }
            if (report) {
                System.out.printf("  draining: outboxes empty %s, all triaged %s, pending notifications %d "
                        + "(never attempted %d)%n", outboxesEmpty, allTriaged,
                        single(db, "SELECT count(*) FROM notify.notification WHERE status = 'PENDING'"),
                        single(db, "SELECT count(*) FROM notify.notification WHERE status = 'PENDING' AND attempts = 0"));
            }
        } catch (java.sql.SQLException stillRecovering) {
            // try again
        }
        return false;
    }

    private static String otherAnswers(OpenLoopDriver driver) {
        return driver.outcomes().stream().filter(a -> !a.accepted())
                .collect(Collectors.groupingBy(IntakeClient.Answer::status, TreeMap::new, Collectors.counting()))
                .toString();
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(PAUSE.toMillis());
    }

    private static long timed(String what, Runnable action) {
        System.out.printf("%s chaos: %s%n", java.time.LocalTime.now(), what);
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Connection connect(InfraEndpoints endpoints) throws java.sql.SQLException {
        return DriverManager.getConnection(endpoints.jdbcUrl(), PostgresServer.USER, PostgresServer.USER);
    }

    private static Set<String> ids(Connection db, String sql) throws java.sql.SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Map<String, Integer> counts(Connection db, String sql) throws java.sql.SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static int single(Connection db, String sql) throws java.sql.SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
