package org.opendoor.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Finds a free port on the loopback interface. */
public final class FreePort {
    private static final int LOWEST = 20000;

    private FreePort() {
    }

    public static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /**
     * A free port below the range the system hands out for outgoing connections, for a server that binds late:
     * Keycloak binds its port only after creating its schema, a minute on a busy machine, and by then a port from
     * {@link #find()} may be the local end of someone's connection.
     */
    public static int findOutsideEphemeralRange() {
        int ephemeralFrom = ephemeralRangeStart();
        if (ephemeralFrom <= LOWEST + 1000) {
            return find();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = random.nextInt(LOWEST, ephemeralFrom);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + ephemeralFrom);
    }

    private static int ephemeralRangeStart() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim()
                    .split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }
}
