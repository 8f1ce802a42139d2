package org.opendoor.infra;

import java.io.IOException;

/**
 * Entry point of the Keycloak child process (it runs on Keycloak's class path, from a jar in the distribution's
 * cache, so it uses nothing but the JDK). It exits when its parent's end of stdin closes, so Keycloak never
 * outlives the test run or launcher that started it, even when that parent is killed; then it hands over to
 * Quarkus's own entry point, as {@code kc.sh} does.
 */
public final class KeycloakMain {
    private KeycloakMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(KeycloakMain::haltWhenOrphaned, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName("io.quarkus.bootstrap.runner.QuarkusEntryPoint").getMethod("main", String[].class)
                .invoke(null, (Object) args);
    }

    private static void haltWhenOrphaned() {
        try {
            while (System.in.read() != -1) {
                // nothing is ever written; we only wait for end of stream
            }
        } catch (IOException ignored) {
            // parent gone
        }
        Runtime.getRuntime().halt(0);
    }
}
