package org.opendoor.infra;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The one embedded infrastructure of a test JVM, started on first use and stopped (temporary files deleted)
 * when the JVM exits. Its endpoints are kept in system properties so that code in any class loader (Quarkus
 * tests load classes in their own) finds the same instance. Keycloak joins it only when a test asks for it.
 */
public final class TestInfrastructure {
    private static final String PREFIX = "opendoor.test.infra.";
    /**
     * Held while starting. A string literal is one object in the whole JVM, whichever class loader loaded this
     * class; the system properties themselves must stay free, as the starting threads set some.
     */
    private static final String LOCK = "org.opendoor.infra.TestInfrastructure.lock";
    private static final Consumer<String> QUIET = message -> {
    };

    private TestInfrastructure() {
    }

    /**
     * A path on a service's management interface ({@code /q/metrics}, say), from the URL a
     * {@code @TestHTTPResource(value = "/", management = true)} field holds: /q/* is not on the public port.
     */
    public static URL at(URL management, String path) {
        try {
            return new URL(management, path);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a path on " + management + ": " + path, e);
        }
    }

    /**
     * The shared PostgreSQL, Kafka and SMTP, with token verification by the development key: Keycloak is left out
     * of these endpoints even when another test of the JVM started it, so a test's tokens and its service's
     * configuration agree whatever ran before.
     */
    public static InfraEndpoints shared() {
        synchronized (LOCK) {
            InfraEndpoints running = InfraEndpoints.fromProperties(PREFIX);
            return (running != null ? running : start(EmbeddedInfrastructure.Options.defaults())).withoutKeycloak();
        }
    }

    /**
     * As {@link #shared()}, with Keycloak (20-40 s more): started with the rest on first use, or added to the
     * shared PostgreSQL when the rest runs already.
     */
    public static InfraEndpoints sharedWithKeycloak() {
        synchronized (LOCK) {
            InfraEndpoints running = InfraEndpoints.fromProperties(PREFIX);
            if (running == null) {
                return start(EmbeddedInfrastructure.Options.defaults().withKeycloak());
            }
            if (running.keycloakUrl() != null) {
                return running;
            }
            Path home = Directories.temporary("opendoor-test-keycloak-");
            KeycloakServer keycloak = KeycloakServer.start(home, FreePort.findOutsideEphemeralRange(),
                    KeycloakDatabase.on(running.postgresPort()), KeycloakDistribution.prepare(KeycloakJdk.find(), QUIET),
                    running.keys(), true, QUIET);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "opendoor-test-keycloak-stop"));
            return publish(running.withKeycloakUrl(keycloak.baseUrl()));
        }
    }

    private static InfraEndpoints start(EmbeddedInfrastructure.Options options) {
        Path home = Directories.temporary("opendoor-test-");
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.start(home, EmbeddedInfrastructure.Ports.free(), true,
                options.reportingTo(QUIET));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infra.close();
            Directories.delete(home);
        }, "opendoor-test-infra-stop"));
        return publish(infra.endpoints());
    }

    private static InfraEndpoints publish(InfraEndpoints endpoints) {
        endpoints.toProperties(PREFIX).forEach(System::setProperty);
        return endpoints;
    }
}
