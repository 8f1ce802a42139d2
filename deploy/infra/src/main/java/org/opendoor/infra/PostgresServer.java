package org.opendoor.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL 17 server from the binaries shipped in a Maven artifact. Its data directory survives
 * a stop, so a restart (or the next {@code ./opendoor up}) finds what was committed.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private final Path dataDirectory;
    private final int port;
    private final boolean deleteOnClose;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, int port, boolean deleteOnClose) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.deleteOnClose = deleteOnClose;
    }

    public static PostgresServer start(Path dataDirectory, int port, boolean deleteOnClose) {
        PostgresServer server = new PostgresServer(dataDirectory, port, deleteOnClose);
        server.start();
        return server;
    }

    public synchronized void start() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // the embedded binaries default to fsync off; OpenDoor answers 202 only for what is on disk
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // statement statistics, as a production server keeps them: the benchmark reports the costliest
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** Stops the server and keeps its data. */
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The postmaster's process id (its backends are its children), or -1 when not running. */
    public long pid() {
        try {
            return postgres == null ? -1 : Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        stop();
        if (deleteOnClose) {
            Directories.delete(dataDirectory);
        }
    }
}
