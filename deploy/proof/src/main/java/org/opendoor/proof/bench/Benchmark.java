package org.opendoor.proof.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.opendoor.infra.InfraEndpoints;
import org.opendoor.infra.PostgresServer;

import org.opendoor.launcher.ServiceProcess;
import org.opendoor.launcher.Stack;
import org.opendoor.launcher.StackPorts;
import org.opendoor.proof.load.IntakeClient;
import org.opendoor.proof.load.ReferralMix;

/**
 * {@code ./opendoor bench}: the whole pipeline under open-loop load at rising rates, against the PostgreSQL
 * ceiling for the same commits measured on the same machine in the same run.
 */
public final class Benchmark {
    /** After a step, how long the pipeline may take to catch up before we call the rate "backed up". */
    private static final Duration CATCH_UP = Duration.ofSeconds(5);
    /** The longest the next step waits for the previous one's backlog to drain: no step inherits a backlog. */
    private static final Duration DRAIN = Duration.ofMinutes(5);

    public record Settings(List<Integer> rates, Duration step, Duration warmUp, int ceilingThreads) {
    }

    public record StepResult(int rate, double achievedPerSecond, long intakeP50Micros, long intakeP99Micros,
            long intakeP999Micros, long intakeMaxMicros, long endToEndP50Millis, long endToEndP99Millis,
            int endToEndSamples, Map<Integer, Integer> statuses, boolean caughtUp, long catchUpMillis,
            Map<String, Double> cpuMillisPerReferral) {
        boolean withinKnee() {
            return intakeP99Micros <= 50_000 && caughtUp && statuses.keySet().stream().allMatch(s -> s == 202);
        }
    }

    public record Report(Map<String, Long> readyMillis, Map<String, Long> readyTogetherMillis,
            Map<String, Long> residentMiBAfterWarmUp,
            List<StepResult> steps, int kneePerSecond, double ceilingPerSecond, int ceilingThreads,
            double bestSustainedPerSecond, String machine) {
    }

    private Benchmark() {
    }

    public static Report run(Path root, Settings settings, java.util.function.Consumer<String> progress) throws Exception {
        Path home = Files.createTempDirectory("opendoor-bench-");
        try (Stack stack = Stack.start(root, home, StackPorts.free(), true, progress, Map.of(
                "intake.public-concerns.rate-limit.requests", "100000000"))) {
            InfraEndpoints endpoints = stack.infra().endpoints();
            IntakeClient client = new IntakeClient(stack.intake().baseUrl(),
                    ro -> endpoints.tokens().mint(ro[0], ro[1], null, null));
            ReferralMix mix = new ReferralMix(42, 500);
            Map<String, Long> readyTogether = new LinkedHashMap<>();
            stack.services().forEach(s -> readyTogether.put(s.name(), s.lastStartUp().toMillis()));
            Map<String, Long> ready = new LinkedHashMap<>();
            for (ServiceProcess s : stack.services()) {
                progress.accept("Restarting " + s.name() + " alone to time its start...");
                s.stop();
                s.start();
                ready.put(s.name(), s.lastStartUp().toMillis());
            }

            progress.accept("Warming up for " + settings.warmUp().toSeconds() + " s at 50/s...");
            Set<String> backlog = LoadStep.run(client, mix, 50, settings.warmUp()).accepted();
            drain(endpoints, backlog, progress);
            Map<String, Long> resident = new LinkedHashMap<>();
            for (ServiceProcess s : stack.services()) {
                resident.put(s.name(), s.residentMiB());
            }

            List<StepResult> steps = new ArrayList<>();
            for (int rate : settings.rates()) {
                drain(endpoints, backlog, progress);
                progress.accept("Load step: " + rate + " referrals/s for " + settings.step().toSeconds() + " s...");
                Map<String, Long> cpuBefore = cpuMillis(stack);
                LoadStep.Outcome outcome = LoadStep.run(client, mix, rate, settings.step());
                long caughtUpAt = awaitCaughtUp(endpoints, outcome.accepted(), CATCH_UP.multipliedBy(6));
                backlog = outcome.accepted();
                Map<String, Double> cpuPerReferral = new LinkedHashMap<>();
                cpuMillis(stack).forEach((process, millis) -> cpuPerReferral.put(process,
                        (millis - cpuBefore.get(process)) / (double) Math.max(1, outcome.accepted().size())));
                Histogram endToEnd = endToEndMillis(endpoints, outcome.accepted());
                Histogram intake = outcome.intakeMicros();
                StepResult step = new StepResult(rate, outcome.accepted().size() / outcome.seconds(),
                        intake.getValueAtPercentile(50), intake.getValueAtPercentile(99),
                        intake.getValueAtPercentile(99.9), intake.getMaxValue(),
                        endToEnd.getValueAtPercentile(50), endToEnd.getValueAtPercentile(99),
                        (int) endToEnd.getTotalCount(), outcome.statuses(),
                        caughtUpAt >= 0 && caughtUpAt <= CATCH_UP.toMillis(), caughtUpAt, cpuPerReferral);
                steps.add(step);
                progress.accept(String.format("  achieved %.0f/s, intake p50 %.1f ms p99 %.1f ms, end-to-end p99 %d ms, "
                        + "caught up in %d ms, answers %s", step.achievedPerSecond(), step.intakeP50Micros() / 1000.0,
                        step.intakeP99Micros() / 1000.0, step.endToEndP99Millis(), caughtUpAt, step.statuses()));
                progress.accept("  CPU ms per referral: " + cpuPerReferral);
                if (!step.caughtUp() && step.intakeP99Micros() > 1_000_000) {
                    progress.accept("  far past the knee; stopping the climb");
                    break;
                }
            }
            int knee = steps.stream().filter(StepResult::withinKnee).mapToInt(StepResult::rate).max().orElse(0);
            double best = steps.stream().filter(StepResult::caughtUp).mapToDouble(StepResult::achievedPerSecond)
                    .max().orElse(0);

            progress.accept("Measuring the PostgreSQL ceiling for the same commits (" + settings.ceilingThreads()
                    + " JDBC threads, 10 s)...");
            PostgresCeiling.Result ceiling = PostgresCeiling.measure(endpoints.jdbcUrl(), PostgresServer.USER,
                    PostgresServer.USER, settings.ceilingThreads(), Duration.ofSeconds(10));
            return new Report(ready, readyTogether, resident, steps, knee, ceiling.referralsPerSecond(), ceiling.threads(), best,
                    Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + ", Java "
                            + System.getProperty("java.version"));
        } finally {
            org.opendoor.infra.EmbeddedInfrastructure.deleteDirectory(home);
        }
    }

