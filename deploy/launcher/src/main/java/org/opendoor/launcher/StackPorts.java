package org.opendoor.launcher;

import org.opendoor.infra.EmbeddedInfrastructure;
import org.opendoor.infra.FreePort;

/** Where each part of the local stack listens. */
public record StackPorts(EmbeddedInfrastructure.Ports infra, int web, int intake, int triage, int agencyNotify,
        int mailViewer) {

    /** The documented ports of {@code ./opendoor up}. */
    public static StackPorts standard() {
        return new StackPorts(new EmbeddedInfrastructure.Ports(15432, 19092, 2525, 1143, 8180), 8080, 8081, 8082, 8083,
                8025);
    }

    /** Free ports, for tests and benchmarks that must not collide with a running stack. */
    public static StackPorts free() {
        return new StackPorts(EmbeddedInfrastructure.Ports.free(), FreePort.find(), FreePort.find(), FreePort.find(),
                FreePort.find(), FreePort.find());
    }
}
