package org.opendoor.infra;

import java.io.IOException;

/**
 * Entry point of the Kafka broker's child JVM. It exits when its parent's end of stdin closes, so a broker
 * never outlives the test run or launcher that started it, even when that parent is killed.
 */
public final class BrokerMain {
    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing is ever written; we only wait for end of stream
                }
            } catch (IOException ignored) {
                // parent gone
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(args);
    }
}