    /** Waits until everything accepted so far has gone through, so the next step starts on an empty pipeline. */
    private static void drain(InfraEndpoints endpoints, Set<String> accepted, java.util.function.Consumer<String> progress)
            throws Exception {
        long drained = awaitCaughtUp(endpoints, accepted, DRAIN);
        if (drained < 0) {
            throw new IllegalStateException("The pipeline did not catch up within " + DRAIN.toMinutes()
                    + " minutes; a later step would measure the backlog, not its own rate");
        }
        if (drained > 1_000) {
            progress.accept("  (waited " + drained + " ms for the previous load to drain)");
        }
    }

    /** CPU used so far by each process of the stack; the launcher is also the load generator and the SMTP server. */
    private static Map<String, Long> cpuMillis(Stack stack) {
        Map<String, Long> cpu = new LinkedHashMap<>();
        stack.services().forEach(s -> cpu.put(s.name(), ProcessCpu.millis(s.pid(), false)));
        cpu.put("kafka", ProcessCpu.millis(stack.infra().kafka().pid(), false));
        cpu.put("postgresql", ProcessCpu.millis(stack.infra().postgres().pid(), true));
        cpu.put("launcher + load generator", ProcessCpu.millis(ProcessHandle.current().pid(), false));
        return cpu;
    }

    /**
     * Waits until the outboxes are empty, every accepted referral has a case and nothing is pending delivery;
     * returns how long that took, or -1 if it did not happen in time.
     */
    private static long awaitCaughtUp(InfraEndpoints endpoints, Set<String> accepted, Duration within) throws Exception {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        try (Connection db = connect(endpoints)) {
            while (System.nanoTime() < deadline) {
                if (count(db, "SELECT count(*) FROM intake.outbox_event WHERE published_at IS NULL", null) == 0
                        && count(db, "SELECT count(*) FROM triage.outbox_event WHERE published_at IS NULL", null) == 0
                        && count(db, "SELECT count(*) FROM notify.notification WHERE status = 'PENDING' AND attempts = 0", null) == 0
                        && count(db, "SELECT count(*) FROM triage.duty_case WHERE referral_id = ANY (CAST(? AS uuid[]))", accepted)
                                == accepted.size()) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
                Thread.sleep(50);
            }
        }
        return -1;
    }

    /** From intake's receipt to the first notification about the referral marked sent. */
    private static Histogram endToEndMillis(InfraEndpoints endpoints, Set<String> referralIds) throws SQLException {
        Histogram histogram = new Histogram(3);
        try (Connection db = connect(endpoints); PreparedStatement q = db.prepareStatement("""
                SELECT extract(epoch FROM (min(n.sent_at) - r.received_at)) * 1000
                FROM intake.referral r JOIN notify.notification n ON n.referral_id = r.id
                WHERE n.status = 'SENT' AND r.id = ANY (CAST(? AS uuid[])) GROUP BY r.id, r.received_at""")) {
            q.setArray(1, db.createArrayOf("text", referralIds.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    histogram.recordValue(Math.max(0, Math.round(rs.getDouble(1))));
                }
            }
        }
        return histogram;
    }

    private static int count(Connection db, String sql, Set<String> ids) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            if (ids != null) {
                Array array = db.createArrayOf("text", ids.toArray());
                q.setArray(1, array);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Connection connect(InfraEndpoints endpoints) throws SQLException {
        return DriverManager.getConnection(endpoints.jdbcUrl(), PostgresServer.USER, PostgresServer.USER);
    }
}
