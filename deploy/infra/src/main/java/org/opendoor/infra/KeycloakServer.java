package org.opendoor.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A real Keycloak server (the embedded identity provider) in a child process on a JDK 21+, storing its data in its
 * own database of the embedded PostgreSQL and importing the OpenDoor realm from the repository. It listens on
 * 127.0.0.1 only, with the fixed public address {@code http://localhost:<port>} (so every token has the same
 * issuer), and dies with the process that started it.
 *
 * <p>Its directory is a Keycloak home of its own: {@code data/} (the realm file to import, transaction logs),
 * {@code keycloak.log}, and links to the shared, pre-built distribution in the cache.
 */
public final class KeycloakServer implements AutoCloseable {
    /** User name and password of the master realm's bootstrap admin (admin console; embedded mode only). */
    public static final String ADMIN = "admin";
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    /** Long enough for the one stop that also writes the class-data archive. */
    private static final Duration STOP_WITHIN = Duration.ofSeconds(60);

    private final Path directory;
    private final int port;
    private final KeycloakDatabase database;
    private final KeycloakDistribution distribution;
    private final boolean deleteOnClose;
    private final Consumer<String> progress;
    private final DevKeys signingKey;
    private Process process;
    private Path archiveBeingWritten;
    private Duration lastStartUp = Duration.ZERO;

    private KeycloakServer(Path directory, int port, KeycloakDatabase database, KeycloakDistribution distribution,
            DevKeys signingKey, boolean deleteOnClose, Consumer<String> progress) {
        this.signingKey = signingKey;
        this.directory = directory;
        this.port = port;
        this.database = database;
        this.distribution = distribution;
        this.deleteOnClose = deleteOnClose;
        this.progress = progress;
    }

    /**
     * Starts Keycloak on a prepared distribution and returns once the realm's discovery document answers. The realm
     * signs with {@code signingKey} (see {@link DemoRealm#signingWith}).
     */
    public static KeycloakServer start(Path directory, int port, KeycloakDatabase database,
            KeycloakDistribution distribution, DevKeys signingKey, boolean deleteOnClose, Consumer<String> progress) {
        KeycloakServer server = new KeycloakServer(directory, port, database, distribution, signingKey, deleteOnClose,
                progress);
        server.start();
        return server;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public IdentityProvider identityProvider() {
        return new IdentityProvider(baseUrl());
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** How long the last start took, from preparing the database to the realm answering. */
    public Duration lastStartUp() {
        return lastStartUp;
    }

    public Path log() {
        return directory.resolve("keycloak.log");
    }

    public synchronized void start() {
        long started = System.nanoTime();
        DemoRealm realm = DemoRealm.load().signingWith(signingKey);
        switch (database.prepare(realm.fingerprint())) {
            case CREATED -> progress.accept("  Keycloak: new database " + database.name()
                    + ", creating its schema and importing the realm (20-40 s)...");
            case RECREATED -> progress.accept("  Keycloak: the realm file changed; database " + database.name()
                    + " made afresh and the realm imported again (20-40 s)...");
            case KEPT -> {
            }
        }
        layOutHome(realm);
        process = launch();
        awaitReady();
        lastStartUp = Duration.ofNanos(System.nanoTime() - started);
    }

    /** Graceful stop; the data stays in PostgreSQL. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        boolean exited = ChildProcesses.waitFor(process, STOP_WITHIN);
        if (!exited) {
            process.destroyForcibly();
            ChildProcesses.waitFor(process, Duration.ofSeconds(10));
        }
        keepClassDataArchive(exited);
        process = null;
    }

    @Override
    public void close() {
        stop();
        if (deleteOnClose) {
            Directories.delete(directory);
        }
    }

    private void layOutHome(DemoRealm realm) {
        try {
            Path imports = Directories.create(directory.resolve("data").resolve("import"));
            Files.write(imports.resolve(DemoRealm.NAME + "-realm.json"), realm.json());
            for (Path shared : distribution.sharedParts()) {
                Path link = directory.resolve(shared.getFileName());
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, shared);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out Keycloak's home in " + directory, e);
        }
    }

    private Process launch() {
        List<String> classData;
        Path archive = distribution.classDataArchive();
        // -Xlog:cds=off: the JVM reports as an error that --add-opens keeps it from mapping the module graph, and
        // then maps the classes all the same
        if (Files.exists(archive)) {
            classData = List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
            archiveBeingWritten = null;
        } else {
            // the first run on this JDK records the classes it loaded when it exits; later starts map them (~40% faster)
            Directories.create(archive.getParent());
            archiveBeingWritten = archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".partial");
            classData = List.of("-XX:ArchiveClassesAtExit=" + archiveBeingWritten, "-Xlog:cds=off");
        }
        List<String> arguments = List.of("start", "--optimized", "--http-enabled=true", "--http-host=127.0.0.1",
                "--http-port=" + port, "--hostname=" + baseUrl(), "--cache=local", "--db-url=" + database.jdbcUrl(),
                "--db-username=" + database.user(), "--import-realm", "--bootstrap-admin-username=" + ADMIN);
        ProcessBuilder builder = new ProcessBuilder(distribution.command(directory, classData, arguments))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        Map<String, String> environment = builder.environment();
        // Keycloak reads KC_* and QUARKUS_* variables as options: only ours count
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_"));
        environment.put("KC_DB_PASSWORD", database.password());
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak with " + distribution.jdk().java(), e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        IdentityProvider provider = identityProvider();
        try {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited (" + process.exitValue() + "); see " + log());
                }
                if (provider.isUp()) {
                    return;
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        throw new IllegalStateException("Keycloak not ready within " + READY_WITHIN + "; see " + log());
    }

    /** Keeps the class-data archive the JVM wrote as it exited, unless it was killed while writing it. */
    private void keepClassDataArchive(boolean exitedByItself) {
        if (archiveBeingWritten == null) {
            return;
        }
        try {
            if (exitedByItself && Files.exists(archiveBeingWritten) && Files.size(archiveBeingWritten) > 0) {
                Files.move(archiveBeingWritten, distribution.classDataArchive(), StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(archiveBeingWritten);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            archiveBeingWritten = null;
        }
    }
}
