package org.opendoor.infra;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waiting for the child processes the embedded infrastructure starts (Kafka, Keycloak, their tools). */
final class ChildProcesses {
    private ChildProcesses() {
    }

    /** Whether the process exited within the timeout (false, with the interrupt kept, when interrupted). */
    static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
