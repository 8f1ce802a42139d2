package org.opendoor.proof.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Submits referrals at a fixed rate whatever the answers (open loop), and keeps re-asking with the same
 * Idempotency-Key until each request has a definitive answer, as a careful client would through an outage.
 */
public final class OpenLoopDriver {
    private final IntakeClient client;
    private final ReferralMix mix;
    private final Predicate<ReferralMix.Submission> channels;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Map<String, IntakeClient.Answer> outcomes = new ConcurrentHashMap<>();
    private final Map<String, ReferralMix.Submission> unresolved = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();

    public OpenLoopDriver(IntakeClient client, ReferralMix mix, Predicate<ReferralMix.Submission> channels) {
        this.client = client;
        this.mix = mix;
        this.channels = channels;
    }

    public void start(int perSecond) {
        scheduler.scheduleAtFixedRate(this::submitOne, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    private void submitOne() {
        ReferralMix.Submission s = mix.next();
        while (!channels.test(s)) {
            s = mix.next();
        }
        submitted.incrementAndGet();
        send(IntakeClient.newKey(), s);
    }

    private void send(String key, ReferralMix.Submission s) {
        unresolved.put(key, s);
        client.submit(s, key).thenAccept(answer -> {
            if (answer.definitive()) {
                outcomes.put(key, answer);
                unresolved.remove(key);
            } else {
                retries.incrementAndGet();
                scheduler.schedule(() -> send(key, s), 1, TimeUnit.SECONDS);
            }
        });
    }

    /** Stops new submissions and waits until every request has a definitive answer (or the time is up). */
    public boolean stopAndSettle(Duration within) throws InterruptedException {
        scheduler.shutdown();
        long deadline = System.nanoTime() + within.toNanos();
        // retries were scheduled on the scheduler; keep retrying here once it is shut down
        while (!unresolved.isEmpty() && System.nanoTime() < deadline) {
            CountDownLatch round = new CountDownLatch(unresolved.size());
            for (var e : new ArrayList<>(unresolved.entrySet())) {
                client.submit(e.getValue(), e.getKey()).thenAccept(answer -> {
                    if (answer.definitive()) {
                        outcomes.put(e.getKey(), answer);
                        unresolved.remove(e.getKey());
                    }
                    round.countDown();
                });
            }
            round.await(15, TimeUnit.SECONDS);
            if (!unresolved.isEmpty()) {
                Thread.sleep(500);
            }
        }
        return unresolved.isEmpty();
    }

    public int submitted() {
        return submitted.get();
    }

    public int retries() {
        return retries.get();
    }

    public int unresolved() {
        return unresolved.size();
    }

    public List<IntakeClient.Answer> outcomes() {
        return List.copyOf(outcomes.values());
    }
}
