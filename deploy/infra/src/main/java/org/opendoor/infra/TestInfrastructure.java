package org.opendoor.infra;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The one embedded infrastructure of a test JVM, started on first use and stopped (temporary files deleted)
 * when the JVM exits. Its endpoints are kept in system properties so that code in any class loader (Quarkus
 * tests load classes in their own) finds the same instance. Keycloak joins it only when a test asks for it.
 */
public final class TestInfrastructure {
    private static final String PREFIX = "opendoor.test.infra.";
    private static final Consumer<String> QUIET = message -> {
    };

    private TestInfrastructure() {
    }

    public static InfraEndpoints shared() {
        synchronized (System.getProperties()) {
            InfraEndpoints running = InfraEndpoints.fromProperties(PREFIX);
            if (running != null) {
                return running;
            }
            Path home = Directories.temporary("opendoor-test-");
            EmbeddedInfrastructure infra = EmbeddedInfrastructure.start(home, EmbeddedInfrastructure.Ports.free(), true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                infra.close();
                Directories.delete(home);
            }, "opendoor-test-infra-stop"));
            InfraEndpoints endpoints = infra.endpoints();
            endpoints.toProperties(PREFIX).forEach(System::setProperty);
            return endpoints;
        }
    }

    /** As {@link #shared()}, plus Keycloak on the shared PostgreSQL (started on first use, about 20 s). */
    public static InfraEndpoints sharedWithKeycloak() {
        synchronized (System.getProperties()) {
            InfraEndpoints endpoints = shared();
            if (endpoints.keycloakUrl() != null) {
                return endpoints;
            }
            Path home = Directories.temporary("opendoor-test-keycloak-");
            KeycloakServer keycloak = KeycloakServer.start(home, FreePort.find(),
                    KeycloakDatabase.on(endpoints.postgresPort()), KeycloakDistribution.prepare(KeycloakJdk.find(), QUIET),
                    true, QUIET);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "opendoor-test-keycloak-stop"));
            InfraEndpoints withKeycloak = endpoints.withKeycloakUrl(keycloak.baseUrl());
            withKeycloak.toProperties(PREFIX).forEach(System::setProperty);
            return withKeycloak;
        }
    }
}
