package org.opendoor.launcher;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.opendoor.infra.EmbeddedInfrastructure;
import org.opendoor.infra.FreePort;

/**
 * Where each part of the local stack listens: each service's public port, and its management port
 * ({@code /q/*}: health, metrics, OpenAPI, Swagger UI).
 */
public record StackPorts(EmbeddedInfrastructure.Ports infra, int web, int intake, int triage, int agencyNotify,
        int briefing, int mailViewer, Management management) {

    /** The services' management interfaces. */
    public record Management(int web, int intake, int triage, int agencyNotify, int briefing) {
    }

    /** The documented ports of {@code ./opendoor up}. */
    public static StackPorts standard() {
        return new StackPorts(new EmbeddedInfrastructure.Ports(15432, 19092, 2525, 1143, 8180), 8080, 8081, 8082, 8083,
                8084, 8025, new Management(9080, 9081, 9082, 9083, 9084));
    }

    /**
     * Free ports, for tests and benchmarks that must not collide with a running stack. The web, service and mail
     * viewer ports are taken from below the ephemeral range: they bind only once the infrastructure (and Keycloak) is
     * up, by when a port the system handed out earlier may be the local end of someone's connection.
     */
    public static StackPorts free() {
        Set<Integer> ours = new LinkedHashSet<>();
        while (ours.size() < 11) {
            ours.add(FreePort.findOutsideEphemeralRange());
        }
        Iterator<Integer> port = ours.iterator();
        return new StackPorts(EmbeddedInfrastructure.Ports.free(), port.next(), port.next(), port.next(), port.next(),
                port.next(), port.next(), new Management(port.next(), port.next(), port.next(), port.next(),
                port.next()));
    }
}
