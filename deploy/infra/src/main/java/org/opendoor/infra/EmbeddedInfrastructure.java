package org.opendoor.infra;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * PostgreSQL, Kafka, SMTP and the development keys, together. The launcher keeps them under {@code .opendoor/};
 * tests use {@link TestInfrastructure}, which puts them in a temporary directory.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final MailServer mail;
    private final DevKeys keys;

    private EmbeddedInfrastructure(PostgresServer postgres, KafkaBroker kafka, MailServer mail, DevKeys keys) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.keys = keys;
    }

    public record Ports(int postgres, int kafka, int smtp, int imap) {
        public static Ports free() {
            return new Ports(FreePort.find(), FreePort.find(), FreePort.find(), FreePort.find());
        }
    }

    /** Starts PostgreSQL and Kafka side by side (each takes seconds), then SMTP. */
    public static EmbeddedInfrastructure start(Path home, Ports ports, boolean deleteOnClose) {
        DevKeys keys = DevKeys.ensure(home.resolve("jwt"));
        CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(
                () -> PostgresServer.start(home.resolve("postgres"), ports.postgres(), deleteOnClose));
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(home.resolve("kafka"), ports.kafka(), deleteOnClose));
        MailServer mail = MailServer.start(ports.smtp(), ports.imap());
        return new EmbeddedInfrastructure(postgres.join(), kafka.join(), mail, keys);
    }

    /** Deletes a data directory of the embedded infrastructure (stop it first). */
    public static void deleteDirectory(Path directory) {
        Directories.delete(directory);
    }

    public InfraEndpoints endpoints() {
        return new InfraEndpoints(postgres.jdbcUrl(), kafka.bootstrapServers(), mail.port(), mail.imapPort(),
                keys.directory());
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public MailServer mail() {
        return mail;
    }

    @Override
    public void close() {
        mail.close();
        kafka.close();
        postgres.close();
    }
}
