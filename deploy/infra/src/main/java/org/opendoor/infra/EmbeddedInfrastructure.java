package org.opendoor.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * PostgreSQL, Kafka, SMTP, the development keys and, when asked for, Keycloak, together. The launcher keeps them
 * under {@code .opendoor/}; tests use {@link TestInfrastructure}, which puts them in a temporary directory.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final MailServer mail;
    private final DevKeys keys;
    private final KeycloakServer keycloak;
    private final KafkaUsers kafkaUsers;

    private EmbeddedInfrastructure(PostgresServer postgres, KafkaBroker kafka, MailServer mail, DevKeys keys,
            KeycloakServer keycloak, KafkaUsers kafkaUsers) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.keys = keys;
        this.keycloak = keycloak;
        this.kafkaUsers = kafkaUsers;
    }

    public record Ports(int postgres, int kafka, int smtp, int imap, int keycloak) {
        public static Ports free() {
            return new Ports(FreePort.find(), FreePort.find(), FreePort.find(), FreePort.find(),
                    FreePort.findOutsideEphemeralRange());
        }
    }

    /**
     * What to start besides PostgreSQL, Kafka and SMTP, and where progress goes. Keycloak is off by default: it
     * adds seconds to every start (20-40 s on an empty database), and tests on development tokens do not need it.
     * {@code kafkaUsers}, when set, is a manifest whose Strimzi KafkaUser resources the broker is secured with
     * (SASL/SCRAM and their ACLs, see {@link KafkaUsers}); else the broker is open, on plaintext.
     */
    public record Options(boolean keycloak, Path kafkaUsers, Consumer<String> progress) {
        public static Options defaults() {
            return new Options(false, null, message -> {
            });
        }

        public Options withKeycloak() {
            return new Options(true, kafkaUsers, progress);
        }

        public Options withKafkaUsers(Path manifest) {
            return new Options(keycloak, manifest, progress);
        }

        public Options reportingTo(Consumer<String> progress) {
            return new Options(keycloak, kafkaUsers, progress);
        }
    }

    /** Starts PostgreSQL and Kafka side by side (each takes seconds), then SMTP. */
    public static EmbeddedInfrastructure start(Path home, Ports ports, boolean deleteOnClose) {
        return start(home, ports, deleteOnClose, Options.defaults());
    }

    /**
     * Starts PostgreSQL, Kafka and (if asked for) Keycloak side by side, and SMTP. Keycloak's distribution is
     * prepared while PostgreSQL starts; Keycloak itself starts once PostgreSQL is up, beside Kafka. If any part fails
     * to start, the parts that did are stopped again.
     */
    public static EmbeddedInfrastructure start(Path home, Ports ports, boolean deleteOnClose, Options options) {
        DevKeys keys = DevKeys.ensure(home.resolve("jwt"));
        // before anything starts: without a JDK 21+ there is nothing to wait for
        KeycloakJdk jdk = options.keycloak() ? KeycloakJdk.find() : null;
        ExecutorService starting = Executors.newCachedThreadPool();
        List<AutoCloseable> started = new ArrayList<>();
        CompletableFuture<PostgresServer> postgres = async(starting, started,
                () -> PostgresServer.start(home.resolve("postgres"), ports.postgres(), deleteOnClose));
        KafkaUsers.Declared users = options.kafkaUsers() == null ? null : KafkaUsers.fromManifest(options.kafkaUsers());
        CompletableFuture<KafkaBroker> kafka = async(starting, started,
                () -> KafkaBroker.start(home.resolve("kafka"), ports.kafka(), deleteOnClose, users != null));
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.completedFuture(null);
        if (options.keycloak()) {
            CompletableFuture<KeycloakDistribution> distribution = CompletableFuture.supplyAsync(
                    () -> KeycloakDistribution.prepare(jdk, options.progress()), starting);
            keycloak = postgres.thenCombine(distribution, (pg, d) -> d).thenApplyAsync(d -> {
                KeycloakServer server = track(started, KeycloakServer.start(home.resolve("keycloak"), ports.keycloak(),
                        KeycloakDatabase.on(ports.postgres()), d, keys, deleteOnClose, options.progress()));
                options.progress().accept("  Keycloak ready in " + server.lastStartUp().toMillis() + " ms (Java "
                        + jdk.version() + ")");
                return server;
            }, starting);
        }
        try {
            MailServer mail = track(started, MailServer.start(ports.smtp(), ports.imap()));
            KafkaUsers kafkaUsers = users == null ? null : KafkaUsers.create(kafka.join(), users);
            return new EmbeddedInfrastructure(postgres.join(), kafka.join(), mail, keys, keycloak.join(), kafkaUsers);
        } catch (RuntimeException e) {
            // let every part finish starting (or fail), then stop those that started
            CompletableFuture.allOf(postgres, kafka, keycloak).handle((ignored, failure) -> null).join();
            closeInReverse(started);
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            starting.shutdown();
        }
    }

    /** Deletes a data directory of the embedded infrastructure (stop it first). */
    public static void deleteDirectory(Path directory) {
        Directories.delete(directory);
    }

    public InfraEndpoints endpoints() {
        return new InfraEndpoints(postgres.jdbcUrl(), kafka.bootstrapServers(), mail.port(), mail.imapPort(),
                keys.directory(), keycloak == null ? null : keycloak.baseUrl());
    }

    /**
     * A service's Kafka client configuration as its user of a secured broker ({@code kafka.security.protocol},
     * {@code kafka.sasl.*}); empty when the broker is open.
     */
    public Map<String, String> kafkaClientConfig(String user) {
        return kafkaUsers == null ? Map.of() : kafkaUsers.serviceConfig(user);
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

    /** Keycloak, when it was asked for. */
    public Optional<KeycloakServer> keycloak() {
        return Optional.ofNullable(keycloak);
    }

    @Override
    public void close() {
        mail.close();
        if (keycloak != null) {
            keycloak.close();
        }
        kafka.close();
        postgres.close();
    }

    private static <T extends AutoCloseable> CompletableFuture<T> async(ExecutorService executor,
            List<AutoCloseable> started, Supplier<T> start) {
        return CompletableFuture.supplyAsync(() -> track(started, start.get()), executor);
    }

    private static <T extends AutoCloseable> T track(List<AutoCloseable> started, T part) {
        synchronized (started) {
            started.add(part);
        }
        return part;
    }

    private static void closeInReverse(List<AutoCloseable> started) {
        List<AutoCloseable> parts;
        synchronized (started) {
            parts = new ArrayList<>(started);
        }
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception suppressed) {
                // the failure that made us stop is the one to report
            }
        }
    }
}
