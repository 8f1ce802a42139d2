package org.opendoor.infra;

import java.nio.file.Path;

/**
 * The one embedded infrastructure of a test JVM, started on first use and stopped (temporary files deleted)
 * when the JVM exits. Its endpoints are kept in system properties so that code in any class loader (Quarkus
 * tests load classes in their own) finds the same instance.
 */
public final class TestInfrastructure {
    private static final String PREFIX = "opendoor.test.infra.";

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
}
