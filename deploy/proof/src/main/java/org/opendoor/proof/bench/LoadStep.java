package org.opendoor.proof.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.opendoor.proof.load.IntakeClient;
import org.opendoor.proof.load.ReferralMix;

/**
 * One open-loop step: requests leave on a fixed schedule whatever the answers, and each latency is measured from
 * the request's intended start, so a stalled server shows up in the tail instead of slowing the load
 * (no coordinated omission).
 */
final class LoadStep {
    record Outcome(int rate, Histogram intakeMicros, Map<Integer, Integer> statuses, Set<String> accepted,
            double seconds) {
    }

    static Outcome run(IntakeClient client, ReferralMix mix, int rate, Duration duration) {
        Recorder recorder = new Recorder(3);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Phaser inFlight = new Phaser(1);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long total = rate * duration.toSeconds();
        for (long i = 0; i < total; i++) {
            long intended = start + i * period;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.register();
            client.submit(mix.next(), IntakeClient.newKey()).whenComplete((answer, error) -> {
                recorder.recordValue(Math.max(1, (System.nanoTime() - intended) / 1_000));
                statuses.merge(answer == null ? 0 : answer.status(), 1, Integer::sum);
                if (answer != null && answer.accepted()) {
                    accepted.add(answer.referralId());
                }
                inFlight.arriveAndDeregister();
            });
        }
        inFlight.arriveAndAwaitAdvance();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(rate, recorder.getIntervalHistogram(), new TreeMap<>(statuses), accepted, seconds);
    }

    private LoadStep() {
    }
}
